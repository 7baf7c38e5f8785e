import type { StationCard } from '@gig/shared';
import { call } from './api';

/** The stations a worker can bring a claim to (outlets, arbitration and legal aid are reached through them), active ones only. */
export async function intakeStations(): Promise<StationCard[]> {
  const r = await call('public.stations', {});
  return r.items.filter((s) => (s.kind === 'association' || s.kind === 'government') && s.active);
}
