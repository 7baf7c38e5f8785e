import { isIPv6 } from 'node:net';
import { Brackets, In, LessThan, type DataSource } from 'typeorm';
import { SignInCounterEntity } from '../entities';
import { AppError } from '../errors';
import type { DataProtector } from '../adapters/crypto';
import { isDeadlock, isUniqueViolation } from './db-errors';

/**
 * How staff sign-in is throttled (README, Configuration):
 * - per username and source address: `sourceMaxFailures` attempts per window of
 *   `sourceWindowMinutes`, then that source waits for the window's end (429 SIGNIN_THROTTLED with
 *   Retry-After; no CAPTCHA). A stranger locks out only their own address, for minutes.
 * - per username, from every source the owner has not signed in from: `accountMaxFailures` per
 *   `accountWindowMinutes`, the ceiling on a guessing campaign spread over many addresses. Past it,
 *   only the owner's usual sources (a correct password from there within `trustedSourceDays`)
 *   may still try, within their own per-source allowance.
 * Both count the username as typed, whether or not an account has it, so the answers (and the
 * work done) do not tell which usernames exist. Addresses behind one NAT are one source; an IPv6
 * address counts by its /64.
 */
export interface SignInPolicy {
  sourceMaxFailures: number;
  sourceWindowMinutes: number;
  accountMaxFailures: number;
  accountWindowMinutes: number;
  trustedSourceDays: number;
}

/** The slots one attempt took: its source's always, the account's unless the source is trusted. */
export interface SignInSlot {
  source: string;
  account: string;
  accountTaken: boolean;
}

/** What a failure used up: the source's allowance or the account's ceiling, each until its window ends. */
export interface SpentAllowance {
  source: Date | null;
  account: Date | null;
}

/** The source an address counts as: IPv4 (also IPv4-mapped IPv6) as is, IPv6 by its /64. */
export function sourceOf(ip: string): string {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  if (v4) return v4;
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.split('%')[0]!.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...h, ...Array<string>(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t] : h;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

function throttled(until: Date): AppError {
  const retryAfter = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new AppError('SIGNIN_THROTTLED', {
    details: { retryAfterSeconds: retryAfter },
    headers: { 'retry-after': String(retryAfter) },
  });
}

/**
 * Failed-sign-in counters in the database. An attempt takes a slot with a conditional UPDATE
 * (`failures = failures + 1 WHERE failures < limit`) before the password is compared, so guesses
 * sent in parallel, to any number of API processes, are each counted and at most the limit are
 * ever compared.
 */
export class SignInThrottle {
  constructor(
    private readonly ds: DataSource,
    private readonly protector: DataProtector,
    private readonly policy: SignInPolicy,
  ) {}

  private get repo() {
    return this.ds.getRepository(SignInCounterEntity);
  }

  private keys(username: string, ip: string): { account: string; source: string } {
    return {
      account: this.protector.lookupHash('signin-account', username),
      source: this.protector.lookupHash('signin-source', `${username}\n${sourceOf(ip)}`),
    };
  }

  /** Takes this attempt's slots, or throws SIGNIN_THROTTLED (before any password is compared). */
  async take(username: string, ip: string): Promise<SignInSlot> {
    const { account, source } = this.keys(username, ip);
    const p = this.policy;
    await this.takeOne(source, 'source', account, p.sourceMaxFailures, p.sourceWindowMinutes);
    const row = await this.repo.findOneBy({ keyHash: source });
    if (row?.trustedUntil && row.trustedUntil.getTime() > Date.now()) return { source, account, accountTaken: false };
    try {
      await this.takeOne(account, 'account', account, p.accountMaxFailures, p.accountWindowMinutes);
    } catch (err) {
      await this.giveBack(source);
      throw err;
    }
    return { source, account, accountTaken: true };
  }

  /** After a wrong password: which allowances this failure (with the others) has used up. */
  async spent(slot: SignInSlot): Promise<SpentAllowance> {
    const rows = await this.repo.findBy({ keyHash: In([slot.source, slot.account]) });
    const src = rows.find((r) => r.keyHash === slot.source);
    const acc = rows.find((r) => r.keyHash === slot.account);
    return {
      source: src && src.failures >= this.policy.sourceMaxFailures ? src.windowEndsAt : null,
      account: slot.accountTaken && acc && acc.failures >= this.policy.accountMaxFailures ? acc.windowEndsAt : null,
    };
  }

  /** A correct password: the slots go back, and the source becomes one of the owner's usual ones. */
  async succeeded(slot: SignInSlot): Promise<void> {
    await this.ds
      .createQueryBuilder()
      .update(SignInCounterEntity)
      .set({
        failures: () => 'CASE WHEN failures > 0 THEN failures - 1 ELSE 0 END',
        trustedUntil: new Date(Date.now() + this.policy.trustedSourceDays * 86_400_000),
      })
      .where('keyHash = :key', { key: slot.source })
      .execute();
    if (slot.accountTaken) await this.giveBack(slot.account);
  }

  /** After a password change or reset: the username's counters and usual sources start afresh. */
  async forget(username: string): Promise<void> {
    await this.repo.delete({ accountHash: this.keys(username, '').account });
  }

  private async giveBack(keyHash: string): Promise<void> {
    await this.ds
      .createQueryBuilder()
      .update(SignInCounterEntity)
      .set({ failures: () => 'failures - 1' })
      .where('keyHash = :keyHash AND failures > 0', { keyHash })
      .execute();
  }

  /** One slot in the row's live window, or a new window, or a new row; a spent window throws. */
  private async takeOne(
    keyHash: string,
    scope: SignInCounterEntity['scope'],
    accountHash: string,
    limit: number,
    minutes: number,
  ): Promise<void> {
    for (let attempt = 0; attempt < 6; attempt++) {
      const now = new Date();
      const windowEndsAt = new Date(now.getTime() + minutes * 60_000);
      try {
        const slot = await this.ds
          .createQueryBuilder()
          .update(SignInCounterEntity)
          .set({ failures: () => 'failures + 1' })
          .where('keyHash = :keyHash AND failures < :limit AND windowEndsAt > :now', { keyHash, limit, now })
          .execute();
        if (slot.affected) return;
        const fresh = await this.ds
          .createQueryBuilder()
          .update(SignInCounterEntity)
          .set({ failures: 1, windowEndsAt })
          .where('keyHash = :keyHash AND windowEndsAt <= :now', { keyHash, now })
          .execute();
        if (fresh.affected) return;
        const row = await this.repo.findOneBy({ keyHash });
        if (row && row.failures >= limit && row.windowEndsAt.getTime() > now.getTime())
          throw throttled(row.windowEndsAt);
        if (row) continue; // it changed under us: take again
        await this.prune(now);
        await this.repo.insert({ keyHash, scope, accountHash, failures: 1, windowEndsAt, trustedUntil: null });
        return;
      } catch (err) {
        // Another attempt made the row first, or InnoDB/Galera chose this statement as a victim.
        if (!isUniqueViolation(err) && !isDeadlock(err)) throw err;
      }
    }
    throw throttled(new Date(Date.now() + 1000));
  }

  /** Rows whose window is over and that mark no usual source: best effort, when a row is added. */
  private async prune(now: Date): Promise<void> {
    await this.ds
      .createQueryBuilder()
      .delete()
      .from(SignInCounterEntity)
      .where({ windowEndsAt: LessThan(now) })
      .andWhere(new Brackets((w) => w.where('trustedUntil IS NULL').orWhere('trustedUntil < :now', { now })))
      .execute()
      .catch(() => undefined);
  }
}
