import { createSecretKey, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { IsNull, type DataSource } from 'typeorm';
import type { Role } from '@gig/shared';
import { RefreshTokenEntity } from '../entities';
import { AppError } from '../errors';
import { sha256 } from './crypto';

/** A respondent is a texted invite (its id), acting for one case as its outlet's respondent. */
export type SubjectType = 'staff' | 'worker' | 'respondent';
export interface Subject {
  type: SubjectType;
  id: string;
}

/** What an access token says: who, which role, which station (null for workers and city-wide staff). */
export interface AccessClaims {
  sub: string;
  role: Role;
  sid: string | null;
  typ: SubjectType;
}

const ISSUER = 'gig-mediation';
const AUDIENCE = 'gig-mediation-api';

/**
 * Short-lived JWT access tokens and opaque rotating refresh tokens. A refresh token is stored as
 * its SHA-256; using it marks it replaced in one conditional UPDATE, so two processes (or two
 * tabs) cannot both rotate it. A replaced token presented again revokes its whole family.
 */
export class TokenService {
  /**
   * The HS256 key as a KeyObject, made once: given a string, jsonwebtoken first tries to parse it
   * as a public key on every call, and that failed parse was a fifth of the CPU of reading a case
   * (scripts/bench.mjs).
   */
  private readonly key: KeyObject;

  constructor(
    private readonly ds: DataSource,
    private readonly opts: { secret: string; accessTtl: number; refreshTtl: number },
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

  verifyAccess(token: string): AccessClaims {
    try {
      const p = jwt.verify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      }) as jwt.JwtPayload;
      if (
        typeof p.sub !== 'string' ||
        typeof p.role !== 'string' ||
        !['staff', 'worker', 'respondent'].includes(p.typ as string)
      ) {
        throw new AppError('UNAUTHENTICATED');
      }
      return { sub: p.sub, role: p.role as Role, sid: (p.sid as string | null) ?? null, typ: p.typ as SubjectType };
    } catch (err) {
      if (err instanceof jwt.TokenExpiredError) throw new AppError('TOKEN_EXPIRED');
      throw new AppError('UNAUTHENTICATED');
    }
  }

  /** A new refresh token, in a new family unless `familyId` continues one. */
  async issueRefresh(subject: Subject, familyId: string = randomUUID()): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const row = this.ds.getRepository(RefreshTokenEntity).create({
      tokenHash: sha256(token),
      familyId,
      subjectType: subject.type,
      subjectId: subject.id,
      expiresAt: new Date(Date.now() + this.opts.refreshTtl * 1000),
      replacedAt: null,
      revokedAt: null,
    });
    await this.ds.getRepository(RefreshTokenEntity).save(row);
    return token;
  }

  /** Uses a refresh token once: returns its subject and a successor in the same family. */
  async rotate(token: string): Promise<{ subject: Subject; refreshToken: string }> {
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
    return { subject, refreshToken: await this.issueRefresh(subject, row.familyId) };
  }

  /** Signs out one session: its whole family. Unknown tokens are ignored (sign-out is idempotent). */
  async revoke(token: string): Promise<void> {
    const row = await this.ds.getRepository(RefreshTokenEntity).findOneBy({ tokenHash: sha256(token) });
    if (row) await this.revokeFamily(row.familyId);
  }

  async revokeAllFor(subject: Subject): Promise<void> {
    await this.ds
      .getRepository(RefreshTokenEntity)
      .update({ subjectType: subject.type, subjectId: subject.id, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.ds
      .getRepository(RefreshTokenEntity)
      .update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
