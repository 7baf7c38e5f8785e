import dayjs from 'dayjs';
import { figureFor, yuanToFen, type ClaimType, type FairnessFacts, type LocalFigure } from '@gig/shared';

/**
 * The fairness panel's form values (under `fairness` in the agreement forms, never sent: see
 * action-body.ts) as the shared check's inputs: the facts for the statutory baselines, with the
 * local figures in force for the case's area on the last day worked; the offer from the item rows;
 * the terms to read (the facts as drafted, and any other clause the parties agreed).
 */
export interface FairnessValues {
  wageYuan?: string;
  start?: unknown;
  end?: unknown;
  unlawful?: boolean;
  signedOn?: unknown;
  otWorkday?: number | null;
  otRest?: number | null;
  otHoliday?: number | null;
  unpaidMonths?: number | null;
  grade?: number | null;
  otherTerms?: string;
}

/** A date picker's value (a dayjs object or a YYYY-MM-DD string) as YYYY-MM-DD. */
const day = (v: unknown): string | undefined => (v ? dayjs(v as string).format('YYYY-MM-DD') : undefined);
const positive = (n: number | null | undefined): number | undefined => (typeof n === 'number' && n > 0 ? n : undefined);

export function factsOf(
  v: FairnessValues | undefined,
  figures: readonly LocalFigure[],
  areaCode: string,
  today: string,
): { facts: FairnessFacts; used: LocalFigure[] } {
  const values = v ?? {};
  const serviceEnd = day(values.end);
  const on = serviceEnd ?? today;
  const average = figureFor(figures, 'average_monthly_wage', areaCode, on);
  const minimum = figureFor(figures, 'minimum_monthly_wage', areaCode, on);
  const wage = values.wageYuan ? yuanToFen(values.wageYuan) : null;
  const grade = positive(values.grade);
  const facts: FairnessFacts = {
    monthlyWageFen: wage ?? undefined,
    serviceStart: day(values.start),
    serviceEnd,
    unlawfulTermination: values.unlawful === true,
    contractSignedOn: day(values.signedOn),
    overtimeHours: {
      workday: positive(values.otWorkday),
      rest_day: positive(values.otRest),
      holiday: positive(values.otHoliday),
    },
    unpaidMonths: positive(values.unpaidMonths),
    disabilityGrade: grade && grade <= 10 ? (grade as FairnessFacts['disabilityGrade']) : undefined,
    localAverageMonthlyWageFen: average?.value,
    minimumWageFen: minimum?.value,
  };
  return { facts, used: [average, minimum].filter((f): f is LocalFigure => !!f) };
}

/** The offer as typed in the item rows: rows without a type or a readable amount are left out. */
export function offerOf(rows: unknown): { type: ClaimType; amountFen: number }[] {
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((r: { type?: ClaimType; amountYuan?: string } | undefined) => {
    const amountFen = typeof r?.amountYuan === 'string' ? yuanToFen(r.amountYuan) : null;
    return r?.type && amountFen !== null ? [{ type: r.type, amountFen }] : [];
  });
}

/** The free text of the terms the check reads. */
export function termsOf(...parts: unknown[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n');
}
