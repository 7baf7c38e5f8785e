import type { IsoDate, LegalBasis } from '../case/deadlines';
import { CLAIM_TYPE, type ClaimType } from '../enums';
import type { Label } from '../labels';
import { fenToYuan } from '../validators';
import { cite } from './citations';
import { economicCompensation, unlawfulTerminationDamages } from './compensation';
import { doubleWages } from './double-wages';
import { CALCULATOR, type CalculatorName } from './figures';
import { unpaidWages } from './unpaid-wages';
import { overtimePay, type OvertimeKind } from './wages';
import { WORK_INJURY_DEADLINE_BASIS, disabilityLumpSum, type DisabilityGrade } from './work-injury';

/**
 * The fairness check when staff record an agreement (issue 12 item 6): each claim item's baseline
 * beside the offer, with a warning when the offer is far below it, and warnings for a
 * confidentiality clause, a waiver of work-injury rights or of every other claim in the terms.
 * It warns; it never blocks (an agreement the worker accepts knowingly stands: 劳动争议解释（一）
 * art 35). "Far below" is this product's threshold, not a statute. Names and shapes are a contract.
 */

export type ClauseCode = 'confidentiality_clause' | 'work_injury_waiver' | 'waives_all_claims';
export type FairnessCode = 'offer_far_below_baseline' | ClauseCode;

/** Where a baseline came from: a statutory calculator on facts staff entered, the worker's own calculator, or the claim. */
export type BaselineSource = 'statutory' | 'worker_calculation' | 'claimed';
export interface BaselineBasis {
  source: BaselineSource;
  label: Label;
  basis: LegalBasis[];
}
export interface FairnessItem {
  type: ClaimType;
  claimedFen: number;
  baselineFen: number | null;
  baselineBasis: BaselineBasis;
}
export interface FairnessInput {
  items: readonly FairnessItem[];
  offer: readonly { type: ClaimType; amountFen: number }[];
  /** The agreement's free terms (the facts as drafted, any other clause the parties agreed). */
  terms: string;
  /** Offer ÷ baseline below this warns; default 0.5. */
  threshold?: number;
}
export interface FairnessComparison extends FairnessItem {
  offerFen: number;
  /** Offer ÷ baseline to 4 decimals; null without a baseline above zero. */
  ratio: number | null;
  farBelow: boolean;
}
export interface FairnessWarning {
  code: FairnessCode;
  type: ClaimType | null;
  message: Label;
  /** The words in the terms that raised it. */
  excerpts: string[];
  basis: LegalBasis[];
}
export interface FairnessResult {
  threshold: number;
  comparisons: FairnessComparison[];
  warnings: FairnessWarning[];
}

export const DEFAULT_FAIRNESS_THRESHOLD = 0.5;

export const SETTLEMENT_VALIDITY_BASIS: LegalBasis = cite(
  {
    'zh-CN': '最高人民法院关于审理劳动争议案件适用法律问题的解释（一）（法释〔2020〕26号）',
    en: 'SPC Interpretation (I) on the Law Applicable to Labour Disputes (法释〔2020〕26号)',
  },
  '35',
  '劳动者与用人单位就解除或者终止劳动合同办理相关手续、支付工资报酬、加班费、经济补偿或者赔偿金等达成的协议，不违反法律、行政法规的强制性规定，且不存在欺诈、胁迫或者乘人之危情形的，应当认定有效；存在重大误解或者显失公平情形，当事人请求撤销的，人民法院应予支持',
  'An agreement on termination formalities, wages, overtime, compensation or damages is valid unless it breaks mandatory rules or involves fraud, coercion or taking advantage; one made under a serious misunderstanding or that is grossly unfair may be revoked',
);
export const FAIRNESS_THRESHOLD_BASIS: LegalBasis = cite(
  { 'zh-CN': '本产品提示阈值（非法定标准）', en: 'This product’s threshold (not a statute)' },
  '—',
  '协议金额低于基准金额的一定比例时提示调解员核实劳动者是否知情自愿；比例可配置，并非法律规定',
  'Below a set share of the baseline, the mediator is asked to check the worker knows and agrees; the share is configurable, not set by law',
);

