import {
  CLAIM_TYPE,
  SENSITIVE_EVIDENCE,
  type ClaimType,
  type EvidenceCategory,
  type Industry,
  type WorkMode,
} from '../enums';
import type { Label } from '../labels';
import { CLAIM_EVIDENCE } from './evidence-claims';
import { EMPLOYMENT_COMMON, EMPLOYMENT_EVIDENCE } from './evidence-employment';
import type { EvidenceItemSpec, EvidenceWeight } from './evidence-item';

export type { EvidenceItemSpec, EvidenceWeight } from './evidence-item';
export { CLAIM_EVIDENCE } from './evidence-claims';
export { EMPLOYMENT_COMMON, EMPLOYMENT_EVIDENCE } from './evidence-employment';

/**
 * The evidence checklist: what proves the employment relationship for this trade and way of
 * working, then what proves each claim, with what the files already provide. One pure function
 * the server, the staff page and the worker app all render from.
 *
 * The law behind it (docs/legal-rules.md §1, §4): whoever claims proves it, but evidence the
 * employer holds and manages the employer must produce, and bears the consequence if it does not
 * (LDMAL art 6); for the employment relationship, 劳社部发〔2005〕12号 art 2 lists the evidence and
 * puts the pay, recruitment and attendance records (its items 1, 3, 4) on the employer. Missing
 * evidence never stops a filing.
 */

export interface ChecklistItem extends Omit<EvidenceItemSpec, 'modes'> {
  /** A file of one of the item's categories is there. */
  provided: boolean;
  /** Every category that provides it is sensitive (PIPL art 28): uploading it asks for separate consent. */
  sensitive: boolean;
}

export type ChecklistGroupKey = 'employment' | ClaimType;

export interface ChecklistGroup {
  key: ChecklistGroupKey;
  title: Label;
  /** The rule that says why these items matter, when there is one to cite. */
  basis: Label | null;
  /** Key items first, then helpful ones, each in the data's order. */
  items: ChecklistItem[];
}

export interface EvidenceChecklist {
  /** The employment relationship first, then one group per claim type (in the order claimed, once each). */
  groups: ChecklistGroup[];
  /** Shown with the list: missing evidence does not stop filing; the employer produces what it holds. */
  notice: Label;
  keyTotal: number;
  keyProvided: number;
}

export interface ChecklistInput {
  claimTypes: readonly ClaimType[];
  industry: Industry;
  workMode: WorkMode;
}

const EMPLOYMENT_TITLE: Label = {
  'zh-CN': '证明您在为单位干活（劳动关系）',
  en: 'Proof you worked for the company (employment relationship)',
};
const HOUSEHOLD_TITLE: Label = { 'zh-CN': '证明您在为这户人家干活', en: 'Proof you worked for the household' };

/** 劳社部发〔2005〕12号 art 2 (legal-rules.md §4 ✓). */
export const EMPLOYMENT_BASIS: Label = {
  'zh-CN':
    '劳社部发〔2005〕12号第二条：可以参照工资支付凭证或记录、缴纳社会保险费的记录，工作证、服务证，招工登记表、报名表，考勤记录，其他劳动者的证言等；其中工资、社保、招工登记和考勤记录由用人单位负举证责任。',
  en: "劳社部发〔2005〕12号 art 2: pay and social-insurance records, a work ID or service card, recruitment or application forms, attendance records, other workers' testimony; the employer bears the burden for the pay, social-insurance, recruitment and attendance records.",
};
const HOUSEHOLD_BASIS: Label = {
  'zh-CN':
    '由家庭或个人直接雇用的，纠纷一般按民事纠纷处理（人民调解或法院）；这些材料同样能证明您干了活、说好了多少钱。',
  en: "A dispute with a household that hired you directly is usually a civil dispute (people's mediation or court); these still show you did the work and what pay was agreed.",
};

