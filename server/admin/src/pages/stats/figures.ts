import {
  CLAIM_TYPE,
  INDUSTRY,
  STATS_COUNTS,
  STATS_DURATIONS,
  STATS_MONEY,
  fenToYuan,
  type Locale,
  type Station,
  type StatsFigure,
  type StatsFigures,
  type StatsGroup,
  type StatsGroupBy,
} from '@gig/shared';
import { yuan } from '../../format';
import { stationName } from '../stations/StationTree';

/** A share as a percentage with one decimal; "—" when there is nothing to divide by. */
export const percent = (r: number | null): string => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

/** Days as the API gives them (a median may be a half day); "—" when no case gives one. */
export const days = (d: number | null): string => (d === null ? '—' : Number.isInteger(d) ? String(d) : d.toFixed(1));

/** Fen as a number of yuan for a chart's axis (the tables show the formatted yuan). */
export const yuanNumber = (fen: number): number => Number(fenToYuan(fen));

/** One figure as the page writes it: counts as they are, money in yuan, days, the rate in per cent. */
export function shown(figure: StatsFigure, f: StatsFigures): string {
  if ((STATS_MONEY as readonly string[]).includes(figure)) return yuan(f[figure] as number);
  if ((STATS_DURATIONS as readonly string[]).includes(figure)) return days(f[figure] as number | null);
  if (figure === 'successRate') return percent(f.successRate);
  return String(f[figure]);
}

/** Every figure of a period, in the order the tables show them. */
export const TABLE_FIGURES: readonly StatsFigure[] = [
  ...STATS_COUNTS,
  'successRate',
  ...STATS_DURATIONS,
  ...STATS_MONEY,
];

/** Whether the period holds anything at all (else the page says so instead of drawing empty charts). */
export const anything = (f: StatsFigures): boolean =>
  STATS_COUNTS.some((k) => f[k] > 0) || STATS_MONEY.some((k) => f[k] > 0);

/**
 * A group's name in the page's language: the station's (English) name, the shared label of an
 * industry or claim type, the month as YYYY-MM in English; the API's Chinese label otherwise.
 */
export function groupName(by: StatsGroupBy, g: StatsGroup, stations: readonly Station[], locale: Locale): string {
  if (by === 'station') {
    const s = stations.find((x) => x.id === g.key);
    return s ? stationName(s, locale) : g.label;
  }
  if (by === 'industry') return INDUSTRY.labels[g.key as keyof typeof INDUSTRY.labels]?.[locale] ?? g.label;
  if (by === 'claimType') return CLAIM_TYPE.labels[g.key as keyof typeof CLAIM_TYPE.labels]?.[locale] ?? g.label;
  return locale === 'en' ? g.key : g.label;
}

/** A group with its name, as a table's row and a chart's category. */
export type NamedGroup = StatsGroup & { name: string };

export function named(
  by: StatsGroupBy,
  groups: readonly StatsGroup[],
  stations: readonly Station[],
  locale: Locale,
): NamedGroup[] {
  return groups.map((g) => ({ ...g, name: groupName(by, g, stations, locale) }));
}
