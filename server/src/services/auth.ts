import { randomInt } from 'node:crypto';
import { IsNull, MoreThan, type DataSource } from 'typeorm';
import { maskPhone, type Principal, type TokenPair } from '@gig/shared';
import { OtpChallengeEntity, StaffUserEntity, WorkerEntity } from '../entities';
import { AppError } from '../errors';
import { audit } from './audit';
import { findOrCreateWorker } from './workers';
import { respondentPrincipal } from './respondent-principal';
import type { DataProtector } from '../adapters/crypto';
import { safeEqual } from '../adapters/crypto';
import { assertStrongPassword, decoyHash, hashPassword, verifyPassword } from '../adapters/passwords';
import type { SmsSender } from '../adapters/sms';
import type { Subject, TokenService } from '../adapters/tokens';
import type { WechatClient } from '../adapters/wechat';

export interface AuthPolicy {
  otpTtlSeconds: number;
  otpResendSeconds: number;
  otpMaxPerPhonePerHour: number;
  otpMaxPerIpPerHour: number;
  otpMaxAttempts: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
}

export interface RequestContext {
  ip: string;
  requestId: string;
}

const HOUR = 3600_000;

/** Sign-in for workers (WeChat, phone + SMS code) and staff (username + password), and sessions. */
export class AuthService {
  constructor(
    private readonly ds: DataSource,
    private readonly tokens: TokenService,
    private readonly protector: DataProtector,
    private readonly sms: SmsSender,
    private readonly wechat: WechatClient,
    private readonly policy: AuthPolicy,
  ) {}

  // ---- staff -------------------------------------------------------------------------------

  async staffLogin(username: string, password: string, ctx: RequestContext): Promise<TokenPair> {
    const users = this.ds.getRepository(StaffUserEntity);
    const user = await users.findOneBy({ username: username.trim().toLowerCase() });
    if (!user) {
      await verifyPassword(password, await decoyHash());
      throw new AppError('INVALID_CREDENTIALS');
    }
    const now = Date.now();
    if (user.lockedUntil && user.lockedUntil.getTime() > now) {
      throw this.locked(user.lockedUntil);
    }
    if (!(await verifyPassword(password, user.passwordHash))) {
      await this.ds.transaction(async (em) => {
        await em.increment(StaffUserEntity, { id: user.id }, 'failedLogins', 1);
        const { failedLogins } = await em.findOneByOrFail(StaffUserEntity, { id: user.id });
        const lock = failedLogins >= this.policy.loginMaxFailures;
        if (lock) {
          await em.update(
            StaffUserEntity,
            { id: user.id },
            { failedLogins: 0, lockedUntil: new Date(now + this.policy.loginLockMinutes * 60_000) },
          );
        }
        await audit(em, {
          actorType: 'staff',
          actorId: user.id,
          action: lock ? 'staff.locked' : 'staff.login_failed',
          targetType: 'staff_user',
          targetId: user.id,
          detail: { failedLogins },
          requestId: ctx.requestId,
        });
      });
      const after = await users.findOneByOrFail({ id: user.id });
      if (after.lockedUntil && after.lockedUntil.getTime() > now) throw this.locked(after.lockedUntil);
      throw new AppError('INVALID_CREDENTIALS');
    }
    if (user.disabled) throw new AppError('ACCOUNT_DISABLED');
    await this.ds.transaction(async (em) => {
      await em.update(
        StaffUserEntity,
        { id: user.id },
        { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() },
      );
      await audit(em, {
        actorType: 'staff',
        actorId: user.id,
        action: 'staff.login',
        targetType: 'staff_user',
        targetId: user.id,
        requestId: ctx.requestId,
      });
    });
    return this.issue({ type: 'staff', id: user.id });
  }

  async changeStaffPassword(userId: string, current: string, next: string, ctx: RequestContext): Promise<void> {
    const user = await this.ds.getRepository(StaffUserEntity).findOneByOrFail({ id: userId });
    if (!(await verifyPassword(current, user.passwordHash))) {
      throw new AppError('INVALID_CREDENTIALS', {
        fields: [{ path: '/body/currentPassword', rule: 'matches', message: 'is not your current password' }],
      });
    }
    assertStrongPassword(next, user.username, '/body/newPassword');
    const passwordHash = await hashPassword(next);
    await this.ds.transaction(async (em) => {
      await em.update(StaffUserEntity, { id: user.id }, { passwordHash });
      await audit(em, {
        actorType: 'staff',
        actorId: user.id,
        action: 'staff.password_changed',
        targetType: 'staff_user',
        targetId: user.id,
        requestId: ctx.requestId,
      });
    });
    await this.tokens.revokeAllFor({ type: 'staff', id: user.id });
  }

  private locked(until: Date): AppError {
    const retryAfter = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
    return new AppError('ACCOUNT_LOCKED', {
      details: { retryAfterSeconds: retryAfter },
      headers: { 'retry-after': String(retryAfter) },
    });
  }

