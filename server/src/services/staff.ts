import { In, type DataSource, type FindOptionsWhere } from 'typeorm';
import { CONSULTANT_ACCOUNT_ROLES, STATION_ADMIN_GRANTS, maskPhone, roleFitsStation } from '@gig/shared';
import type {
  AuditPage,
  AuditQuery,
  Principal,
  StaffAccount,
  StaffCreateBody,
  StaffListQuery,
  StaffRole,
  StaffUpdateBody,
} from '@gig/shared';
import { StaffUserEntity, StationEntity } from '../entities';
import { AppError } from '../errors';
import { audit } from './audit';
import { assertStrongPassword, hashPassword } from '../adapters/passwords';
import { stationScope } from './stations';
import type { TokenService } from '../adapters/tokens';
import type { SignInThrottle } from './signin-throttle';
import type { DataProtector } from '../adapters/crypto';
import { isUniqueViolation } from './db-errors';
import { readAuditLog } from './audit-log';

const usernameTaken = () =>
  new AppError('USERNAME_TAKEN', { fields: [{ path: '/body/username', rule: 'unique', message: 'already in use' }] });

/**
 * Staff accounts: station admins manage the accounts of their station (and its outlets) with the
 * station roles; system admins manage every account; supervisors read them. Every change is
 * audited; disabling an account or resetting its password ends its sessions at once.
 */
export class StaffService {
  constructor(
    private readonly ds: DataSource,
    private readonly tokens: TokenService,
    private readonly throttle: SignInThrottle,
    private readonly protector: DataProtector,
  ) {}

  private async reach(p: Principal): Promise<'all' | Set<string>> {
    if (p.role === 'system_admin' || p.role === 'supervisor') return 'all';
    if (p.role === 'station_admin') return stationScope(this.ds, p);
    throw new AppError('FORBIDDEN');
  }

