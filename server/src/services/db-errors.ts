/** What a driver error says, across SQLite and MySQL/MariaDB (TypeORM wraps it as `driverError`). */
const codeOf = (err: unknown): string => {
  const e = err as { code?: unknown; driverError?: { code?: unknown } };
  return String(e?.driverError?.code ?? e?.code ?? '');
};

/** A UNIQUE index refused the row: someone else inserted the same key first. */
export const isUniqueViolation = (err: unknown): boolean =>
  ['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY'].includes(
    codeOf(err),
  );

/** InnoDB (or a Galera certification conflict) chose this statement as a deadlock victim: try it again. */
export const isDeadlock = (err: unknown): boolean => ['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT'].includes(codeOf(err));
