import type { Station } from '@gig/shared';

/** A station with the stations under it, as the statistics page's tree and station filter show them. */
export interface StationNode {
  station: Station;
  children: StationNode[];
}

/**
 * The station network in the user's reach: the whole city for a city-wide role, else the subtree of
 * the user's own station (a station admin: their station and its outlets), as the API scopes the
 * figures. A station whose parent is not in the list is a root.
 */
export function stationForest(stations: readonly Station[], rootId: string | null): StationNode[] {
  const ids = new Set(stations.map((s) => s.id));
  const byParent = new Map<string | null, Station[]>();
  for (const s of stations) {
    const p = s.parentId && ids.has(s.parentId) ? s.parentId : null;
    byParent.set(p, [...(byParent.get(p) ?? []), s]);
  }
  const build = (s: Station, seen: Set<string>): StationNode => ({
    station: s,
    children: (byParent.get(s.id) ?? []).filter((c) => !seen.has(c.id)).map((c) => build(c, new Set(seen).add(c.id))),
  });
  if (rootId !== null) {
    const root = stations.find((s) => s.id === rootId);
    return root ? [build(root, new Set([root.id]))] : [];
  }
  return (byParent.get(null) ?? []).map((s) => build(s, new Set([s.id])));
}

/** Every station of a forest, depth first. */
export function flatten(forest: readonly StationNode[]): Station[] {
  return forest.flatMap((n) => [n.station, ...flatten(n.children)]);
}
