import type { DataSource, EntityManager } from 'typeorm';
import { WorkerEntity } from '../entities';
import { audit } from './audit';
import type { RequestContext } from './auth';

type WorkerKey = { phoneHash: string } | { openidHash: string };

/** The worker with this phone or WeChat identity, made on their first sign-in (audited); two first sign-ins at once make one. */
export async function findOrCreateWorker(
  ds: DataSource,
  where: WorkerKey,
  fields: () => Partial<WorkerEntity>,
  ctx: RequestContext,
  via: string,
): Promise<WorkerEntity> {
  try {
    return await ds.transaction((em) => findOrCreateWorkerIn(em, where, fields, ctx, via));
  } catch (err) {
    // Two first sign-ins at once: the unique index let one win; use it.
    const winner = await ds.getRepository(WorkerEntity).findOneBy(where);
    if (winner) return winner;
    throw err;
  }
}

/**
 * The same inside the caller's transaction (a sign-in by SMS code, which uses the code up in it).
 * Two first sign-ins by one code are kept apart by the code's row, which the first one locks.
 */
export async function findOrCreateWorkerIn(
  em: EntityManager,
  where: WorkerKey,
  fields: () => Partial<WorkerEntity>,
  ctx: RequestContext,
  via: string,
): Promise<WorkerEntity> {
  const repo = em.getRepository(WorkerEntity);
  const existing = await repo.findOneBy(where);
  if (existing) {
    await repo.update({ id: existing.id }, { lastLoginAt: new Date() });
    return existing;
  }
  const worker = await em.save(em.create(WorkerEntity, { ...fields(), displayName: '', lastLoginAt: new Date() }));
  await audit(em, {
    actorType: 'worker',
    actorId: worker.id,
    action: 'worker.registered',
    targetType: 'worker',
    targetId: worker.id,
    detail: { via },
    requestId: ctx.requestId,
  });
  return worker;
}
