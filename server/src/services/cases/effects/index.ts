import { AFTER_END_EFFECTS } from './after-end';
import { AGREEMENT_EFFECTS } from './agreement';
import { ARBITRATION_EFFECTS } from './arbitration';
import { COURT_EFFECTS } from './court';
import { FLAG_EFFECTS } from './flags';
import { INTAKE_EFFECTS } from './intake';
import { MEDIATION_EFFECTS } from './mediation';
import { OUTLET_EFFECTS } from './outlet';
import type { Effects } from './types';

/** Every action's effect, by group; a mapped type, so an action without one does not compile. */
export const EFFECTS: Effects = {
  ...INTAKE_EFFECTS,
  ...OUTLET_EFFECTS,
  ...MEDIATION_EFFECTS,
  ...AGREEMENT_EFFECTS,
  ...COURT_EFFECTS,
  ...FLAG_EFFECTS,
  ...ARBITRATION_EFFECTS,
  ...AFTER_END_EFFECTS,
};
export type { CaseChanges, EffectContext } from './types';
