import type { StationCard } from '@gig/shared';
import { request } from './api';

/** The stations a worker can bring a claim to (outlets, arbitration and legal aid are reached through them), active ones only. */
export async function intakeStations(): Promise<StationCard[]> {
  const r = await request<{ items: StationCard[] }>('GET', '/api/public/stations');
  return r.items.filter((s) => (s.kind === 'association' || s.kind === 'government') && s.active);
}