const pct = (r: number) => `${Math.round(r * 1000) / 10}%`;
const typeLabel = (t: ClaimType): Label => CLAIM_TYPE.labels[t];

/** The facts staff enter beside the offer, from which the statutory baselines are computed. */
export interface FairnessFacts {
  monthlyWageFen?: number;
  serviceStart?: IsoDate;
  serviceEnd?: IsoDate;
  /** The termination was unlawful: damages (2×) instead of compensation. */
  unlawfulTermination?: boolean;
  /** The day a written contract was signed (double wages); none when never signed. */
  contractSignedOn?: IsoDate;
  overtimeHours?: Partial<Record<OvertimeKind, number>>;
  /** Months of wages owed. */
  unpaidMonths?: number;
  disabilityGrade?: DisabilityGrade;
  localAverageMonthlyWageFen?: number;
  minimumWageFen?: number;
}

const LABELS = {
  statutory: { 'zh-CN': '法定标准，按录入的事实计算', en: 'statutory, from the facts entered' },
  lumpSum: { 'zh-CN': '法定标准，仅一次性伤残补助金', en: 'statutory, the disability lump sum only' },
  claimed: { 'zh-CN': '劳动者请求金额，未按法定标准核算', en: 'the amount claimed, not checked against the law' },
} satisfies Record<string, Label>;

/** The statutory amount for a claim type from the facts, or null when the facts do not suffice. */
function statutory(type: ClaimType, f: FairnessFacts): { amountFen: number; basis: LegalBasis[] } | null {
  const wage = f.monthlyWageFen;
  if (!wage) return null;
  const dated = f.serviceStart && f.serviceEnd;
  const local = { localAverageMonthlyWageFen: f.localAverageMonthlyWageFen, minimumWageFen: f.minimumWageFen };
  try {
    if (type === 'termination_compensation' && dated) {
      const input = { monthlyWageFen: wage, serviceStart: f.serviceStart, serviceEnd: f.serviceEnd, ...local };
      return f.unlawfulTermination ? unlawfulTerminationDamages(input) : economicCompensation(input);
    }
    if (type === 'double_wages' && f.serviceStart) {
      const signedOn = f.contractSignedOn;
      return doubleWages({ monthlyWageFen: wage, employedFrom: f.serviceStart, employedTo: f.serviceEnd, signedOn });
    }
    if (type === 'overtime' && f.overtimeHours) {
      const parts = (Object.entries(f.overtimeHours) as [OvertimeKind, number | undefined][])
        .filter(([, h]) => !!h && h > 0)
        .map(([kind, hours]) => overtimePay({ monthlyWageFen: wage, hours: hours!, kind }));
      if (!parts.length) return null;
      return { amountFen: parts.reduce((s, p) => s + p.amountFen, 0), basis: parts[0]!.basis };
    }
    if (type === 'unpaid_wages' && f.unpaidMonths && f.unpaidMonths > 0) {
      return unpaidWages({ monthlyWageFen: wage, monthsOwed: f.unpaidMonths });
    }
    if (type === 'work_injury' && f.disabilityGrade && f.localAverageMonthlyWageFen) {
      const { disabilityGrade: grade, localAverageMonthlyWageFen: average } = f;
      return disabilityLumpSum({ grade, ownMonthlyWageFen: wage, localAverageMonthlyWageFen: average });
    }
  } catch (err) {
    if (err instanceof RangeError) return null; // facts that do not fit (an end before the start): no baseline
    throw err;
  }
  return null;
}

/**
 * The baseline of each claimed type: the statutory calculator on the facts staff entered; else
 * the worker's own calculated amount when every item of the type came from a calculator; else the
 * amount claimed (which is not a statutory figure, and says so).
 */