  private async view(rows: StaffUserEntity[]): Promise<StaffAccount[]> {
    const ids = [...new Set(rows.map((r) => r.stationId).filter((x): x is string => !!x))];
    const stations = ids.length ? await this.ds.getRepository(StationEntity).findBy({ id: In(ids) }) : [];
    const names = new Map(stations.map((s) => [s.id, s.name]));
    const now = Date.now();
    return rows.map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      stationId: u.stationId,
      stationName: u.stationId ? (names.get(u.stationId) ?? null) : null,
      disabled: u.disabled,
      locked: !!u.lockedUntil && u.lockedUntil.getTime() > now,
      lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
      createdAt: u.createdAt.toISOString(),
      phoneMasked: u.phoneEnc ? maskPhone(this.protector.decrypt(u.phoneEnc)) : null,
    }));
  }

  /** Active legal-aid lawyers, by name: whom a case can be assigned to. */
  async lawyers(): Promise<{ id: string; name: string; stationId: string | null }[]> {
    const rows = await this.ds
      .getRepository(StaffUserEntity)
      .find({ where: { role: 'legal_aid_lawyer', disabled: false }, order: { displayName: 'ASC' } });
    return rows.map((u) => ({ id: u.id, name: u.displayName, stationId: u.stationId }));
  }

  /** Active accounts that may sit on an urgent consultation in some role (CONSULTANT_ACCOUNT_ROLES). */
  async consultants(): Promise<
    { id: string; name: string; role: StaffRole; stationId: string | null; stationName: string | null }[]
  > {
    const roles = [...new Set(Object.values(CONSULTANT_ACCOUNT_ROLES).flat())];
    const rows = await this.ds
      .getRepository(StaffUserEntity)
      .find({ where: { role: In(roles), disabled: false }, order: { displayName: 'ASC' } });
    const shown = await this.view(rows);
    return shown.map((u) => ({
      id: u.id,
      name: u.displayName,
      role: u.role,
      stationId: u.stationId,
      stationName: u.stationName,
    }));
  }

  async list(p: Principal, q: StaffListQuery): Promise<StaffAccount[]> {
    const reach = await this.reach(p);
    if (q.stationId && reach !== 'all' && !reach.has(q.stationId))
      throw new AppError('OUT_OF_SCOPE', {
        fields: [{ path: '/query/stationId', rule: 'scope', message: 'not one of your stations' }],
      });
    const where: FindOptionsWhere<StaffUserEntity> = {};
    if (q.stationId) where.stationId = q.stationId;
    else if (reach !== 'all') where.stationId = In([...reach]);
    if (!q.includeDisabled) where.disabled = false;
    return this.view(await this.ds.getRepository(StaffUserEntity).find({ where, order: { username: 'ASC' } }));
  }

  /** May `p` give `role` at `stationId`? Throws the precise refusal. */
  private async assertMayGrant(p: Principal, role: StaffRole, stationId: string | null): Promise<void> {
    const station = stationId ? await this.ds.getRepository(StationEntity).findOneBy({ id: stationId }) : null;
    if (station && !roleFitsStation(role, station.kind))
      throw new AppError('VALIDATION_FAILED', {
        fields: [
          {
            path: '/body/role',
            rule: 'station_kind',
            message: 'an outlet has outlet managers only, and an outlet manager belongs to an outlet',
          },
        ],
      });
    if (p.role === 'system_admin') {
      if (stationId && !(await this.ds.getRepository(StationEntity).existsBy({ id: stationId })))
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: '/body/stationId', rule: 'exists', message: 'no such station' }],
        });
      if (!stationId && !['supervisor', 'system_admin'].includes(role))
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: '/body/stationId', rule: 'required', message: `a ${role} belongs to a station` }],
        });
      return;
    }
    if (p.role !== 'station_admin') throw new AppError('FORBIDDEN');
    const reach = await stationScope(this.ds, p);
    if (!stationId || (reach !== 'all' && !reach.has(stationId)))
      throw new AppError('OUT_OF_SCOPE', {
        fields: [{ path: '/body/stationId', rule: 'scope', message: 'not your station or one of its outlets' }],
      });
    if (!STATION_ADMIN_GRANTS.includes(role))
      throw new AppError('FORBIDDEN', {
        fields: [
          {
            path: '/body/role',
            rule: 'grant',
            message: `a station admin gives only ${STATION_ADMIN_GRANTS.join(' or ')}`,
          },
        ],
      });
  }

  private async loadManaged(p: Principal, id: string): Promise<StaffUserEntity> {
    const u = await this.ds.getRepository(StaffUserEntity).findOneBy({ id });
    const reach = await this.reach(p);
    if (!u || (reach !== 'all' && !(u.stationId && reach.has(u.stationId)))) throw new AppError('NOT_FOUND');
    if (p.role === 'supervisor') throw new AppError('FORBIDDEN');
    if (p.role === 'station_admin' && !STATION_ADMIN_GRANTS.includes(u.role)) throw new AppError('FORBIDDEN');
    return u;
  }

  async create(p: Principal, body: StaffCreateBody, requestId: string): Promise<StaffAccount> {
    await this.assertMayGrant(p, body.role, body.stationId);
    assertStrongPassword(body.password, body.username, '/body/password');
    const repo = this.ds.getRepository(StaffUserEntity);
    if (await repo.existsBy({ username: body.username })) throw usernameTaken();
    const passwordHash = await hashPassword(body.password);
    // Two creations of one username at once both pass the check above: the unique index decides.
    const row = await this.insert(p, body, passwordHash, requestId).catch((err: unknown) => {
      throw isUniqueViolation(err) ? usernameTaken() : err;
    });
    return (await this.view([row]))[0]!;
  }

  private insert(p: Principal, body: StaffCreateBody, passwordHash: string, requestId: string) {
    return this.ds.transaction(async (em) => {
      const u = await em.save(
        em.create(StaffUserEntity, {
          username: body.username,
          displayName: body.displayName,
          role: body.role,
          stationId: body.stationId,
          passwordHash,
          failedLogins: 0,
          lockedUntil: null,
          disabled: false,
          lastLoginAt: null,
        }),
      );
      await audit(em, {
        actorType: 'staff',
        actorId: p.id,
        action: 'staff.created',
        targetType: 'staff_user',
        targetId: u.id,
        detail: { username: u.username, role: u.role, stationId: u.stationId },
        requestId,
      });
      return u;
    });
  }

  async update(p: Principal, id: string, body: StaffUpdateBody, requestId: string): Promise<StaffAccount> {
    const u = await this.loadManaged(p, id);
    if (id === p.id && (body.disabled === true || (body.role && body.role !== u.role))) {
      throw new AppError('FORBIDDEN', {
        fields: [
          {
            path: body.disabled ? '/body/disabled' : '/body/role',
            rule: 'self',
            message: 'you cannot disable yourself or change your own role',
          },
        ],
      });
    }
    const role = body.role ?? u.role;
    const stationId = body.stationId !== undefined ? body.stationId : u.stationId;
    if (body.role !== undefined || body.stationId !== undefined) await this.assertMayGrant(p, role, stationId);
    const changes: Partial<StaffUserEntity> = {};
    if (body.displayName !== undefined) changes.displayName = body.displayName;
    if (body.role !== undefined) changes.role = body.role;
    if (body.stationId !== undefined) changes.stationId = body.stationId;
    if (body.disabled !== undefined) changes.disabled = body.disabled;
    // Sealed as workers' phones are; the audit says only that it changed.
    if (body.phone !== undefined) changes.phoneEnc = body.phone ? this.protector.encrypt(body.phone) : null;
    await this.ds.transaction(async (em) => {
      await em.update(StaffUserEntity, { id }, changes);
      await audit(em, {
        actorType: 'staff',
        actorId: p.id,
        action: body.disabled === true ? 'staff.disabled' : 'staff.updated',
        targetType: 'staff_user',
        targetId: id,
        detail: { ...changes, ...(body.phone !== undefined ? { phoneEnc: undefined, phone: 'changed' } : {}) },
        requestId,
      });
    });
    if (body.disabled === true || body.role !== undefined || body.stationId !== undefined)
      await this.tokens.revokeAllFor({ type: 'staff', id });
    return (await this.view([await this.ds.getRepository(StaffUserEntity).findOneByOrFail({ id })]))[0]!;
  }

  async resetPassword(p: Principal, id: string, password: string, requestId: string): Promise<void> {
    const u = await this.loadManaged(p, id);
    assertStrongPassword(password, u.username, '/body/password');
    const passwordHash = await hashPassword(password);
    await this.ds.transaction(async (em) => {
      await em.update(StaffUserEntity, { id }, { passwordHash, failedLogins: 0, lockedUntil: null });
      await audit(em, {
        actorType: 'staff',
        actorId: p.id,
        action: 'staff.password_reset',
        targetType: 'staff_user',
        targetId: id,
        detail: { username: u.username },
        requestId,
      });
    });
    await this.tokens.revokeAllFor({ type: 'staff', id });
    // A fresh start for sign-in too: the username's failure counters and usual sources go.
    await this.throttle.forget(u.username);
  }

  /** The audit log, newest first, for supervisors and system admins (audit-log.ts). */
  auditLog(p: Principal, q: AuditQuery): Promise<AuditPage> {
    return readAuditLog(this.ds, p, q);
  }
}
