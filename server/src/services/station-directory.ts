import type { DataSource } from 'typeorm';
import { StationEntity } from '../entities';
import { onWrites } from '../db/write-watch';

/**
 * Every station, each with its `parent`, read once and kept for `ttlSeconds` (STATION_CACHE_SECONDS):
 * stations change a few times a year, and filing (routing), reading a case (its station's card) and
 * every staff request (the station's kind) used to read all of them. A write in this process ends
 * the copy at once (db/write-watch); other processes see it within the life. 0: no copy.
 * The entities are shared: read them, never change them.
 */
export class StationDirectory {
  private copy: { until: number; list: StationEntity[]; byId: Map<string, StationEntity> } | null = null;
  private loading: Promise<StationEntity[]> | null = null;
  private generation = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly ttlSeconds: number,
  ) {
    onWrites(ds, [StationEntity], () => this.forget());
  }

  forget(): void {
    this.copy = null;
    this.loading = null;
    this.generation += 1;
  }

  async all(): Promise<readonly StationEntity[]> {
    return (this.fresh() ?? (await this.load())).list;
  }

  /** A station by id; the case page's path, so without a wait while the copy is fresh. */
  byId(id: string | null | undefined): StationEntity | null | Promise<StationEntity | null> {
    if (!id) return null;
    const copy = this.fresh();
    return copy ? (copy.byId.get(id) ?? null) : this.load().then((c) => c.byId.get(id) ?? null);
  }

  private fresh() {
    return this.copy && this.copy.until > Date.now() ? this.copy : null;
  }

  private async load(): Promise<{ list: StationEntity[]; byId: Map<string, StationEntity> }> {
    const generation = this.generation;
    // One read for everyone asking at once.
    const loading = (this.loading ??= this.ds.getRepository(StationEntity).find());
    let list: StationEntity[];
    try {
      list = await loading;
    } finally {
      if (this.loading === loading) this.loading = null;
    }
    const byId = new Map(list.map((s) => [s.id, s]));
    for (const s of list) s.parent = s.parentId ? (byId.get(s.parentId) ?? null) : null;
    const fresh = { until: Date.now() + this.ttlSeconds * 1000, list, byId };
    // A write while reading: this answer may predate it, so it is used once and not kept.
    if (generation === this.generation && this.ttlSeconds > 0) this.copy = fresh;
    return fresh;
  }
}
