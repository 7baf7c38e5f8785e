import { createSecretKey, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { Role } from '@gig/shared';
import { RefreshTokenEntity } from '../entities';
import { AppError } from '../errors';
import { sha256 } from './crypto';
import { Rows } from '../db/rows';

/** A respondent is a texted invite (its id), acting for one case as its outlet's respondent. */
export type SubjectType = 'staff' | 'worker' | 'respondent';
export interface Subject {
  type: SubjectType;
  id: string;
}

/**
 * What an access token says: who, which role, which station (null for workers and city-wide
 * staff), and which session (`ses`, the refresh-token family it was issued with).
 */
export interface AccessClaims {
  sub: string;
  role: Role;
  sid: string | null;
  typ: SubjectType;
  ses: string;
}

/** A refresh token and the session (family) it belongs to. */
export interface IssuedRefresh {
  token: string;
  familyId: string;
}

const ISSUER = 'gig-mediation';
const AUDIENCE = 'gig-mediation-api';

/**
 * Short-lived JWT access tokens and opaque rotating refresh tokens. A refresh token is stored as
 * its SHA-256; using it marks it replaced in one conditional UPDATE, so two processes (or two
 * tabs) cannot both rotate it. A replaced token presented again revokes its whole family.
 *
 * A session is a refresh-token family. Each access token names its session (`ses`) and must
 * carry `exp`; `assertLive` refuses it once the session is revoked (sign-out, a password change
 * or reset, a disabled account, a replayed refresh token), looked up in the database and
 * remembered per process for `sessionCacheSeconds` (0: every request asks). Revocations made in
 * this process take effect here at once; another process sees them within that cache.
 */
export class TokenService {
  /** familyId → whether the session was live, and until when that answer may be reused. */
  private readonly sessions = new Map<string, { live: boolean; until: number; subject: string }>();
  /** Made on first use: the entities' metadata exists once the data source is initialised. */
  private refreshRows?: Rows<RefreshTokenEntity>;
  /** Access tokens already checked (their exact text), with their claims and `exp` (seconds). */
  private readonly verified = new Map<string, { claims: AccessClaims; exp: number }>();

  /**
   * The HS256 key as a KeyObject, made once: given a string, jsonwebtoken first tries to parse it
   * as a public key on every call, and that failed parse was a fifth of the CPU of reading a case
   * (scripts/bench.mjs).
   */
  private readonly key: KeyObject;

  constructor(
    private readonly ds: DataSource,
    private readonly opts: { secret: string; accessTtl: number; refreshTtl: number; sessionCacheSeconds?: number },
  ) {
    this.key = createSecretKey(Buffer.from(opts.secret, 'utf8'));
  }

  get accessTtl(): number {
    return this.opts.accessTtl;
  }
  get refreshTtl(): number {
    return this.opts.refreshTtl;
  }

  signAccess(claims: AccessClaims): string {
    const { sub, ...rest } = claims;
    return jwt.sign(rest, this.key, {
      algorithm: 'HS256',
      subject: sub,
      expiresIn: this.opts.accessTtl,
      issuer: ISSUER,
      audience: AUDIENCE,
    });
  }

  /**
   * Checks an access token: signature, issuer, audience, `exp`. A client sends the same token on
   * every request until it refreshes, so a token checked once is remembered (by its exact text)
   * until its `exp`: the signature is not worked out again, the expiry always is.
   */
  verifyAccess(token: string): AccessClaims {
    const known = this.verified.get(token);
    if (known) {
      if (known.exp * 1000 > Date.now()) return known.claims;
      this.verified.delete(token);
      throw new AppError('TOKEN_EXPIRED');
    }
    const checked = this.checkAccess(token);
    if (this.verified.size >= 10_000) this.verified.clear();
    this.verified.set(token, checked);
    return checked.claims;
  }

  private checkAccess(token: string): { claims: AccessClaims; exp: number } {
    try {
      const p = jwt.verify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      }) as jwt.JwtPayload;
      // jsonwebtoken accepts a token without `exp` as one that never expires: ours always have one.
      if (
        typeof p.exp !== 'number' ||
        typeof p.sub !== 'string' ||
        typeof p.role !== 'string' ||
        typeof p.ses !== 'string' ||
        !['staff', 'worker', 'respondent'].includes(p.typ as string)
      ) {
        throw new AppError('UNAUTHENTICATED');
      }
      const claims: AccessClaims = {
        sub: p.sub,
        role: p.role as Role,
        sid: (p.sid as string | null) ?? null,
        typ: p.typ as SubjectType,
        ses: p.ses,
      };
      return { claims: Object.freeze(claims), exp: p.exp };
    } catch (err) {
      if (err instanceof jwt.TokenExpiredError) throw new AppError('TOKEN_EXPIRED');
      throw new AppError('UNAUTHENTICATED');
    }
  }

  /** Refuses an access token whose session has ended (UNAUTHENTICATED, so a client refreshes or signs in). */
  async assertLive(claims: AccessClaims): Promise<void> {
    const subject = `${claims.typ}:${claims.sub}`;
    const now = Date.now();
    const known = this.sessions.get(claims.ses);
    let live = known && known.until > now && known.subject === subject ? known.live : undefined;
    if (live === undefined) {
      // One prepared statement on the (familyId) index, not a query builder per request.
      const rows = (this.refreshRows ??= new Rows(this.ds, RefreshTokenEntity));
      live = await rows.exists(
        'familyId = ? AND subjectType = ? AND subjectId = ? AND revokedAt IS NULL AND expiresAt > ?',
        [claims.ses, claims.typ, claims.sub, rows.param('expiresAt', new Date(now))],
      );
      // "Ended" is kept no longer than "live": on a cluster a read may briefly lag a new session's write.
      const keep = (this.opts.sessionCacheSeconds ?? 0) * 1000;
      if (this.sessions.size >= 10_000) this.sessions.clear();
      if (keep > 0) this.sessions.set(claims.ses, { live, until: now + keep, subject });
    }
    if (!live) throw new AppError('UNAUTHENTICATED');
  }

  /** A new refresh token, in a new family unless `familyId` continues one. */
  async issueRefresh(
    subject: Subject,
    familyId: string = randomUUID(),
    em: EntityManager = this.ds.manager,
  ): Promise<IssuedRefresh> {
    const token = randomBytes(32).toString('base64url');
    const row = em.getRepository(RefreshTokenEntity).create({
      tokenHash: sha256(token),
      familyId,
      subjectType: subject.type,
      subjectId: subject.id,
      expiresAt: new Date(Date.now() + this.opts.refreshTtl * 1000),
      replacedAt: null,
      revokedAt: null,
    });
    await em.getRepository(RefreshTokenEntity).save(row);
    return { token, familyId };
  }

  /** Uses a refresh token once: returns its subject and a successor in the same family. */
  async rotate(token: string): Promise<{ subject: Subject; refresh: IssuedRefresh }> {
    const repo = this.ds.getRepository(RefreshTokenEntity);
    const row = await repo.findOneBy({ tokenHash: sha256(token) });
    if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) throw new AppError('REFRESH_TOKEN_INVALID');
    const claimed = await repo.update(
      { id: row.id, replacedAt: IsNull(), revokedAt: IsNull() },
      { replacedAt: new Date() },
    );
    if (!claimed.affected) {
      await this.revokeFamily(row.familyId);
      throw new AppError('REFRESH_TOKEN_REUSED');
    }
    const subject = { type: row.subjectType, id: row.subjectId };
    return { subject, refresh: await this.issueRefresh(subject, row.familyId) };
  }

  /** Signs out one session: its whole family. Unknown tokens are ignored (sign-out is idempotent). */
  async revoke(token: string): Promise<void> {
    const row = await this.ds.getRepository(RefreshTokenEntity).findOneBy({ tokenHash: sha256(token) });
    if (row) await this.revokeFamily(row.familyId);
  }

  /** Ends every session of one account (a password change or reset, a disabled account). */
  async revokeAllFor(subject: Subject): Promise<void> {
    await this.ds
      .getRepository(RefreshTokenEntity)
      .update({ subjectType: subject.type, subjectId: subject.id, revokedAt: IsNull() }, { revokedAt: new Date() });
    const key = `${subject.type}:${subject.id}`;
    for (const [ses, s] of this.sessions) if (s.subject === key) this.sessions.delete(ses);
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.ds
      .getRepository(RefreshTokenEntity)
      .update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.sessions.delete(familyId);
  }
}