  // ---- worker: phone + one-time code --------------------------------------------------------

  async requestOtp(
    phone: string,
    ctx: RequestContext,
  ): Promise<{ expiresInSeconds: number; resendAfterSeconds: number }> {
    const repo = this.ds.getRepository(OtpChallengeEntity);
    const phoneHash = this.protector.lookupHash('phone', phone);
    const ipHash = this.protector.lookupHash('ip', ctx.ip);
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

  async verifyOtp(phone: string, code: string, ctx: RequestContext): Promise<TokenPair> {
    const phoneHash = await this.consumeOtp(phone, code);
    const worker = await findOrCreateWorker(
      this.ds,
      { phoneHash },
      () => ({ phoneHash, phoneEnc: this.protector.encrypt(phone) }),
      ctx,
      'phone',
    );
    return this.issue({ type: 'worker', id: worker.id });
  }

  /** Checks and uses up the latest code sent to this phone (once); returns the phone's keyed hash. */
  async consumeOtp(phone: string, code: string): Promise<string> {
    const repo = this.ds.getRepository(OtpChallengeEntity);
    const phoneHash = this.protector.lookupHash('phone', phone);
    const challenge = await repo.findOne({ where: { phoneHash, consumedAt: IsNull() }, order: { createdAt: 'DESC' } });
    if (!challenge) throw new AppError('OTP_INVALID');
    if (challenge.expiresAt.getTime() <= Date.now() || challenge.attempts >= this.policy.otpMaxAttempts)
      throw new AppError('OTP_EXPIRED');
    if (!safeEqual(challenge.codeHash, this.protector.lookupHash('otp', `${challenge.id}:${code}`))) {
      await repo.increment({ id: challenge.id }, 'attempts', 1);
      throw new AppError('OTP_INVALID');
    }
    const claimed = await repo.update({ id: challenge.id, consumedAt: IsNull() }, { consumedAt: new Date() });
    if (!claimed.affected) throw new AppError('OTP_INVALID');
    return phoneHash;
  }

  // ---- worker: WeChat -----------------------------------------------------------------------

  async wechatLogin(code: string, ctx: RequestContext): Promise<TokenPair> {
    const session = await this.wechat.code2Session(code);
    const openidHash = this.protector.lookupHash('openid', session.openid);
    // Kept encrypted too: WeChat subscribe messages are addressed to the openid.
    const openidEnc = this.protector.encrypt(session.openid);
    const worker = await findOrCreateWorker(this.ds, { openidHash }, () => ({ openidHash, openidEnc }), ctx, 'wechat');
    if (!worker.openidEnc) await this.ds.getRepository(WorkerEntity).update({ id: worker.id }, { openidEnc });
    return this.issue({ type: 'worker', id: worker.id });
  }

  // ---- sessions -----------------------------------------------------------------------------

  async refresh(refreshToken: string): Promise<TokenPair> {
    const { subject, refreshToken: next } = await this.tokens.rotate(refreshToken);
    const principal = await this.principal(subject);
    if (!principal) {
      await this.tokens.revoke(next);
      throw new AppError('REFRESH_TOKEN_INVALID');
    }
    return this.pair(principal, next);
  }

  async logout(refreshToken: string): Promise<void> {
    await this.tokens.revoke(refreshToken);
  }

  /** The current user as the API shows it; null when the account is gone or disabled. */
  async principal(subject: Subject): Promise<Principal | null> {
    if (subject.type === 'respondent') return respondentPrincipal(this.ds, this.protector, subject.id);
    if (subject.type === 'staff') {
      const u = await this.ds.getRepository(StaffUserEntity).findOneBy({ id: subject.id });
      if (!u || u.disabled) return null;
      return { id: u.id, role: u.role, displayName: u.displayName, stationId: u.stationId, phoneMasked: null };
    }
    const w = await this.ds.getRepository(WorkerEntity).findOneBy({ id: subject.id });
    if (!w) return null;
    return {
      id: w.id,
      role: 'worker',
      displayName: w.displayName,
      stationId: null,
      phoneMasked: w.phoneEnc ? maskPhone(this.protector.decrypt(w.phoneEnc)) : null,
    };
  }

  async issue(subject: Subject): Promise<TokenPair> {
    const principal = await this.principal(subject);
    if (!principal) throw new AppError('ACCOUNT_DISABLED');
    return this.pair(principal, await this.tokens.issueRefresh(subject));
  }

  private pair(p: Principal, refreshToken: string): TokenPair {
    return {
      accessToken: this.tokens.signAccess({
        sub: p.id,
        role: p.role,
        sid: p.stationId,
        typ: p.caseId ? 'respondent' : p.role === 'worker' ? 'worker' : 'staff',
      }),
      accessTokenExpiresIn: this.tokens.accessTtl,
      refreshToken,
      refreshTokenExpiresIn: this.tokens.refreshTtl,
      tokenType: 'Bearer',
      user: p,
    };
  }
}