export function fairnessItems(
  claim: readonly { type: ClaimType; amountFen: number; calculation?: { calculator: CalculatorName } | null }[],
  facts: FairnessFacts = {},
): FairnessItem[] {
  const types = claim.map((i) => i.type).filter((t, n, all) => all.indexOf(t) === n);
  return types.map((type) => {
    const mine = claim.filter((i) => i.type === type);
    const claimedFen = mine.reduce((s, i) => s + i.amountFen, 0);
    const item = (fen: number, source: BaselineSource, label: Label, basis: LegalBasis[] = []): FairnessItem => {
      return { type, claimedFen, baselineFen: fen, baselineBasis: { source, label, basis } };
    };
    const law = statutory(type, facts);
    const lawLabel = type === 'work_injury' ? LABELS.lumpSum : LABELS.statutory;
    if (law) return item(law.amountFen, 'statutory', lawLabel, law.basis);
    const calculators = mine.map((i) => i.calculation?.calculator);
    if (calculators.every((c) => !!c)) {
      const names = calculators.filter((c, n) => calculators.indexOf(c) === n).map((c) => CALCULATOR.labels[c!]);
      const label = {
        'zh-CN': `劳动者用计算器算出的金额：${names.map((x) => x['zh-CN']).join('、')}`,
        en: `the worker’s own calculation: ${names.map((x) => x.en).join(', ')}`,
      };
      return item(claimedFen, 'worker_calculation', label);
    }
    return item(claimedFen, 'claimed', LABELS.claimed);
  });
}

interface ClauseRule {
  code: ClauseCode;
  /** Spans that say the opposite (no such clause, rights kept): blanked out before matching. */
  negated: RegExp[];
  positive: RegExp[];
  message: Label;
  basis: LegalBasis[];
}
const S = '[^，,。；;：:]'; // any character within a clause
const rx = (s: string) => new RegExp(s, 'g');

const CLAUSES: ClauseRule[] = [
  {
    code: 'confidentiality_clause',
    negated: [
      rx(`(?:无|没有|不含|不包含|不设|不设置|未约定|不约定|不存在|不附加?|不另设)(?:任何)?保密`),
      rx(`(?:无需|无须|不需|不必|不要求|不负有?|不承担|免除)${S}{0,10}保密`),
      // The mediation body's own duty to keep personal data confidential binds the body, not the worker.
      rx(`(?:调解组织|调解员|调解委员会|调解中心|调解站|仲裁委员会|仲裁院|工作人员)${S}{0,12}保密`),
    ],
    positive: [
      rx('保密'),
      rx(`不得(?:以任何(?:方式|形式))?(?:向|对)${S}{0,10}(?:透露|披露|泄露|公开|告知|传播|发布|宣扬)`),
      rx(`不得(?:在|通过)${S}{0,10}(?:网络|媒体|微信|朋友圈|社交|平台)${S}{0,10}(?:发布|传播|透露|披露)`),
    ],
    message: {
      'zh-CN': '条款含保密约定：请向劳动者说明其含义，确认其知情且自愿接受。',
      en: 'The terms contain a confidentiality clause: explain it to the worker and check they understand and accept it freely.',
    },
    basis: [SETTLEMENT_VALIDITY_BASIS],
  },
  {
    code: 'work_injury_waiver',
    negated: [
      rx(
        `(?:不影响|不视为|不代表|不构成|不意味着|并非|不包括|不包含|不含|不涉及|不放弃|保留|另行|另案)${S}{0,20}工伤${S}{0,20}`,
      ),
      rx(`工伤${S}{0,20}(?:除外|另行|另案|保留|不在${S}{0,12}范围)${S}{0,10}`),
    ],
    positive: [
      rx(`放弃${S}{0,12}工伤`),
      rx(`工伤[^。；;]{0,16}(?:放弃|不再(?:主张|要求|申请|追究)|不予主张)`),
      rx(`不再?(?:申请|进行|提出|要求)${S}{0,6}(?:工伤|劳动能力鉴定|伤残鉴定)`),
      rx(`(?:不再|不得)(?:再)?(?:以|主张|要求|追究|享受)${S}{0,8}工伤`),
    ],
    message: {
      'zh-CN':
        '条款含放弃工伤认定或工伤待遇的表述：请核实劳动者是否知道可自行申请工伤认定的期限和可享受的待遇，确认其知情且自愿。',
      en: 'The terms waive work-injury recognition or benefits: check the worker knows their own time limit to apply and the benefits at stake, and accepts freely.',
    },
    basis: [SETTLEMENT_VALIDITY_BASIS, WORK_INJURY_DEADLINE_BASIS.worker],
  },
  {
    code: 'waives_all_claims',
    negated: [rx(`不(?:视为|代表|构成|意味着)${S}{0,6}放弃${S}{0,16}`)],
    positive: [
      rx(`放弃${S}{0,8}(?:一切|全部|所有|任何|其他|其余)${S}{0,8}(?:权利|权益|请求|诉求|主张)`),
      rx(`(?:不再|不得)${S}{0,16}(?:主张|要求|追究|追索)${S}{0,4}(?:任何|一切|其他)`),
      rx(`(?:再无|不存在|无)任何${S}{0,8}(?:争议|纠纷)`),
    ],
    message: {
      'zh-CN':
        '条款约定放弃其他全部权利或“再无任何争议”：协议未列明的请求（如加班费、经济补偿）此后可能难以再主张，请向劳动者说明。',
      en: 'The terms give up every other claim ("no further dispute of any kind"): claims not listed (overtime, compensation) may be hard to raise later; explain this to the worker.',
    },
    basis: [SETTLEMENT_VALIDITY_BASIS],
  },
];

