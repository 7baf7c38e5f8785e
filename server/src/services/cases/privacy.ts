import type { DataSource, EntityManager } from 'typeorm';
import { OUTLET_SHARING_CONSENT, type Principal, type RevealBody } from '@gig/shared';
import { CaseEntity } from '../../entities';
import type { DataProtector } from '../../adapters/crypto';
import { AppError } from '../../errors';
import { audit } from '../audit';
import type { Actor, CaseReach } from './reach';

/** The consent is part of the processing record (PIPL arts 55-56 keep such logs for 3 years). */
export async function recordOutletConsent(em: EntityManager, actor: Actor, c: CaseEntity): Promise<void> {
  await audit(em, {
    actorType: 'worker',
    actorId: actor.principal.id,
    action: 'case.outlet_consent',
    targetType: 'case',
    targetId: c.id,
    detail: { caseNumber: c.number, consentVersion: OUTLET_SHARING_CONSENT.version },
    requestId: actor.requestId,
  });
}

/** The worker's consents after filing, staff revealing masked data, and audit entries about a case. */
export class CasePrivacy {
  constructor(
    private readonly ds: DataSource,
    private readonly protector: DataProtector,
    private readonly reach: CaseReach,
  ) {}

  /** The worker agrees, after filing, to the case going to the employer's outlet; agreeing again changes nothing. */
  async consentToOutlet(actor: Actor, caseId: string): Promise<void> {
    const { c, access } = await this.reach.load(actor.principal, caseId);
    if (!access.relations.includes('claimant')) throw new AppError('FORBIDDEN');
    if (c.claim.outletConsent) return;
    const claim = {
      ...c.claim,
      outletConsent: { version: OUTLET_SHARING_CONSENT.version, at: new Date().toISOString() },
    };
    await this.ds.transaction(async (em) => {
      await em.update(CaseEntity, { id: c.id }, { claim });
      await recordOutletConsent(em, actor, c);
    });
  }

  /** The full ID number or phone for staff who may reveal it, written to the audit log with the reason. */
  async reveal(actor: Actor, caseId: string, body: RevealBody): Promise<{ field: string; value: string }> {
    const p = actor.principal;
    const { c } = await this.reach.load(p, caseId, 'reveal');
    if (c.purgedAt) throw new AppError('PERSONAL_DATA_PURGED', { details: { purgedAt: c.purgedAt.toISOString() } });
    const value = this.protector.decrypt(body.field === 'idNumber' ? c.idNumberEnc : c.phoneEnc);
    await this.ds.transaction((em) =>
      audit(em, {
        actorType: 'staff',
        actorId: p.id,
        action: 'personal_data.revealed',
        targetType: 'case',
        targetId: c.id,
        detail: { field: body.field, reason: body.reason, caseNumber: c.number },
        requestId: actor.requestId,
      }),
    );
    return { field: body.field, value };
  }

  /** Writes an audit entry about a case (e.g. a document with personal data was generated). */
  async audited(p: Principal, requestId: string, action: string, c: CaseEntity): Promise<void> {
    await this.ds.transaction((em) =>
      audit(em, {
        actorType: p.role === 'worker' ? 'worker' : 'staff',
        actorId: p.id,
        action,
        targetType: 'case',
        targetId: c.id,
        detail: { caseNumber: c.number },
        requestId,
      }),
    );
  }
}
