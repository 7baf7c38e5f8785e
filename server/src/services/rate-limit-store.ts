import { createHmac } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { writeTransaction } from './db-retry';

interface Row {
  hits: number | string;
  windowEndsMs: number | string;
}

export interface WindowCount {
  /** Hits in this window, this one included. */
  current: number;
  /** Milliseconds until the window ends. */
  ttl: number;
}

/** One prune of long-ended windows per this many hits, on average. */
const PRUNE_EVERY = 500;

/**
 * The per-route, per-address request counters behind @fastify/rate-limit, in the database
 * (table `rate_limit_windows`), so that a limit holds across every API process rather than per
 * process. A window opens at a key's first hit and lasts the route's time window (as the
 * plugin's in-memory store does). A hit is one conditional upsert: a row whose window has ended
 * starts a new one at 1, a row in its window is incremented. It yields this hit's own count: on
 * SQLite by RETURNING; on MySQL and MariaDB by reading the row back in the same transaction, under
 * the row lock the upsert took. On a Galera cluster two nodes counting the same key at once
 * conflict at commit and the hit is counted again (writeTransaction). The key is an HMAC, so
 * addresses are not stored.
 */
export class DatabaseRateLimit {
  constructor(
    private readonly db: () => DataSource,
    private readonly key: Buffer,
  ) {}

  async hit(route: string, caller: string, windowMs: number, now = Date.now()): Promise<WindowCount> {
    const ds = this.db();
    const keyHash = createHmac('sha256', this.key).update(`rate-limit\n${route}\n${caller}`).digest('hex');
    const row =
      ds.options.type === 'better-sqlite3'
        ? await this.sqliteHit(ds, keyHash, now, windowMs)
        : await this.mysqlHit(ds, keyHash, now, windowMs);
    if (Math.random() * PRUNE_EVERY < 1) this.prune(ds, now).catch(() => undefined);
    return { current: Number(row.hits), ttl: Math.max(0, Number(row.windowEndsMs) - now) };
  }

  private mysqlHit(ds: DataSource, keyHash: string, now: number, windowMs: number): Promise<Row> {
    return writeTransaction(ds, async (em) => {
      // MySQL assigns left to right: `hits` first, while `windowEndsMs` still holds the old window.
      await em.query(
        'INSERT INTO rate_limit_windows (keyHash, windowEndsMs, hits) VALUES (?, ?, 1) ON DUPLICATE KEY UPDATE ' +
          'hits = IF(windowEndsMs > ?, hits + 1, 1), windowEndsMs = IF(windowEndsMs > ?, windowEndsMs, VALUES(windowEndsMs))',
        [keyHash, now + windowMs, now, now],
      );
      const [row] = (await em.query('SELECT hits, windowEndsMs FROM rate_limit_windows WHERE keyHash = ? FOR UPDATE', [
        keyHash,
      ])) as Row[];
      return row!;
    });
  }

  private async sqliteHit(ds: DataSource, keyHash: string, now: number, windowMs: number): Promise<Row> {
    // SQLite's SET expressions all read the row as it was.
    const [row] = (await ds.query(
      'INSERT INTO rate_limit_windows (keyHash, windowEndsMs, hits) VALUES (?, ?, 1) ON CONFLICT (keyHash) DO UPDATE SET ' +
        'hits = CASE WHEN windowEndsMs > ? THEN hits + 1 ELSE 1 END, ' +
        'windowEndsMs = CASE WHEN windowEndsMs > ? THEN windowEndsMs ELSE excluded.windowEndsMs END ' +
        'RETURNING hits, windowEndsMs',
      [keyHash, now + windowMs, now, now],
    )) as Row[];
    return row!;
  }

  /** Windows that ended over an hour ago are of no use to anyone. */
  private async prune(ds: DataSource, now: number): Promise<void> {
    await ds.query('DELETE FROM rate_limit_windows WHERE windowEndsMs < ?', [now - 3600_000]);
  }
}
