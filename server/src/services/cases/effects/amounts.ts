import { yuanToFen, type FieldError } from '@gig/shared';

/**
 * An amount typed in yuan, as fen: a refusal for the field is added to `fields` (all of a body's
 * refusals are reported at once), and 0 stands in so the effect can go on collecting them.
 */
export function amountOf(fields: FieldError[], path: string, yuan: string, allowZero = false): number {
  const fen = yuanToFen(yuan);
  if (fen === null || fen < 0 || (!allowZero && fen === 0))
    fields.push({ path, rule: 'amount', message: `must be an amount in yuan${allowZero ? '' : ' above zero'}` });
  return fen ?? 0;
}
