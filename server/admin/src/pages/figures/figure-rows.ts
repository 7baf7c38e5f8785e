import dayjs from 'dayjs';
import {
  CITY_AREAS,
  FIGURE_KIND,
  FIGURE_UNIT,
  figureFor,
  type FigureKind,
  type LocalFigure,
  type LocalFigureBody,
} from '@gig/shared';

/**
 * The local figures as the page shows them: one group per kind and area, newest first, each
 * version with its state today — in force (what figureFor picks for that area today), corrected
 * (a later version for the same day), replaced (a later day's value is in force) or not yet in force.
 */
export type FigureState = 'in_force' | 'corrected' | 'replaced' | 'future';

export interface FigureGroup<F extends LocalFigure> {
  kind: FigureKind;
  areaCode: string;
  rows: (F & { state: FigureState })[];
}

export function stateOf(f: LocalFigure, all: readonly LocalFigure[], today: string): FigureState {
  if (f.effectiveFrom > today) return 'future';
  const same = (g: LocalFigure) => g.kind === f.kind && g.areaCode === f.areaCode;
  if (all.some((g) => same(g) && g.effectiveFrom === f.effectiveFrom && g.version > f.version)) return 'corrected';
  return figureFor(all, f.kind, f.areaCode, today)?.id === f.id ? 'in_force' : 'replaced';
}

/** Every kind (those with nothing entered too, with no groups), its areas in code order, versions newest first. */
export function figureGroups<F extends LocalFigure>(
  all: readonly F[],
  today: string,
): { kind: FigureKind; groups: FigureGroup<F>[] }[] {
  return FIGURE_KIND.values.map((kind) => {
    const mine = all.filter((f) => f.kind === kind);
    const areas = [...new Set(mine.map((f) => f.areaCode))].sort();
    return {
      kind,
      groups: areas.map((areaCode) => ({
        kind,
        areaCode,
        rows: mine
          .filter((f) => f.areaCode === areaCode)
          .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version)
          .map((f) => ({ ...f, state: stateOf(f, all, today) })),
      })),
    };
  });
}

/** The version a new entry for this area, kind and day would get, and the one it would correct (0: none). */
export function nextVersion(all: readonly LocalFigure[], areaCode: string, kind: string, day: string): number {
  return (
    all
      .filter((f) => f.areaCode === areaCode && f.kind === kind && f.effectiveFrom === day)
      .reduce((v, f) => Math.max(v, f.version), 0) + 1
  );
}

/** The city this deployment serves (its districts are CITY_AREAS): its figures apply to all of them. */
export const CITY_CODE = `${CITY_AREAS[0]?.code.slice(0, 4) ?? '3303'}00`;

/** The new-version form's values. */
export interface FigureValues {
  areaCode?: string;
  kind?: FigureKind;
  amountYuan?: string;
  months?: number;
  effectiveFrom?: unknown;
  source?: string;
  sourceUrl?: string;
  example?: boolean;
  note?: string;
}

/** The body fields the form has: a refusal of one of these is shown under it. */
export const FIGURE_FIELDS = [
  'areaCode',
  'kind',
  'amountYuan',
  'months',
  'effectiveFrom',
  'source',
  'sourceUrl',
  'note',
];

/** A date picker's value (a dayjs object or a YYYY-MM-DD string) as YYYY-MM-DD. */
export const dayOf = (v: unknown) => (v ? dayjs(v as string).format('YYYY-MM-DD') : '');
const text = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

/** The body the API takes, from the form: the value in the unit its kind counts, empty optionals left out. */
export function figureBody(v: FigureValues): LocalFigureBody {
  const kind = v.kind!;
  const months = FIGURE_UNIT[kind] === 'months';
  return {
    areaCode: (v.areaCode ?? '').trim(),
    kind,
    ...(months ? { months: v.months } : { amountYuan: (v.amountYuan ?? '').trim() }),
    effectiveFrom: dayOf(v.effectiveFrom),
    source: (v.source ?? '').trim(),
    ...(text(v.sourceUrl) ? { sourceUrl: text(v.sourceUrl) } : {}),
    example: v.example === true,
    ...(text(v.note) ? { note: text(v.note) } : {}),
  } as LocalFigureBody;
}
