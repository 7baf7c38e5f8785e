import { randomInt } from 'node:crypto';
import { IsNull, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { OtpChallengeEntity } from '../entities';
import { AppError } from '../errors';
import type { DataProtector } from '../adapters/crypto';
import { safeEqual } from '../adapters/crypto';
import type { SmsSender } from '../adapters/sms';

export interface OtpPolicy {
  otpTtlSeconds: number;
  otpResendSeconds: number;
  otpMaxPerPhonePerHour: number;
  otpMaxPerIpPerHour: number;
  otpMaxAttempts: number;
}

const HOUR = 3600_000;

/** One-time sign-in codes by SMS, for workers and for respondents reached by text. */
export class OtpCodes {
  constructor(
    private readonly ds: DataSource,
    private readonly protector: DataProtector,
    private readonly sms: SmsSender,
    private readonly policy: OtpPolicy,
  ) {}

  async request(phone: string, ip: string): Promise<{ expiresInSeconds: number; resendAfterSeconds: number }> {
    const repo = this.ds.getRepository(OtpChallengeEntity);
    const phoneHash = this.protector.lookupHash('phone', phone);
    const ipHash = this.protector.lookupHash('ip', ip);
    const now = Date.now();
    const hourAgo = new Date(now - HOUR);
    const latest = await repo.findOne({ where: { phoneHash }, order: { createdAt: 'DESC' } });
    const wait = latest
      ? Math.ceil((latest.createdAt.getTime() + this.policy.otpResendSeconds * 1000 - now) / 1000)
      : 0;
    if (wait > 0) throw this.otpLimited(wait);
    if ((await repo.countBy({ phoneHash, createdAt: MoreThan(hourAgo) })) >= this.policy.otpMaxPerPhonePerHour)
      throw this.otpLimited(3600);
    if ((await repo.countBy({ ipHash, createdAt: MoreThan(hourAgo) })) >= this.policy.otpMaxPerIpPerHour)
      throw this.otpLimited(3600);

    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const challenge = repo.create({
      phoneHash,
      ipHash,
      codeHash: '',
      createdAt: new Date(now),
      expiresAt: new Date(now + this.policy.otpTtlSeconds * 1000),
      attempts: 0,
      consumedAt: null,
    });
    challenge.assignId();
    challenge.codeHash = this.protector.lookupHash('otp', `${challenge.id}:${code}`);
    await repo.save(challenge);
    try {
      await this.sms.sendLoginCode(phone, code, Math.round(this.policy.otpTtlSeconds / 60));
    } catch (err) {
      await repo.delete({ id: challenge.id });
      throw err;
    }
    return { expiresInSeconds: this.policy.otpTtlSeconds, resendAfterSeconds: this.policy.otpResendSeconds };
  }

  private otpLimited(retryAfter: number): AppError {
    return new AppError('OTP_RATE_LIMITED', {
      details: { retryAfterSeconds: retryAfter },
      headers: { 'retry-after': String(retryAfter) },
    });
  }

  /**
   * Checks the latest code sent to this phone without using it up; returns the phone's keyed hash
   * and the challenge to use up (`use`) in the transaction that signs the user in. The attempt is
   * counted before the code is compared, in one conditional UPDATE committed on its own: guesses
   * sent in parallel each take one of the challenge's attempts, at most `otpMaxAttempts` are ever
   * compared, on every database and across processes, and a sign-in that fails later does not
   * give its attempt back.
   */
  async check(phone: string, code: string): Promise<{ phoneHash: string; challengeId: string }> {
    const repo = this.ds.getRepository(OtpChallengeEntity);
    const phoneHash = this.protector.lookupHash('phone', phone);
    const challenge = await repo.findOne({ where: { phoneHash, consumedAt: IsNull() }, order: { createdAt: 'DESC' } });
    if (!challenge) throw new AppError('OTP_INVALID');
    const now = new Date();
    if (challenge.expiresAt.getTime() <= now.getTime()) throw new AppError('OTP_EXPIRED');
    const taken = await this.ds
      .createQueryBuilder()
      .update(OtpChallengeEntity)
      .set({ attempts: () => 'attempts + 1' })
      .where('id = :id AND attempts < :max AND consumedAt IS NULL AND expiresAt > :now', {
        id: challenge.id,
        max: this.policy.otpMaxAttempts,
        now,
      })
      .execute();
    if (!taken.affected) throw new AppError('OTP_EXPIRED');
    if (!safeEqual(challenge.codeHash, this.protector.lookupHash('otp', `${challenge.id}:${code}`)))
      throw new AppError('OTP_INVALID');
    return { phoneHash, challengeId: challenge.id };
  }

  /**
   * Uses up a checked challenge, once, inside the caller's transaction: if the session that
   * follows cannot be written (a database node lost mid-way), the code stays usable and the
   * worker's retry signs in with it instead of being told the code is wrong.
   */
  async use(em: EntityManager, challengeId: string): Promise<void> {
    const claimed = await em
      .getRepository(OtpChallengeEntity)
      .update({ id: challengeId, consumedAt: IsNull() }, { consumedAt: new Date() });
    if (!claimed.affected) throw new AppError('OTP_INVALID');
  }
}
