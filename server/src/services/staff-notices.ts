import { In, IsNull, type DataSource } from 'typeorm';
import type { Principal, StaffNoticeList } from '@gig/shared';
import { EarlyWarningEntity, StaffNoticeEntity } from '../entities';

/** A staff account's notices (written by case actions with their events), newest first. */
export class StaffNotices {
  constructor(private readonly ds: DataSource) {}

  async list(p: Principal): Promise<StaffNoticeList> {
    const repo = this.ds.getRepository(StaffNoticeEntity);
    const [rows, unread] = await Promise.all([
      repo.find({ where: { staffId: p.id }, order: { createdAt: 'DESC', id: 'DESC' }, take: 50 }),
      repo.countBy({ staffId: p.id, readAt: IsNull() }),
    ]);
    // An early warning's notice is titled by its respondent (the name its latest warning recorded).
    const groups = [...new Set(rows.map((n) => n.respondentGroup).filter((g): g is string => Boolean(g)))];
    const names = new Map(
      groups.length
        ? (
            await this.ds.getRepository(EarlyWarningEntity).find({
              select: { respondentGroup: true, respondentName: true, raisedAt: true },
              where: { respondentGroup: In(groups) },
              order: { raisedAt: 'ASC' },
            })
          ).map((w) => [w.respondentGroup, w.respondentName])
        : [],
    );
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
        respondentKey: n.respondentGroup ?? null,
        respondentName: (n.respondentGroup && names.get(n.respondentGroup)) || null,
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
