import { Brackets, type DataSource, type SelectQueryBuilder } from 'typeorm';
import {
  CITYWIDE_ROLES,
  RESPONDENT_STAGES,
  access,
  type CaseAccess,
  type CaseActor,
  type CaseParties,
  type Principal,
} from '@gig/shared';
import { CaseEntity, StationEntity } from '../../entities';
import { AppError } from '../../errors';

/** Who a request acts for, and its id (for the event trail and the audit log). */
export interface Actor {
  principal: Principal;
  requestId: string;
  /** The server's own clock (an outlet's time running out), acting on no one's behalf. */
  system?: true;
}

/** The actor of the server's own timed actions. */
export const SYSTEM_ACTOR: Actor = {
  principal: {
    id: '00000000-0000-0000-0000-000000000000',
    role: 'system_admin',
    displayName: '系统',
    stationId: null,
    phoneMasked: null,
  },
  requestId: 'system',
  system: true,
};

/** A case as one user may use it: the row, who the user is to it, and what they may do. */
export interface Reached {
  c: CaseEntity;
  actor: CaseActor;
  access: CaseAccess;
}

export function partiesOf(c: CaseEntity): CaseParties {
  return {
    workerId: c.workerId,
    dispatched: c.status === 'dispatched',
    stationId: c.stationId,
    outletId: c.outletId,
    respondentOutletId: c.respondentOutletId,
    respondentStage: RESPONDENT_STAGES.includes(c.status),
    legalAid: c.legalAid,
    lawyerId: c.lawyerId,
    consultantIds: c.urgent ? (c.consultants ?? []) : [],
    grants: { notesSharedWithLawyer: c.notesShared },
  };
}

/**
 * Who may see and use which case: the shared `access()` over the case's parties for one case,
 * and the same relations as SQL for lists. A case outside the user's reach is "not found", for
 * staff as for workers, so ids cannot be probed.
 */
export class CaseReach {
  constructor(private readonly ds: DataSource) {}

  /** The principal as access sees it: with the kind of their station (a legal-aid station's staff are the desk). */
  async actorOf(p: Principal): Promise<CaseActor> {
    if (p.role === 'worker' || !p.stationId)
      return { id: p.id, role: p.role, stationId: p.stationId, stationKind: null };
    const s = await this.ds
      .getRepository(StationEntity)
      .findOne({ select: { id: true, kind: true }, where: { id: p.stationId } });
    return { id: p.id, role: p.role, stationId: p.stationId, stationKind: s?.kind ?? null };
  }

  /** The case, if this user may `need` it (read by default); otherwise 404, or 403 when they may read but not this. */
  async load(p: Principal, id: string, need: Exclude<keyof CaseAccess, 'relations'> = 'read'): Promise<Reached> {
    // A respondent reached by text has one case, whatever else its outlet has.
    if (p.caseId && p.caseId !== id) throw new AppError('NOT_FOUND');
    const c = await this.ds
      .getRepository(CaseEntity)
      .findOne({ where: { id }, relations: { station: { parent: true }, outlet: { parent: true } } });
    if (!c) throw new AppError('NOT_FOUND');
    const actor = await this.actorOf(p);
    const a = access(actor, partiesOf(c));
    if (!a.read) throw new AppError('NOT_FOUND');
    if (!a[need]) throw new AppError('FORBIDDEN');
    return { c, actor, access: a };
  }

  /** A case for the server's own timed actions: every case, with no one's relations. */
  async asSystem(id: string): Promise<Reached> {
    const c = await this.reload(id);
    const actor: CaseActor = {
      id: SYSTEM_ACTOR.principal.id,
      role: 'system_admin',
      stationId: null,
      stationKind: null,
    };
    const none = {
      relations: [],
      read: true,
      contribute: false,
      reveal: false,
      internalNotes: false,
      sensitiveEvidence: false,
    };
    return { c, actor, access: none };
  }

  /** The case as it is now, without an access check: for answering the user who has just acted on it. */
  async reload(id: string): Promise<CaseEntity> {
    return this.ds
      .getRepository(CaseEntity)
      .findOneOrFail({ where: { id }, relations: { station: { parent: true }, outlet: { parent: true } } });
  }

  /**
   * Narrows a query on cases (alias `c`) to the cases this user may read: the same relations as
   * `access()` (claimant, handling station, dispatched outlet, respondent outlet, citywide,
   * legal-aid desk, assigned lawyer). False when they can read none at all.
   */
  async narrow(qb: SelectQueryBuilder<CaseEntity>, p: Principal): Promise<boolean> {
    const actor = await this.actorOf(p);
    if (actor.role === 'worker') {
      qb.andWhere('c.workerId = :reachMe', { reachMe: actor.id });
      return true;
    }
    if (CITYWIDE_ROLES.includes(actor.role)) return true;
    if (p.caseId) qb.andWhere('c.id = :reachOnly', { reachOnly: p.caseId });
    const clauses: string[] = [];
    if (actor.stationId)
      clauses.push(
        'c.stationId = :reachStation',
        "(c.outletId = :reachStation AND c.status = 'dispatched')",
        '(c.respondentOutletId = :reachStation AND c.status IN (:...reachRespondentStages))',
      );
    if (actor.role === 'legal_aid_lawyer' || actor.stationKind === 'legal_aid') clauses.push('c.legalAid = :reachTrue');
    if (actor.role === 'legal_aid_lawyer') clauses.push('c.lawyerId = :reachMe');
    // The consultants' ids are a JSON list of UUIDs: a quoted id matches only itself.
    clauses.push('(c.urgent = :reachTrue AND c.consultants LIKE :reachMeQuoted)');
    if (!clauses.length) return false;
    qb.andWhere(new Brackets((w) => clauses.forEach((sql) => w.orWhere(sql))), {
      reachStation: actor.stationId,
      reachRespondentStages: [...RESPONDENT_STAGES],
      reachTrue: true,
      reachMe: actor.id,
      reachMeQuoted: `%"${actor.id}"%`,
    });
    return true;
  }
}
