/**
 * Whether an error means the database cannot be reached now (an outage, a restart, a lost
 * connection), as opposed to a fault in a query: the API answers 503 with Retry-After for these.
 */
const UNAVAILABLE_NAMES = new Set([
  'CannotExecuteNotConnectedError',
  'ConnectionIsNotSetError',
  'ConnectionNotFoundError',
]);
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_SERVER_GONE_ERROR',
  'ER_SERVER_LOST',
  'ER_QUERY_INTERRUPTED',
  // Galera: a node that left the cluster's primary component refuses work until it rejoins.
  'ER_UNKNOWN_COM_ERROR',
  'ER_LOCK_WAIT_TIMEOUT',
  // A certification conflict or deadlock that no retry wrapped: the client may try again.
  'ER_LOCK_DEADLOCK',
  'SQLITE_BUSY',
]);

export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err as { name?: string; code?: string; driverError?: unknown } | undefined, i = 0; e && i < 3; i++) {
    if (e.name && UNAVAILABLE_NAMES.has(e.name)) return true;
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
    if (
      /pool is closed|database connection is not open|Connection is not established|connection is in closed state|Can't add new command when connection is in closed state/i.test(
        String((e as Error).message ?? ''),
      )
    )
      return true;
    e = e.driverError as typeof e;
  }
  return false;
}
