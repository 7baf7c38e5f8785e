import type { LegalBasis } from '../case/deadlines';
import { defineEnum } from '../enums';
import { LAW, cite } from './citations';

/**
 * What ended the employment, and whether it owes economic compensation (劳动合同法 art 46; the
 * amount is `economicCompensation`, art 47). An unlawful termination owes damages instead (art 87:
 * `unlawfulTerminationDamages`), so it is "not owed" here.
 */

export const COMPENSATION_TRIGGER = defineEnum({
  art38_unpaid_wages: {
    'zh-CN': '用人单位未及时足额支付劳动报酬，劳动者解除（第38条、第46条）',
    en: 'The worker resigned because pay was not paid in full or on time (arts 38, 46)',
  },
  art38_no_social_insurance: {
    'zh-CN': '用人单位未依法缴纳社会保险费，劳动者解除（第38条、第46条）',
    en: 'The worker resigned because social insurance was not paid (arts 38, 46)',
  },
  art38_unsafe_or_forced: {
    'zh-CN': '强迫劳动、未提供劳动保护或劳动条件、违章指挥强令冒险作业、暴力威胁，劳动者解除（第38条、第46条）',
    en: 'The worker resigned over forced labour, unsafe conditions, or violence or threats (arts 38, 46)',
  },
  art38_unlawful_rules: {
    'zh-CN': '规章制度违法损害劳动者权益，劳动者解除（第38条、第46条）',
    en: 'The worker resigned because the employer’s rules broke the law and harmed the worker (arts 38, 46)',
  },
  art38_invalid_contract: {
    'zh-CN': '用人单位以欺诈、胁迫等手段致使劳动合同无效，劳动者解除（第38条、第46条）',
    en: 'The worker resigned because the contract was invalid through the employer’s fraud or coercion (arts 38, 46)',
  },
  mutual_by_employer: {
    'zh-CN': '用人单位提出、双方协商一致解除（第36条、第46条第2项）',
    en: 'Mutual termination proposed by the employer (arts 36, 46(2))',
  },
  art40_dismissal: {
    'zh-CN': '用人单位无过失性辞退：患病或非因工负伤、不能胜任、客观情况重大变化（第40条、第46条）',
    en: 'Dismissal without fault: illness or non-work injury, incompetence after training or reassignment, a major change of circumstances (arts 40, 46)',
  },
  art41_redundancy: {
    'zh-CN': '经济性裁员（第41条、第46条）',
    en: 'Economic redundancy (arts 41, 46)',
  },
  fixed_term_expiry_not_renewed: {
    'zh-CN': '固定期限劳动合同期满，用人单位未以维持或提高条件续订（第46条第5项）',
    en: 'The fixed term ended and the employer did not offer renewal on the same or better terms (art 46(5))',
  },
  employer_closed: {
    'zh-CN': '用人单位破产、被吊销营业执照、责令关闭、撤销或决定提前解散（第44条第4、5项，第46条）',
    en: 'The employer went bankrupt, lost its licence, was ordered closed or dissolved, or decided to wind up (arts 44(4)(5), 46)',
  },
  own_resignation: {
    'zh-CN': '劳动者主动辞职（第37条）：无经济补偿',
    en: 'The worker resigned on their own notice (art 37): no compensation',
  },
  mutual_by_worker: {
    'zh-CN': '劳动者提出、双方协商一致解除（第36条）：无经济补偿',
    en: 'Mutual termination proposed by the worker (art 36): no compensation',
  },
  art39_dismissal_for_fault: {
    'zh-CN': '劳动者有过错被解除（第39条）：无经济补偿',
    en: 'Dismissal for the worker’s fault (art 39): no compensation',
  },
  fixed_term_worker_refused_renewal: {
    'zh-CN': '合同期满，用人单位以维持或提高条件续订而劳动者不同意（第46条第5项）：无经济补偿',
    en: 'The term ended and the worker refused renewal on the same or better terms (art 46(5)): no compensation',
  },
  retirement: {
    'zh-CN': '劳动者退休（不属第46条情形）：无经济补偿',
    en: 'The worker retired (not among the cases of art 46): no compensation',
  },
  unlawful_termination: {
    'zh-CN': '用人单位违法解除或终止（第87条）：支付二倍赔偿金而非经济补偿',
    en: 'Unlawful termination by the employer (art 87): double damages instead of compensation',
  },
});
export type CompensationTrigger = (typeof COMPENSATION_TRIGGER.values)[number];