/** LDMAL art 6 and 12号 art 2 (legal-rules.md §1, §4 ✓), in plain words. */
export const CHECKLIST_NOTICE: Label = {
  'zh-CN':
    '材料不全也可以先提交申请。工资、考勤、招工登记等记录在单位手里的，应当由单位提供；单位不提供的，要承担不利后果（《劳动争议调解仲裁法》第六条；劳社部发〔2005〕12号第二条）。',
  en: 'Missing evidence does not stop you filing. The company must produce the records it holds (pay, attendance, recruitment); if it does not, that counts against it (LDMAL art 6; 劳社部发〔2005〕12号 art 2).',
};
const HOUSEHOLD_NOTICE: Label = {
  'zh-CN': '材料不全也可以先提交申请。有什么就先传什么，调解员会告诉您还需要什么。',
  en: 'Missing evidence does not stop you filing. Upload what you have; the mediator will tell you what else helps.',
};

const WEIGHT_ORDER: { readonly [W in EvidenceWeight]: number } = { key: 0, helpful: 1 };

function forMode(items: readonly EvidenceItemSpec[], workMode: WorkMode): EvidenceItemSpec[] {
  return items.filter((i) => !i.modes || i.modes.includes(workMode));
}

function toItem(spec: EvidenceItemSpec, provided: ReadonlySet<EvidenceCategory>, household: boolean): ChecklistItem {
  const { modes: _modes, ...rest } = spec;
  return {
    ...rest,
    // LDMAL art 6 puts the burden on an employer; a household hiring directly is not one.
    employerHolds: spec.employerHolds && !household,
    provided: spec.categories.some((c) => provided.has(c)),
    sensitive: spec.categories.every((c) => SENSITIVE_EVIDENCE.includes(c)),
  };
}

function group(
  key: ChecklistGroupKey,
  title: Label,
  basis: Label | null,
  specs: readonly EvidenceItemSpec[],
  provided: ReadonlySet<EvidenceCategory>,
  household: boolean,
): ChecklistGroup {
  const items = specs
    .map((s, i) => ({ s, i }))
    .sort((a, b) => WEIGHT_ORDER[a.s.weight] - WEIGHT_ORDER[b.s.weight] || a.i - b.i)
    .map(({ s }) => toItem(s, provided, household));
  return { key, title, basis, items };
}

/**
 * The checklist for a claim: the employment relationship for `industry` and `workMode`, then each
 * claim type once, each item marked provided when a file of one of its categories is among
 * `providedCategories`.
 */
export function evidenceChecklist(
  { claimTypes, industry, workMode }: ChecklistInput,
  providedCategories: Iterable<EvidenceCategory>,
): EvidenceChecklist {
  const provided = new Set(providedCategories);
  const household = workMode === 'household';
  const types = [...new Set(claimTypes)];
  const claimGroups = types.map((t) =>
    group(t, CLAIM_TYPE.labels[t], CLAIM_EVIDENCE[t].basis, CLAIM_EVIDENCE[t].items, provided, household),
  );
  const employment = group(
    'employment',
    household ? HOUSEHOLD_TITLE : EMPLOYMENT_TITLE,
    household ? HOUSEHOLD_BASIS : EMPLOYMENT_BASIS,
    forMode([...EMPLOYMENT_EVIDENCE[industry], ...EMPLOYMENT_COMMON], workMode),
    provided,
    household,
  );
  const groups = [employment, ...claimGroups];
  const keys = groups.flatMap((g) => g.items.filter((i) => i.weight === 'key'));
  return {
    groups,
    notice: household ? HOUSEHOLD_NOTICE : CHECKLIST_NOTICE,
    keyTotal: keys.length,
    keyProvided: keys.filter((i) => i.provided).length,
  };
}

/** The category an upload for this item is filed under: its first one a photo can be (not audio, not a signature). */
export function uploadCategoryFor(item: Pick<EvidenceItemSpec, 'categories'>): EvidenceCategory {
  return item.categories.find((c) => c !== 'audio' && c !== 'signature') ?? 'other';
}
