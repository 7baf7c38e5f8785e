import type { Label } from '@gig/shared';

/**
 * The staff page's words for the fairness check beside an agreement's offer (the baseline of each
 * item, the ratio, the warnings and their basis). Part of the page's one dictionary (i18n.tsx
 * spreads them in); the warnings' own words come from shared/src/law/fairness.ts.
 */
export const FAIRNESS_WORDS = {
  fairTitle: { 'zh-CN': '公平性核查', en: 'Fairness check' },
  fairHelp: {
    'zh-CN': '对照基准金额核对协议金额，并检查条款。提示不影响提交：请向劳动者说明，由其知情后自愿决定。',
    en: 'Compares each amount with its baseline and reads the terms. Warnings never stop you recording: explain them to the worker, who decides freely.',
  },
  fairFacts: {
    'zh-CN': '核算事实（选填，仅用于核查，不写入协议）',
    en: 'Facts for the baseline (optional; used for this check only, not in the agreement)',
  },
  fairWage: { 'zh-CN': '月工资（元）', en: 'Monthly wage (yuan)' },
  fairWageHint: { 'zh-CN': '解除或终止前12个月平均工资', en: '12-month average before the end' },
  fairStart: { 'zh-CN': '入职（用工）日期', en: 'Employed from' },
  fairEnd: { 'zh-CN': '最后工作日', en: 'Last day worked' },
  fairUnlawful: { 'zh-CN': '违法解除（按二倍赔偿金核算）', en: 'Unlawful termination (2× damages)' },
  fairSigned: { 'zh-CN': '书面合同签订日（未签不填）', en: 'Written contract signed on (empty: never)' },
  fairOtWorkday: { 'zh-CN': '工作日加班（小时）', en: 'Workday overtime (hours)' },
  fairOtRest: { 'zh-CN': '休息日加班（小时）', en: 'Rest-day work (hours)' },
  fairOtHoliday: { 'zh-CN': '法定节假日加班（小时）', en: 'Holiday work (hours)' },
  fairUnpaidMonths: { 'zh-CN': '欠发工资月数', en: 'Months of wages owed' },
  fairGrade: { 'zh-CN': '伤残等级', en: 'Disability grade' },
  fairGradeN: { 'zh-CN': '{n}级', en: 'Grade {n}' },
  fairOtherTerms: {
    'zh-CN': '其他条款（纸质协议中或双方另行约定的内容，仅用于核查）',
    en: 'Other terms (in the paper copy or agreed besides; checked only, not added)',
  },
  fairItem: { 'zh-CN': '事项', en: 'Item' },
  fairClaimed: { 'zh-CN': '请求（元）', en: 'Claimed (yuan)' },
  fairBaseline: { 'zh-CN': '基准（元）', en: 'Baseline (yuan)' },
  fairSource: { 'zh-CN': '基准来源', en: 'Baseline from' },
  fairOffer: { 'zh-CN': '协议（元）', en: 'Offer (yuan)' },
  fairRatio: { 'zh-CN': '协议 ÷ 基准', en: 'Offer ÷ baseline' },
  src_statutory: { 'zh-CN': '法定标准', en: 'Statutory' },
  src_worker_calculation: { 'zh-CN': '劳动者计算', en: "Worker's calculation" },
  src_claimed: { 'zh-CN': '请求金额', en: 'Amount claimed' },
  fairOk: {
    'zh-CN': '未发现明显低于基准的金额或需要提示的条款。',
    en: 'No amount far below its baseline and no clause to point out.',
  },
  fairBasis: { 'zh-CN': '依据', en: 'Basis' },
  fairExcerpt: { 'zh-CN': '条款原文', en: 'In the terms' },
  fairLine: {
    'zh-CN': '提示线：基准的{pct}（本产品设定，非法定标准）',
    en: 'Warning line: {pct} of the baseline (set by this product, not by law)',
  },
  fairLocal: { 'zh-CN': '本地标准', en: 'Local figures' },
  fairExample: { 'zh-CN': '示例', en: 'example' },
  fairNoLocal: {
    'zh-CN': '最后工作日没有适用的本地上年度职工月平均工资：经济补偿未核对三倍封顶',
    en: 'No local average wage in force on the last day worked: the 3× cap on compensation is not checked',
  },
} satisfies Record<string, Label>;
