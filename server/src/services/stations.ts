import type { DataSource, FindOptionsWhere, Repository } from 'typeorm';
import { Like } from 'typeorm';
import QRCode from 'qrcode';
import {
  CITYWIDE_ROLES,
  ROUTE_REASON_LABELS,
  routeClaim,
  type RouteDecision,
  type RoutableClaim,
  type Principal,
  type Station,
  type StationCard,
  type StationCreateBody,
  type StationListQuery,
  type StationUpdateBody,
} from '@gig/shared';
import { StationEntity } from '../entities';
import { AppError, fieldError } from '../errors';
import { audit } from './audit';
import { StationDirectory } from './station-directory';

/** The stations a staff member may act for: their own and its outlets; `all` for city-wide roles. */
export async function stationScope(ds: DataSource, user: Principal): Promise<'all' | Set<string>> {
  if (CITYWIDE_ROLES.includes(user.role as never)) return 'all';
  if (!user.stationId) return new Set();
  const outlets = await ds
    .getRepository(StationEntity)
    .find({ select: { id: true }, where: { parentId: user.stationId, kind: 'outlet' } });
  return new Set([user.stationId, ...outlets.map((o) => o.id)]);
}

export function inScope(scope: 'all' | Set<string>, stationId: string | null): boolean {
  return scope === 'all' || (stationId !== null && scope.has(stationId));
}

/** What only a supervisor or system admin may change on a station. */
const RESERVED_STATION_FIELDS = ['code', 'kind', 'parentId', 'areaCode', 'industries', 'mediationTypes'] as const;

export class StationService {
  /** Every station, kept briefly (STATION_CACHE_SECONDS): routing and case pages read it. */
  readonly directory: StationDirectory;

  constructor(
    private readonly ds: DataSource,
    private readonly publicBaseUrl: string,
    cacheSeconds = 30,
  ) {
    this.directory = new StationDirectory(ds, cacheSeconds);
  }

  qrUrl(code: string): string {
    return `${this.publicBaseUrl}/s/${encodeURIComponent(code)}`;
  }

