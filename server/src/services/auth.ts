import type { DataSource, EntityManager } from 'typeorm';
import { maskPhone, type Principal, type TokenPair } from '@gig/shared';
import { StaffUserEntity, WorkerEntity } from '../entities';
import { AppError } from '../errors';
import { audit } from './audit';
import { findOrCreateWorker, findOrCreateWorkerIn } from './workers';
import { writeTransaction } from './db-retry';
import { Rows } from '../db/rows';
import { respondentPrincipal } from './respondent-principal';
import type { DataProtector } from '../adapters/crypto';
import { assertStrongPassword, decoyHash, hashPassword, verifyPassword } from '../adapters/passwords';
import type { SmsSender } from '../adapters/sms';
import type { IssuedRefresh, Subject, TokenService } from '../adapters/tokens';
import { SignInThrottle, type SignInSlot } from './signin-throttle';
import { OtpCodes } from './otp-codes';
import type { WechatClient } from '../adapters/wechat';

export interface AuthPolicy {
  otpTtlSeconds: number;
  otpResendSeconds: number;
  otpMaxPerPhonePerHour: number;
  otpMaxPerIpPerHour: number;
  otpMaxAttempts: number;
  /** Wrong passwords per username and source address in a window of `loginLockMinutes`. */
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** The username's ceiling over sources it has not signed in from, per `loginAccountWindowMinutes`. */
  loginAccountMaxFailures: number;
  loginAccountWindowMinutes: number;
  /** How long a source the owner signed in from stays one of their usual ones. */
  loginTrustedSourceDays: number;
}

export interface RequestContext {
  ip: string;
  requestId: string;
}

/** Sign-in for workers (WeChat, phone + SMS code) and staff (username + password), and sessions. */
export class AuthService {
  /** Staff sign-in's counters of failed passwords (per username and source, and per username). */
  readonly throttle: SignInThrottle;
  private readonly otp: OtpCodes;

  private staffRows?: Rows<StaffUserEntity>;
  private workerRows?: Rows<WorkerEntity>;

  constructor(
    private readonly ds: DataSource,
    private readonly tokens: TokenService,
    private readonly protector: DataProtector,
    private readonly sms: SmsSender,
    private readonly wechat: WechatClient,
    private readonly policy: AuthPolicy,
  ) {
    this.otp = new OtpCodes(ds, protector, sms, policy);
    this.throttle = new SignInThrottle(ds, protector, {
      sourceMaxFailures: policy.loginMaxFailures,
      sourceWindowMinutes: policy.loginLockMinutes,
      accountMaxFailures: policy.loginAccountMaxFailures,
      accountWindowMinutes: policy.loginAccountWindowMinutes,
      trustedSourceDays: policy.loginTrustedSourceDays,
    });
  }

  // ---- staff -------------------------------------------------------------------------------

