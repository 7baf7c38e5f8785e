import { INDUSTRY, STATION_KIND, type StationCard } from '@gig/shared';
import { l, locale } from './i18n';

/**
 * How a station reads, apart from format.ts: the station page (the first a worker sees) needs
 * only this, and format.ts would bring the shared deadline tables with it.
 */

/** A station's name in the worker's language. */
export const stationName = (s: Pick<StationCard, 'name' | 'nameEn'>): string =>
  locale() === 'en' && s.nameEn ? s.nameEn : s.name;

/** "Industry association station · Courier": what kind of station, for which trades. */
export const stationKind = (s: Pick<StationCard, 'kind' | 'industries'>): string =>
  `${l(STATION_KIND.labels[s.kind])}${s.industries.length ? ` · ${s.industries.map((i) => l(INDUSTRY.labels[i])).join('、')}` : ''}`;