  toDto(s: StationEntity): Station {
    const { parentName: _parentName, ...shown } = this.toCard(s);
    return {
      id: s.id,
      ...shown,
      parentId: s.parentId,
      organisation: s.organisation,
      creditCode: s.creditCode,
      qrUrl: this.qrUrl(s.code),
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }

  async card(code: string): Promise<StationCard> {
    const s = await this.ds.getRepository(StationEntity).findOne({ where: { code }, relations: { parent: true } });
    if (!s) throw new AppError('STATION_NOT_FOUND');
    return this.toCard(s);
  }

  /** The public face of a station; load it with its `parent` relation for parentName. */
  toCard(s: StationEntity): StationCard {
    return {
      code: s.code,
      name: s.name,
      nameEn: s.nameEn,
      kind: s.kind,
      industries: s.industries,
      mediationTypes: s.mediationTypes,
      areaCode: s.areaCode,
      address: s.address,
      hours: s.hours,
      phone: s.phone,
      location: s.lat !== null && s.lng !== null ? { lat: s.lat, lng: s.lng } : null,
      active: s.active,
      parentName: s.parent?.name ?? null,
    };
  }

  /** Where a claim goes and why: the shared routing function over every station we have. */
  async route(claim: RoutableClaim): Promise<RouteDecision> {
    const r = routeClaim(claim, await this.directory.all());
    return {
      station: r.station ? this.toCard(r.station) : null,
      reason: r.reason,
      reasonText: ROUTE_REASON_LABELS[r.reason],
      mediationType: r.mediationType,
      labourDispute: r.labourDispute,
      scannedStationSkipped: r.scannedStationSkipped,
    };
  }

  async list(q: StationListQuery): Promise<StationEntity[]> {
    const base: FindOptionsWhere<StationEntity> = {};
    if (q.kind) base.kind = q.kind;
    if (q.areaCode) base.areaCode = q.areaCode;
    if (q.active !== undefined) base.active = q.active;
    const where = q.q
      ? [
          { ...base, name: Like(`%${q.q}%`) },
          { ...base, code: Like(`%${q.q}%`) },
        ]
      : base;
    const rows = await this.ds
      .getRepository(StationEntity)
      .find({ where, relations: { parent: true }, order: { areaCode: 'ASC', code: 'ASC' } });
    // industries is a JSON list: filter here, station counts are small (hundreds).
    return q.industry ? rows.filter((s) => s.kind !== 'association' || s.industries.includes(q.industry!)) : rows;
  }

  async get(id: string): Promise<StationEntity> {
    const s = await this.ds.getRepository(StationEntity).findOneBy({ id });
    if (!s) throw new AppError('STATION_NOT_FOUND');
    return s;
  }

  async create(user: Principal, body: StationCreateBody, requestId: string): Promise<StationEntity> {
    const parentId = body.parentId ?? null;
    this.assertMayCreate(user, body.kind, parentId);
    return this.ds.transaction(async (em) => {
      const repo = em.getRepository(StationEntity);
      if (await repo.existsBy({ code: body.code }))
        throw new AppError('STATION_CODE_TAKEN', {
          fields: [{ path: '/body/code', rule: 'unique', message: 'already in use' }],
        });
      await this.assertParent(repo, null, body.kind, parentId);
      const station = repo.create({
        code: body.code,
        name: body.name,
        nameEn: body.nameEn ?? null,
        kind: body.kind,
        industries: body.industries,
        mediationTypes: body.mediationTypes ?? [],
        areaCode: body.areaCode,
        parentId,
        address: body.address,
        hours: body.hours ?? '',
        phone: body.phone,
        lat: body.location?.lat ?? null,
        lng: body.location?.lng ?? null,
        active: body.active ?? true,
        organisation: body.organisation ?? null,
        creditCode: body.creditCode ?? null,
      });
      await repo.save(station);
      await audit(em, {
        actorType: 'staff',
        actorId: user.id,
        action: 'station.created',
        targetType: 'station',
        targetId: station.id,
        detail: { code: station.code },
        requestId,
      });
      return station;
    });
  }

  async update(
    user: Principal,
    scope: 'all' | Set<string>,
    id: string,
    patch: StationUpdateBody,
    requestId: string,
  ): Promise<StationEntity> {
    return this.ds.transaction(async (em) => {
      const repo = em.getRepository(StationEntity);
      const station = await repo.findOneBy({ id });
      if (!station) throw new AppError('STATION_NOT_FOUND');
      this.assertMayEdit(user, scope, station, patch);
      if (patch.code !== undefined && patch.code !== station.code && (await repo.existsBy({ code: patch.code }))) {
        throw new AppError('STATION_CODE_TAKEN', {
          fields: [{ path: '/body/code', rule: 'unique', message: 'already in use' }],
        });
      }
      const kind = patch.kind ?? station.kind;
      const parentId = patch.parentId !== undefined ? patch.parentId : station.parentId;
      if (patch.kind !== undefined || patch.parentId !== undefined)
        await this.assertParent(repo, station.id, kind, parentId);
      const { location, ...rest } = patch;
      const changed = Object.keys(patch);
      Object.assign(station, rest, { parentId });
      if (location !== undefined) Object.assign(station, { lat: location?.lat ?? null, lng: location?.lng ?? null });
      await repo.save(station);
      await audit(em, {
        actorType: 'staff',
        actorId: user.id,
        action: 'station.updated',
        targetType: 'station',
        targetId: station.id,
        detail: { changed },
        requestId,
      });
      return station;
    });
  }

  async qr(code: string, format: 'png' | 'svg', size: number): Promise<Buffer | string> {
    const url = this.qrUrl(code);
    const opts = { errorCorrectionLevel: 'M' as const, margin: 2 };
    return format === 'svg'
      ? QRCode.toString(url, { ...opts, type: 'svg' })
      : QRCode.toBuffer(url, { ...opts, type: 'png', width: size });
  }

  private assertMayCreate(user: Principal, kind: string, parentId: string | null): void {
    if (user.role === 'system_admin' || user.role === 'supervisor') return;
    // A station admin adds outlets under their own station.
    if (user.role === 'station_admin' && kind === 'outlet' && parentId !== null && parentId === user.stationId) return;
    throw new AppError('FORBIDDEN');
  }

  private assertMayEdit(
    user: Principal,
    scope: 'all' | Set<string>,
    station: StationEntity,
    patch: StationUpdateBody,
  ): void {
    if (user.role === 'system_admin' || user.role === 'supervisor') return;
    if (user.role !== 'station_admin') throw new AppError('FORBIDDEN');
    if (!inScope(scope, station.id)) throw new AppError('OUT_OF_SCOPE');
    // Where a station sits in the network, what it handles and its printed code are the city's
    // decision, for the admin's own station and its outlets alike (an outlet turned into another
    // industry's association would capture that industry's claims). Contact details are theirs,
    // and so is opening or closing an outlet; not their own station.
    const reserved: string[] = RESERVED_STATION_FIELDS.filter(
      (k) => patch[k] !== undefined && JSON.stringify(patch[k]) !== JSON.stringify(station[k]),
    );
    if (station.id === user.stationId && patch.active !== undefined && patch.active !== station.active)
      reserved.push('active');
    if (reserved.length > 0) {
      throw new AppError('FORBIDDEN', {
        fields: reserved.map((k) => ({
          path: `/body/${k}`,
          rule: 'forbidden',
          message: 'only a supervisor or system admin may change this',
        })),
      });
    }
  }

  /** Parent exists, is not an outlet, makes no cycle; an outlet hangs under an intake station. */
  private async assertParent(
    repo: Repository<StationEntity>,
    selfId: string | null,
    kind: string,
    parentId: string | null,
  ): Promise<void> {
    if (parentId === null) {
      if (kind === 'outlet')
        throw fieldError(
          '/body/parentId',
          'outlet_parent',
          'an outlet needs its association or government station as parent',
        );
      return;
    }
    const parent = await repo.findOneBy({ id: parentId });
    if (!parent)
      throw new AppError('STATION_PARENT_INVALID', {
        fields: [{ path: '/body/parentId', rule: 'exists', message: 'no such station' }],
      });
    if (parent.kind === 'outlet')
      throw new AppError('STATION_PARENT_INVALID', {
        fields: [{ path: '/body/parentId', rule: 'not_outlet', message: 'an outlet cannot have stations under it' }],
      });
    if (kind === 'outlet' && parent.kind !== 'association' && parent.kind !== 'government') {
      throw new AppError('STATION_PARENT_INVALID', {
        fields: [
          {
            path: '/body/parentId',
            rule: 'outlet_parent',
            message: 'an outlet hangs under an association or government station',
          },
        ],
      });
    }
    for (let p: StationEntity | null = parent, hops = 0; p; hops++) {
      if (p.id === selfId || hops > 32)
        throw new AppError('STATION_PARENT_INVALID', {
          fields: [{ path: '/body/parentId', rule: 'cycle', message: 'this would make a loop in the station tree' }],
        });
      p = p.parentId ? await repo.findOneBy({ id: p.parentId }) : null;
    }
  }
}
