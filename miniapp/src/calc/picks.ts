import { fenToYuan, type ClaimCreateBody } from '@gig/shared';
import { claimable, type CalcOption, type Outcome } from './outcomes';

/**
 * Which results go into the claim. Every amount above 0 is in by default, except alternatives
 * (compensation or damages for a dismissal whose lawfulness is open): the worker picks one of
 * those, and picking one leaves the other out.
 */

export type Picks = Record<string, boolean>;

export const optionsOf = (outcomes: readonly Outcome[]): CalcOption[] => outcomes.flatMap((o) => o.options);

export function defaultPicks(outcomes: readonly Outcome[]): Picks {
  return Object.fromEntries(optionsOf(outcomes).map((o) => [o.key, claimable(o) && !o.group]));
}

/** Turns an option in or out; turning one of a group in turns the rest of its group out. */
export function toggle(picks: Picks, option: CalcOption, outcomes: readonly Outcome[]): Picks {
  if (!claimable(option)) return picks;
  const on = !picks[option.key];
  const next: Picks = { ...picks, [option.key]: on };
  if (on && option.group) {
    for (const o of optionsOf(outcomes)) if (o.group === option.group && o.key !== option.key) next[o.key] = false;
  }
  return next;
}

export function picked(outcomes: readonly Outcome[], picks: Picks): CalcOption[] {
  return optionsOf(outcomes).filter((o) => picks[o.key] && claimable(o));
}

export type ClaimItem = ClaimCreateBody['items'][number];

/** The claim items for the picked results: type, yuan with 2 decimals, period, calculator and figure versions, a note. */
export function toClaimItems(options: readonly CalcOption[]): ClaimItem[] {
  return options.map((o) => ({
    type: o.claimType,
    amountYuan: fenToYuan(o.amountFen),
    ...(o.periodFrom ? { periodFrom: o.periodFrom } : {}),
    ...(o.periodTo ? { periodTo: o.periodTo } : {}),
    note: o.note.slice(0, 500),
    calculation: { calculator: o.calculator, figureIds: [...new Set(o.figures.map((u) => u.figure.id))] },
  }));
}
