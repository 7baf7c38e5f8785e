import { IsNull, type DataSource } from 'typeorm';
import type { Principal, StaffNoticeList } from '@gig/shared';
import { StaffNoticeEntity } from '../entities';

/** A staff account's notices (written by case actions with their events), newest first. */
export class StaffNotices {
  constructor(private readonly ds: DataSource) {}

  async list(p: Principal): Promise<StaffNoticeList> {
    const repo = this.ds.getRepository(StaffNoticeEntity);
    const [rows, unread] = await Promise.all([
      repo.find({ where: { staffId: p.id }, order: { createdAt: 'DESC', id: 'DESC' }, take: 50 }),
      repo.countBy({ staffId: p.id, readAt: IsNull() }),
    ]);
    return {
      unread,
      items: rows.map((n) => ({
        id: n.id,
        kind: n.kind,
        caseId: n.caseId,
        caseNumber: n.caseNumber,
        at: n.at?.toISOString() ?? null,
        createdAt: n.createdAt.toISOString(),
        readAt: n.readAt?.toISOString() ?? null,
      })),
    };
  }

  /** Only their own; repeating it changes nothing. */
  async read(p: Principal, id: string): Promise<void> {
    await this.ds
      .getRepository(StaffNoticeEntity)
      .update({ id, staffId: p.id, readAt: IsNull() }, { readAt: new Date() });
  }
}
