import { In, IsNull, LessThan, type DataSource } from 'typeorm';
import { TERMINAL_STATUSES } from '@gig/shared';
import {
  CaseEntity,
  CaseEventEntity,
  CaseMessageEntity,
  EvidenceFileEntity,
  NotificationDeliveryEntity,
  NotificationEntity,
} from '../entities';
import type { FileStore } from '../adapters/files';
import { audit } from './audit';

/**
 * The retention timer (PIPL arts 17 and 47; legal-rules.md §7): a set time after a case ends
 * (closed, withdrawn, rejected), the worker's personal data is erased — name, ID number, phone, the
 * claim's description and contacts, messages, evidence files and the personal details kept in
 * events — and the skeleton stays for statistics: number, status, station, respondent, amounts,
 * dates and the event trail. Each purge is audited.
 */
export class RetentionService {
  constructor(
    private readonly ds: DataSource,
    private readonly store: FileStore,
    private readonly days: number,
  ) {}

  /** Purges what is due; returns how many cases. Idempotent: a purged case has purgedAt. */
  async purgeDue(now = new Date()): Promise<number> {
    if (this.days <= 0) return 0;
    const before = new Date(now.getTime() - this.days * 86400_000);
    const due = await this.ds.getRepository(CaseEntity).find({
      where: { status: In([...TERMINAL_STATUSES]), purgedAt: IsNull(), updatedAt: LessThan(before) },
      take: 100,
    });
    for (const c of due) await this.purge(c, now);
    return due.length;
  }

  private async purge(c: CaseEntity, now: Date): Promise<void> {
    const files = await this.ds.getRepository(EvidenceFileEntity).findBy({ caseId: c.id });
    // Files first: a crash after this leaves rows pointing at nothing, and the next sweep finishes.
    for (const f of files) await this.store.remove(f.storageKey);
    // Nothing is kept, not even a sealed empty string: views show a dash, reveals answer 410.
    const erased = '';
    await this.ds.transaction(async (em) => {
      await em.delete(EvidenceFileEntity, { caseId: c.id });
      await em.delete(CaseMessageEntity, { caseId: c.id });
      await em.update(CaseEventEntity, { caseId: c.id }, { data: null });
      // Nothing left to send to: outside deliveries still waiting are dropped.
      const notes = await em.find(NotificationEntity, { select: { id: true }, where: { caseId: c.id } });
      if (notes.length) {
        await em.update(
          NotificationDeliveryEntity,
          { notificationId: In(notes.map((n) => n.id)), status: 'pending' },
          { status: 'skipped', lastError: 'personal data erased (retention)', nextAttemptAt: null },
        );
      }
      const claim = {
        ...c.claim,
        description: '',
        respondent: { ...c.claim.respondent, contactName: null, contactPhone: null },
      };
      // A conditional update: a case reopened or already purged meanwhile is left alone.
      await em
        .createQueryBuilder()
        .update(CaseEntity)
        .set({
          claimantNameEnc: erased,
          idNumberEnc: erased,
          phoneEnc: erased,
          idNumberHash: '',
          claim,
          // Nothing left to mediate on: the follow-up (and with it the reopening) ends too.
          deadlines: c.deadlines.filter((d) => d.kind !== 'follow_up' && d.kind !== 'reopen_window'),
          purgedAt: now,
          updatedAt: () => 'updatedAt',
        })
        .where('id = :id AND purgedAt IS NULL AND status IN (:...ended)', { id: c.id, ended: [...TERMINAL_STATUSES] })
        .execute();
      await audit(em, {
        actorType: 'system',
        actorId: null,
        action: 'case.personal_data_purged',
        targetType: 'case',
        targetId: c.id,
        detail: { caseNumber: c.number, files: files.length, retentionDays: this.days },
      });
    });
  }
}