const art46 = (article: string, zh: string, en: string): LegalBasis => cite(LAW.lcl, article, zh, en);

/** Whether each trigger owes economic compensation, with the article and, where it matters, a note. */
export const COMPENSATION_TRIGGER_RULES: {
  readonly [T in CompensationTrigger]: { owed: boolean; basis: LegalBasis };
} = {
  art38_unpaid_wages: {
    owed: true,
    basis: art46('38, 46', '劳动者依照第三十八条解除的，支付经济补偿', 'A resignation under art 38 owes compensation'),
  },
  art38_no_social_insurance: {
    owed: true,
    basis: art46('38, 46', '劳动者依照第三十八条解除的，支付经济补偿', 'A resignation under art 38 owes compensation'),
  },
  art38_unsafe_or_forced: {
    owed: true,
    basis: art46('38, 46', '劳动者依照第三十八条解除的，支付经济补偿', 'A resignation under art 38 owes compensation'),
  },
  art38_unlawful_rules: {
    owed: true,
    basis: art46('38, 46', '劳动者依照第三十八条解除的，支付经济补偿', 'A resignation under art 38 owes compensation'),
  },
  art38_invalid_contract: {
    owed: true,
    basis: art46('38, 46', '劳动者依照第三十八条解除的，支付经济补偿', 'A resignation under art 38 owes compensation'),
  },
  mutual_by_employer: {
    owed: true,
    basis: art46(
      '36, 46(2)',
      '用人单位依照第三十六条向劳动者提出解除并协商一致的，支付经济补偿',
      'A mutual termination the employer proposed owes compensation',
    ),
  },
  art40_dismissal: {
    owed: true,
    basis: art46('40, 46', '用人单位依照第四十条解除的，支付经济补偿', 'A dismissal under art 40 owes compensation'),
  },
  art41_redundancy: {
    owed: true,
    basis: art46('41, 46', '用人单位依照第四十一条裁员的，支付经济补偿', 'A redundancy under art 41 owes compensation'),
  },
  fixed_term_expiry_not_renewed: {
    owed: true,
    basis: art46(
      '46(5)',
      '固定期限劳动合同期满终止的，支付经济补偿，但用人单位维持或者提高约定条件续订而劳动者不同意的除外',
      'A fixed term that ends owes compensation, unless the worker refused renewal on the same or better terms',
    ),
  },
  employer_closed: {
    owed: true,
    basis: art46(
      '44(4)(5), 46',
      '用人单位被依法宣告破产、被吊销营业执照、责令关闭、撤销或者决定提前解散而终止的，支付经济补偿',
      'Termination by bankruptcy, licence revocation, ordered closure, dissolution or early winding-up owes compensation',
    ),
  },
  own_resignation: {
    owed: false,
    basis: art46(
      '37, 46',
      '劳动者依照第三十七条提前通知解除的，不属第四十六条情形',
      'A resignation on notice under art 37 is not an art-46 case',
    ),
  },
  mutual_by_worker: {
    owed: false,
    basis: art46(
      '36, 46(2)',
      '劳动者提出、协商一致解除的，不属第四十六条第二项情形',
      'A mutual termination the worker proposed is outside art 46(2)',
    ),
  },
  art39_dismissal_for_fault: {
    owed: false,
    basis: art46(
      '39, 46',
      '用人单位依照第三十九条解除的，不属第四十六条情形',
      'A dismissal for fault under art 39 is not an art-46 case',
    ),
  },
  fixed_term_worker_refused_renewal: {
    owed: false,
    basis: art46(
      '46(5)',
      '用人单位维持或者提高约定条件续订而劳动者不同意续订的，不支付经济补偿',
      'No compensation where the worker refused renewal on the same or better terms',
    ),
  },
  retirement: {
    owed: false,
    basis: art46('46', '退休不属第四十六条列举的情形', 'Retirement is not among the art-46 cases'),
  },
  unlawful_termination: {
    owed: false,
    basis: art46(
      '87',
      '违法解除或终止的，支付经济补偿标准二倍的赔偿金，不再支付经济补偿',
      'An unlawful termination owes damages of twice the compensation (unlawfulTerminationDamages), not compensation',
    ),
  },
};

/** 劳动合同法 art 46: does this way of ending the employment owe economic compensation? */
export function compensationOwed(trigger: CompensationTrigger): boolean {
  const rule = COMPENSATION_TRIGGER_RULES[trigger];
  if (!rule) throw new RangeError(`unknown compensation trigger: ${String(trigger)}`);
  return rule.owed;
}
