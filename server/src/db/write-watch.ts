import type { DataSource, EntitySubscriberInterface } from 'typeorm';

/**
 * Calls `forget` whenever this process writes one of `targets` through TypeORM (save, insert,
 * update, delete, from any service, a migration's seed or a test), and once more when the
 * transaction around that write ends: a read made meanwhile may have seen a row not yet
 * committed or rolled back. Other processes see the change when their cache's life runs out.
 */
export function onWrites(ds: DataSource, targets: readonly unknown[], forget: () => void): void {
  let pending = false;
  const written = (target: unknown) => {
    if (!targets.includes(target)) return;
    pending = true;
    forget();
  };
  const settled = () => {
    if (!pending) return;
    pending = false;
    forget();
  };
  const watch: EntitySubscriberInterface = {
    afterInsert: (e) => written(e.metadata.target),
    afterUpdate: (e) => written(e.metadata.target),
    afterRemove: (e) => written(e.metadata.target),
    afterSoftRemove: (e) => written(e.metadata.target),
    afterRecover: (e) => written(e.metadata.target),
    afterTransactionCommit: settled,
    afterTransactionRollback: settled,
  };
  ds.subscribers.push(watch);
}
