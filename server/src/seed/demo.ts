import type { DataSource } from 'typeorm';
import { SEED_FIGURES } from '@gig/shared';
import { LocalFigureEntity, StaffUserEntity, StationEntity } from '../entities';
import { hashPassword } from '../adapters/passwords';
import { DEMO_PASSWORD, DEMO_STAFF, DEMO_STATIONS, HOURS } from './demo-city';
import { seedKnowledge } from './knowledge';

export { DEMO_PASSWORD, DEMO_STAFF, DEMO_STATIONS };

export interface SeedSummary {
  stations: number;
  staff: number;
}

/** Inserts the demo city in one transaction, skipping codes and usernames already there. */
export async function seedDemo(ds: DataSource): Promise<SeedSummary> {
  const hashes = await Promise.all(DEMO_STAFF.map(() => hashPassword(DEMO_PASSWORD)));
  return ds.transaction(async (em) => {
    const ids = new Map<string, string>();
    let stations = 0;
    let staff = 0;
    for (const s of DEMO_STATIONS) {
      const existing = await em.findOneBy(StationEntity, { code: s.code });
      if (existing) {
        ids.set(s.code, existing.id);
        continue;
      }
      const row = em.create(StationEntity, {
        code: s.code,
        name: s.name,
        nameEn: s.nameEn,
        kind: s.kind,
        industries: s.industries ?? [],
        mediationTypes: s.mediationTypes ?? [],
        areaCode: s.areaCode,
        parentId: s.parent ? ids.get(s.parent)! : null,
        address: s.address,
        hours: HOURS,
        phone: s.phone,
        lat: s.lat,
        lng: s.lng,
        active: true,
        organisation: s.organisation ?? null,
        creditCode: null,
      });
      await em.save(row);
      ids.set(s.code, row.id);
      stations++;
    }
    for (const [i, u] of DEMO_STAFF.entries()) {
      if (await em.existsBy(StaffUserEntity, { username: u.username })) continue;
      staff++;
      await em.save(
        em.create(StaffUserEntity, {
          username: u.username,
          displayName: u.displayName,
          role: u.role,
          stationId: u.station ? ids.get(u.station)! : null,
          passwordHash: hashes[i]!,
          failedLogins: 0,
          lockedUntil: null,
          disabled: false,
          lastLoginAt: null,
        }),
      );
    }
    // The demo figures (every one an example until a system admin enters the published ones).
    for (const f of SEED_FIGURES) {
      const key = { areaCode: f.areaCode, kind: f.kind, effectiveFrom: f.effectiveFrom };
      if (!(await em.existsBy(LocalFigureEntity, key)))
        await em.save(em.create(LocalFigureEntity, { ...f, createdBy: null }));
    }
    // The knowledge library's starting content (articles, policies, classes, example cases).
    await seedKnowledge(em);
    return { stations, staff };
  });
}

/**
 * The seed command's rule: an empty database takes the demo city; a database with stations, or
 * any production database, only with `force` (the demo accounts share a published password).
 */
export async function seedDemoGuarded(
  ds: DataSource,
  opts: { force: boolean; production: boolean },
): Promise<SeedSummary> {
  const existing = await ds.getRepository(StationEntity).count();
  if (opts.production && !opts.force)
    throw new Error('Refusing to seed demo data with NODE_ENV=production (use --force if you really mean it).');
  if (existing > 0 && !opts.force)
    throw new Error(
      `Refusing to seed: the database already has ${existing} stations (use --force to add the missing demo stations and accounts).`,
    );
  return seedDemo(ds);
}
