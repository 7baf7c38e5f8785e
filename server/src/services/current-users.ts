import type { DataSource } from 'typeorm';
import type { Principal } from '@gig/shared';
import type { AccessClaims, TokenService } from '../adapters/tokens';
import { StaffUserEntity, WorkerEntity } from '../entities';
import { onWrites } from '../db/write-watch';
import type { AuthService } from './auth';

/**
 * Who an access token acts for, on every request: its session must be live (TokenService.assertLive)
 * and its account usable (AuthService.principal). The user is kept with the session's "live" answer
 * and for as long (SESSION_CHECK_CACHE_SECONDS), keyed by the session: ending a session (sign-out,
 * a password change, a disabled account, a changed role or station all end them) ends it here at
 * once, and any write to staff or workers in this process drops every kept user. A respondent
 * reached by text is read every time (their link can be withdrawn without a session ending).
 * Kept principals are frozen: shared between requests, never changed.
 */
export class CurrentUsers {
  private readonly known = new Map<string, { principal: Principal; until: number }>();

  constructor(
    ds: DataSource,
    private readonly tokens: TokenService,
    private readonly auth: AuthService,
    private readonly keepSeconds: number,
  ) {
    onWrites(ds, [StaffUserEntity, WorkerEntity], () => this.known.clear());
  }

  async of(claims: AccessClaims): Promise<Principal | null> {
    await this.tokens.assertLive(claims);
    const subject = { type: claims.typ, id: claims.sub };
    if (claims.typ === 'respondent' || this.keepSeconds <= 0) return this.auth.principal(subject);
    const key = `${claims.ses}|${claims.typ}:${claims.sub}`;
    const now = Date.now();
    const hit = this.known.get(key);
    if (hit && hit.until > now) return hit.principal;
    const principal = await this.auth.principal(subject);
    if (!principal) return null;
    if (this.known.size >= 10_000) this.known.clear();
    const frozen = Object.freeze(principal);
    this.known.set(key, { principal: frozen, until: now + this.keepSeconds * 1000 });
    return frozen;
  }
}