/** The sentences of the terms that contain each kind of clause, negated mentions left out. */
export function detectClauses(terms: string): { code: ClauseCode; excerpts: string[] }[] {
  const sentences = terms
    .split(/[。；;！!？?\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: { code: ClauseCode; excerpts: string[] }[] = [];
  for (const rule of CLAUSES) {
    const excerpts = sentences.filter((s) => {
      const cleared = rule.negated.reduce((t, r) => t.replace(r, (m) => ' '.repeat(m.length)), s);
      return rule.positive.some((r) => new RegExp(r.source).test(cleared));
    });
    if (excerpts.length)
      out.push({ code: rule.code, excerpts: excerpts.map((e) => (e.length > 80 ? `${e.slice(0, 80)}…` : e)) });
  }
  return out;
}

/**
 * Each claimed type's offer (the sum of the offer's items of that type) beside its baseline, the
 * ratio, and the warnings: an offer below `threshold` of its baseline, and each clause found.
 */
export function fairnessCheck(input: FairnessInput): FairnessResult {
  const threshold = input.threshold ?? DEFAULT_FAIRNESS_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError('threshold must be above 0 and at most 1');
  const warnings: FairnessWarning[] = [];
  const comparisons = input.items.map((item): FairnessComparison => {
    const offerFen = input.offer.filter((o) => o.type === item.type).reduce((s, o) => s + o.amountFen, 0);
    const base = item.baselineFen;
    const ratio = base && base > 0 ? Math.round((offerFen / base) * 10_000) / 10_000 : null;
    const farBelow = !!base && base > 0 && offerFen * 10_000 < base * Math.round(threshold * 10_000);
    if (farBelow) {
      const t = typeLabel(item.type);
      const b = item.baselineBasis.label;
      const [o, y, r, th] = [fenToYuan(offerFen), fenToYuan(base!), pct(ratio!), pct(threshold)];
      warnings.push({
        code: 'offer_far_below_baseline',
        type: item.type,
        message: {
          'zh-CN': `${t['zh-CN']}：协议金额¥${o}仅为基准金额¥${y}（${b['zh-CN']}）的${r}，低于${th}的提示线。请确认劳动者知道该基准并自愿接受。`,
          en: `${t.en}: the offer ¥${o} is ${r} of the baseline ¥${y} (${b.en}), below the ${th} line. Check the worker knows this baseline and accepts freely.`,
        },
        excerpts: [],
        basis: [FAIRNESS_THRESHOLD_BASIS, SETTLEMENT_VALIDITY_BASIS, ...item.baselineBasis.basis],
      });
    }
    return { ...item, offerFen, ratio, farBelow };
  });
  for (const found of detectClauses(input.terms)) {
    const rule = CLAUSES.find((c) => c.code === found.code)!;
    warnings.push({ code: rule.code, type: null, message: rule.message, excerpts: found.excerpts, basis: rule.basis });
  }
  return { threshold, comparisons, warnings };
}
