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
import { CaseEntity } from '../../entities';
import { Rows } from '../../db/rows';
import type { StationDirectory } from '../station-directory';
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

/** One relation's condition on cases (alias `c`) and its parameters. */
export interface ReachBranch {
  where: string;
  params: Record<string, unknown>;
  /** The branch of the cases this station handles (the workbench reads its kept counts). */
  handledBy?: string;
  /**
   * The same cases as rows of a kept table with the cases' own column names (alias `c`), and the
   * condition there: the workbench counts them from its index alone.
   */
  kept?: { table: 'case_consultant_reach'; where: string };
}

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
  private readonly rows: Rows<CaseEntity>;

  constructor(
    private readonly ds: DataSource,
    private readonly stations: StationDirectory,
  ) {
    this.rows = new Rows(ds, CaseEntity);
  }

  /** The principal as access sees it: with the kind of their station (a legal-aid station's staff are the desk). */
  async actorOf(p: Principal): Promise<CaseActor> {
    if (p.role === 'worker' || !p.stationId)
      return { id: p.id, role: p.role, stationId: p.stationId, stationKind: null };
    const s = await this.stations.byId(p.stationId);
    return { id: p.id, role: p.role, stationId: p.stationId, stationKind: s?.kind ?? null };
  }

  /** The case, if this user may `need` it (read by default); otherwise 404, or 403 when they may read but not this. */
  async load(p: Principal, id: string, need: Exclude<keyof CaseAccess, 'relations'> = 'read'): Promise<Reached> {
    // A respondent reached by text has one case, whatever else its outlet has.
    if (p.caseId && p.caseId !== id) throw new AppError('NOT_FOUND');
    const c = await this.find(id);
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
    const c = await this.find(id);
    if (!c) throw new Error(`case ${id} is gone`);
    return c;
  }

  /** The cases with their handling station (and its parent) from the station directory, not a join. */
  async withStations(list: CaseEntity[]): Promise<CaseEntity[]> {
    for (const c of list) {
      const station = this.stations.byId(c.stationId);
      c.station = station instanceof Promise ? await station : station;
    }
    return list;
  }

  /**
   * The case row by its id in one prepared statement, with its station and outlet (each with its
   * parent) from the station directory: the hot path of every case page.
   */
  async find(id: string): Promise<CaseEntity | null> {
    const c = await this.rows.one('id = ?', [id]);
    if (!c) return null;
    const [station, outlet] = [this.stations.byId(c.stationId), this.stations.byId(c.outletId)];
    c.station = station instanceof Promise ? await station : station;
    c.outlet = outlet instanceof Promise ? await outlet : outlet;
    return c;
  }

  /**
   * The cases this user may read as separate conditions on cases (alias `c`), one per relation
   * (claimant, handling station, dispatched outlet, respondent outlet, legal-aid desk, assigned
   * lawyer, consultant): the same relations as `access()`. Each is one index's worth, so a list
   * can run them one by one and merge (a case may meet several). 'all' for citywide users; an
   * empty list when they can read none.
   */
  async branches(p: Principal): Promise<'all' | ReachBranch[]> {
    const actor = await this.actorOf(p);
    if (actor.role === 'worker') return [{ where: 'c.workerId = :reachMe', params: { reachMe: actor.id } }];
    if (CITYWIDE_ROLES.includes(actor.role)) return 'all';
    const out: ReachBranch[] = [];
    const station = { reachStation: actor.stationId };
    if (actor.stationId)
      out.push(
        { where: 'c.stationId = :reachStation', params: station, handledBy: actor.stationId },
        { where: "c.outletId = :reachStation AND c.status = 'dispatched'", params: station },
        {
          where: 'c.respondentOutletId = :reachStation AND c.status IN (:...reachRespondentStages)',
          params: { ...station, reachRespondentStages: [...RESPONDENT_STAGES] },
        },
      );
    if (actor.role === 'legal_aid_lawyer' || actor.stationKind === 'legal_aid')
      out.push({ where: 'c.legalAid = :reachTrue', params: { reachTrue: true } });
    if (actor.role === 'legal_aid_lawyer') out.push({ where: 'c.lawyerId = :reachMe', params: { reachMe: actor.id } });
    // The consultants' ids are a JSON list of UUIDs: a quoted id matches only itself.
    out.push({
      where: 'c.urgent = :reachTrue AND c.consultants LIKE :reachMeQuoted',
      params: { reachTrue: true, reachMeQuoted: `%"${actor.id}"%`, reachMe: actor.id },
      kept: { table: 'case_consultant_reach', where: 'c.staffUserId = :reachMe' },
    });
    // A respondent reached by text has one case, whatever else its outlet has.
    if (p.caseId)
      return out.map((b) => ({
        where: `c.id = :reachOnly AND ${b.where}`,
        params: { ...b.params, reachOnly: p.caseId },
        ...(b.kept ? { kept: { ...b.kept, where: `c.id = :reachOnly AND ${b.kept.where}` } } : {}),
      }));
    return out;
  }

  /**
   * Narrows a query on cases (alias `c`) to the cases this user may read: the branches above,
   * or'ed. False when they can read none at all.
   */
  async narrow(qb: SelectQueryBuilder<CaseEntity>, p: Principal): Promise<boolean> {
    const branches = await this.branches(p);
    if (branches === 'all') return true;
    if (!branches.length) return false;
    qb.andWhere(
      new Brackets((w) => branches.forEach((b) => w.orWhere(`(${b.where})`))),
      Object.assign({}, ...branches.map((b) => b.params)),
    );
    return true;
  }
}
