import type { EvidenceCategory, WorkMode } from '../enums';
import type { Label } from '../labels';

/** How much an item matters: key items are what a mediator asks for first; helpful ones add weight. */
export type EvidenceWeight = 'key' | 'helpful';

/** One thing that proves a claim or the employment relationship, as the checklist's data holds it. */
export interface EvidenceItemSpec {
  /** Stable (tests, test ids and the apps refer to it): `<group>.<what>`, e.g. `employment.courier.app_records`. */
  id: string;
  /** A few words: what it is. */
  label: Label;
  /** One line in plain words: where to find it, what it shows. */
  hint: Label;
  /** A file of any of these categories counts as providing it; the first is what the apps preselect for an upload. */
  categories: readonly EvidenceCategory[];
  weight: EvidenceWeight;
  /**
   * Evidence the employer holds and manages (pay, attendance, recruitment records): the employer must
   * produce it (LDMAL art 6; 劳社部发〔2005〕12号 art 2 puts items 1, 3 and 4 of its list on the employer).
   */
  employerHolds: boolean;
  /** Shown only for these work modes (for every mode when absent). */
  modes?: readonly WorkMode[];
}

type Pair = readonly [zh: string, en: string];
const pair = ([zh, en]: Pair): Label => ({ 'zh-CN': zh, en });

/** Every work mode except a household hiring directly (a civil relationship, not employment by a company). */
export const COMPANY_MODES: readonly WorkMode[] = ['platform_app', 'outlet', 'agency', 'direct'];

/** One item, written compactly: id, weight, categories, [zh, en] label, [zh, en] hint, options. */
export function evidenceItem(
  id: string,
  weight: EvidenceWeight,
  categories: readonly EvidenceCategory[],
  label: Pair,
  hint: Pair,
  opts: { employerHolds?: boolean; modes?: readonly WorkMode[] } = {},
): EvidenceItemSpec {
  return {
    id,
    label: pair(label),
    hint: pair(hint),
    categories,
    weight,
    employerHolds: opts.employerHolds ?? false,
    ...(opts.modes ? { modes: opts.modes } : {}),
  };
}
