import { In, type DataSource } from 'typeorm';
import type { AuditPage, AuditQuery, Principal } from '@gig/shared';
import { AuditEntryEntity, StaffUserEntity } from '../entities';
import { AppError } from '../errors';

/**
 * The audit log, newest first, for supervisors and system admins: filtered by action (a trailing
 * `*` for a prefix), actor, target and time, a page at a time, with the staff actors' names.
 */
export async function readAuditLog(ds: DataSource, p: Principal, q: AuditQuery): Promise<AuditPage> {
  if (p.role !== 'supervisor' && p.role !== 'system_admin') throw new AppError('FORBIDDEN');
  const qb = ds.getRepository(AuditEntryEntity).createQueryBuilder('a');
  if (q.action?.endsWith('*'))
    qb.andWhere("a.action LIKE :prefix ESCAPE '!'", {
      prefix: `${q.action.slice(0, -1).replace(/[!%_]/g, (c) => `!${c}`)}%`,
    });
  else if (q.action) qb.andWhere('a.action = :action', { action: q.action });
  if (q.actorId) qb.andWhere('a.actorId = :actorId', { actorId: q.actorId });
  if (q.targetType) qb.andWhere('a.targetType = :targetType', { targetType: q.targetType });
  if (q.targetId) qb.andWhere('a.targetId = :targetId', { targetId: q.targetId });
  if (q.from) qb.andWhere('a.createdAt >= :from', { from: new Date(q.from) });
  if (q.to) qb.andWhere('a.createdAt <= :to', { to: new Date(q.to) });
  if (q.before) qb.andWhere('a.createdAt < :before', { before: new Date(q.before) });
  const rows = await qb
    .orderBy('a.createdAt', 'DESC')
    .addOrderBy('a.id', 'DESC')
    .limit(q.limit + 1)
    .getMany();
  return auditPage(ds, rows, q.limit);
}

async function auditPage(ds: DataSource, rows: AuditEntryEntity[], limit: number): Promise<AuditPage> {
  const page = rows.slice(0, limit);
  const actorIds = [...new Set(page.filter((r) => r.actorType === 'staff' && r.actorId).map((r) => r.actorId!))];
  const actors = actorIds.length ? await ds.getRepository(StaffUserEntity).findBy({ id: In(actorIds) }) : [];
  const names = new Map(actors.map((a) => [a.id, `${a.displayName} (${a.username})`]));
  return {
    items: page.map((r) => ({
      id: r.id,
      at: r.createdAt.toISOString(),
      actorType: r.actorType,
      actorId: r.actorId,
      actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
      action: r.action,
      targetType: r.targetType,
      targetId: r.targetId,
      detail: r.detail,
      requestId: r.requestId,
    })),
    nextBefore: rows.length > limit ? page[page.length - 1]!.createdAt.toISOString() : null,
  };
}
