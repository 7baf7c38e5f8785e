import type { DataSource } from 'typeorm';
import type { MessageView, Principal } from '@gig/shared';
import { CaseMessageEntity } from '../../entities';
import type { DataProtector } from '../../adapters/crypto';
import { AppError } from '../../errors';
import type { NotificationService } from '../notifications';
import type { CaseReach } from './reach';

/** The thread on a case: messages between the worker and the case's staff, and internal notes. */
export class CaseMessages {
  constructor(
    private readonly ds: DataSource,
    private readonly protector: DataProtector,
    private readonly reach: CaseReach,
    private readonly notifier: NotificationService | null,
  ) {}

  /** What this user may read of the thread: internal notes only with that access. */
  async list(p: Principal, caseId: string): Promise<MessageView[]> {
    const { c, access } = await this.reach.load(p, caseId);
    const rows = await this.ds.getRepository(CaseMessageEntity).find({
      where: { caseId: c.id, ...(access.internalNotes ? {} : { internal: false }) },
      order: { createdAt: 'ASC' },
    });
    // The worker's name is not copied into their messages (it would sit there in clear): it is
    // the case's sealed claimant name, opened once for the thread.
    let workerName: string | null = null;
    const nameOf = (m: CaseMessageEntity) =>
      m.authorType === 'worker'
        ? (workerName ??= c.purgedAt ? '—' : this.protector.decrypt(c.claimantNameEnc))
        : m.authorName;
    return rows.map((m) => ({
      id: m.id,
      clientId: m.clientId,
      authorType: m.authorType,
      authorRole: m.authorRole,
      authorName: nameOf(m),
      body: m.body,
      internal: m.internal,
      at: m.createdAt.toISOString(),
    }));
  }

  /** Posts once per clientId: a retry returns the message already posted; other text under the same id is a 409. */
  async post(
    p: Principal,
    caseId: string,
    body: { clientId: string; body: string; internal?: boolean },
  ): Promise<{ replayed: boolean }> {
    const { c, access } = await this.reach.load(p, caseId, 'contribute');
    const internal = body.internal === true;
    if (internal && !access.internalNotes)
      throw new AppError('FORBIDDEN', {
        fields: [
          {
            path: '/body/internal',
            rule: 'internal_notes',
            message: 'only the handling station writes internal notes',
          },
        ],
      });
    const repo = this.ds.getRepository(CaseMessageEntity);
    const same = (m: CaseMessageEntity) => {
      if (m.authorId !== p.id || m.body !== body.body || m.internal !== internal)
        throw new AppError('IDEMPOTENCY_CONFLICT', {
          fields: [{ path: '/body/clientId', rule: 'unique', message: 'already used for another message' }],
        });
      return { replayed: true };
    };
    const existing = await repo.findOneBy({ caseId: c.id, clientId: body.clientId });
    if (existing) return same(existing);
    const worker = p.role === 'worker';
    // Staff sign with their display name; a worker's name stays sealed on the case (see list).
    const authorName = worker ? '' : p.displayName;
    try {
      await this.ds.transaction(async (em) => {
        await em.save(
          em.create(CaseMessageEntity, {
            caseId: c.id,
            clientId: body.clientId,
            authorType: worker ? 'worker' : 'staff',
            authorId: p.id,
            authorRole: p.role,
            authorName,
            body: body.body,
            internal,
          }),
        );
        if (!worker && !internal && this.notifier) await this.notifier.forCase(em, c, 'station_message');
      });
    } catch (err) {
      const raced = await repo.findOneBy({ caseId: c.id, clientId: body.clientId });
      if (raced) return same(raced);
      throw err;
    }
    return { replayed: false };
  }
}