  /**
   * One answer for an unknown username and a wrong password, after the same work: the attempt
   * takes its throttle slots for the username as typed (SignInThrottle) before anything is looked
   * up, and an unknown username is compared against a decoy hash. A disabled account says so only
   * to the right password.
   */
  async staffLogin(username: string, password: string, ctx: RequestContext): Promise<TokenPair> {
    const name = username.trim().toLowerCase();
    const slot = await this.throttle.take(name, ctx.ip);
    const user = await this.ds.getRepository(StaffUserEntity).findOneBy({ username: name });
    const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !ok) {
      await this.loginFailed(user, slot, ctx);
      throw new AppError('INVALID_CREDENTIALS');
    }
    await this.throttle.succeeded(slot);
    if (user.disabled) throw new AppError('ACCOUNT_DISABLED');
    await this.ds.transaction(async (em) => {
      await em.update(StaffUserEntity, { id: user.id }, { lastLoginAt: new Date() });
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

  /**
   * Audits a wrong password (the address is not recorded): `staff.login_throttled` when it spent
   * its source's allowance, `staff.locked` when it reached the account's ceiling. Either way the
   * staff page shows the account locked until that window ends (`lockedUntil`), so an admin can
   * see it and clear it with a password reset. Only the spent source (or, past the ceiling, the
   * sources new to the account) is held back meanwhile.
   */
  private async loginFailed(user: StaffUserEntity | null, slot: SignInSlot, ctx: RequestContext): Promise<void> {
    const spent = await this.throttle.spent(slot);
    const until = [spent.source, spent.account, user?.lockedUntil].reduce<Date | null>(
      (a, b) => (b && (!a || b > a) ? b : a),
      null,
    );
    await this.ds.transaction(async (em) => {
      if (user && until !== user.lockedUntil) await em.update(StaffUserEntity, { id: user.id }, { lockedUntil: until });
      await audit(em, {
        actorType: 'staff',
        actorId: user?.id ?? null,
        action: spent.account ? 'staff.locked' : spent.source ? 'staff.login_throttled' : 'staff.login_failed',
        targetType: 'staff_user',
        targetId: user?.id ?? null,
        detail: user ? null : { unknownUsername: true },
        requestId: ctx.requestId,
      });
    });
  }

  /** Checks the current password under the same throttle; the new one ends every session and the counters. */
  async changeStaffPassword(userId: string, current: string, next: string, ctx: RequestContext): Promise<void> {
    const user = await this.ds.getRepository(StaffUserEntity).findOneByOrFail({ id: userId });
    const slot = await this.throttle.take(user.username, ctx.ip);
    if (!(await verifyPassword(current, user.passwordHash))) {
      throw new AppError('INVALID_CREDENTIALS', {
        fields: [{ path: '/body/currentPassword', rule: 'matches', message: 'is not your current password' }],
      });
    }
    await this.throttle.succeeded(slot);
    assertStrongPassword(next, user.username, '/body/newPassword');
    const passwordHash = await hashPassword(next);
    await this.ds.transaction(async (em) => {
      await em.update(StaffUserEntity, { id: user.id }, { passwordHash, lockedUntil: null });
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
    await this.throttle.forget(user.username);
  }

  // ---- worker: phone + one-time code --------------------------------------------------------

  /** Texts a sign-in code (limits per phone and per address); `OtpCodes`. */
  requestOtp(phone: string, ctx: RequestContext): Promise<{ expiresInSeconds: number; resendAfterSeconds: number }> {
    return this.otp.request(phone, ctx.ip);
  }

  verifyOtp(phone: string, code: string, ctx: RequestContext): Promise<TokenPair> {
    return this.signInWithCode(phone, code, async (em, phoneHash) => {
      const fields = () => ({ phoneHash, phoneEnc: this.protector.encrypt(phone) });
      const worker = await findOrCreateWorkerIn(em, { phoneHash }, fields, ctx, 'phone');
      return { type: 'worker', id: worker.id };
    });
  }

  /**
   * Signs in by the latest code texted to this phone. The code is checked first (its attempt
   * counted on its own), then used up in the one transaction that finds the account and writes
   * the session: a sign-in cut off there (a database node lost, a write conflict on a cluster)
   * leaves the code usable, so the worker's retry signs in instead of hearing that the code is wrong.
   */
  async signInWithCode(
    phone: string,
    code: string,
    subjectOf: (em: EntityManager, phoneHash: string) => Promise<Subject>,
  ): Promise<TokenPair> {
    const { phoneHash, challengeId } = await this.otp.check(phone, code);
    const { principal, refresh } = await writeTransaction(this.ds, async (em) => {
      await this.otp.use(em, challengeId);
      const subject = await subjectOf(em, phoneHash);
      const principal = await this.principal(subject, em);
      if (!principal) throw new AppError('ACCOUNT_DISABLED');
      return { principal, refresh: await this.tokens.issueRefresh(subject, undefined, em) };
    });
    return this.pair(principal, refresh);
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
    const { subject, refresh: next } = await this.tokens.rotate(refreshToken);
    const principal = await this.principal(subject);
    if (!principal) {
      await this.tokens.revoke(next.token);
      throw new AppError('REFRESH_TOKEN_INVALID');
    }
    return this.pair(principal, next);
  }

  async logout(refreshToken: string): Promise<void> {
    await this.tokens.revoke(refreshToken);
  }

  /** The current user as the API shows it; null when the account is gone or disabled. Read in `em` when given. */
  async principal(subject: Subject, em?: EntityManager): Promise<Principal | null> {
    if (subject.type === 'respondent') return respondentPrincipal(em ?? this.ds.manager, this.protector, subject.id);
    // Prepared by primary key (every request that misses CurrentUsers' cache comes here).
    if (subject.type === 'staff') {
      const u = em
        ? await em.getRepository(StaffUserEntity).findOneBy({ id: subject.id })
        : await (this.staffRows ??= new Rows(this.ds, StaffUserEntity)).one('id = ?', [subject.id]);
      if (!u || u.disabled) return null;
      return { id: u.id, role: u.role, displayName: u.displayName, stationId: u.stationId, phoneMasked: null };
    }
    const w = em
      ? await em.getRepository(WorkerEntity).findOneBy({ id: subject.id })
      : await (this.workerRows ??= new Rows(this.ds, WorkerEntity)).one('id = ?', [subject.id]);
    if (!w) return null;
    // The masked phone is shown by /api/me and sign-in only: decrypted when first read, not for
    // every request that needs to know who the worker is.
    const protector = this.protector;
    let masked: string | null | undefined;
    return {
      id: w.id,
      role: 'worker',
      displayName: w.displayName,
      stationId: null,
      get phoneMasked() {
        return (masked ??= w.phoneEnc ? maskPhone(protector.decrypt(w.phoneEnc)) : null);
      },
    };
  }

  async issue(subject: Subject): Promise<TokenPair> {
    const principal = await this.principal(subject);
    if (!principal) throw new AppError('ACCOUNT_DISABLED');
    return this.pair(principal, await this.tokens.issueRefresh(subject));
  }

  /** The access token names the session (the refresh token's family), so ending the session ends it. */
  private pair(p: Principal, refresh: IssuedRefresh): TokenPair {
    return {
      accessToken: this.tokens.signAccess({
        sub: p.id,
        role: p.role,
        sid: p.stationId,
        typ: p.caseId ? 'respondent' : p.role === 'worker' ? 'worker' : 'staff',
        ses: refresh.familyId,
      }),
      accessTokenExpiresIn: this.tokens.accessTtl,
      refreshToken: refresh.token,
      refreshTokenExpiresIn: this.tokens.refreshTtl,
      tokenType: 'Bearer',
      user: p,
    };
  }
}
