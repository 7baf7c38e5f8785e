import type { Label } from '@gig/shared';
import { locale } from './i18n';

/**
 * The calculator page's words, in Chinese and English, in the language of i18n.ts. Kept apart from
 * the app's words so that they load with the calculator page, not with the first page a QR code
 * opens (the entries to the page on the home and station pages are in i18n.ts).
 */
const CALC_WORDS = {
  intro: {
    'zh-CN': '说说发生了什么，我们按法律帮您估算能要多少钱。不用登录。',
    en: 'Tell us what happened and we estimate what the law lets you claim. No sign-in needed.',
  },
  whatHappened: { 'zh-CN': '发生了什么？可以选多项', en: 'What happened? Pick all that apply' },
  pickOne: { 'zh-CN': '请至少选一项', en: 'Pick at least one' },
  dismissed: { 'zh-CN': '被辞退 / 被开除', en: 'I was dismissed or fired' },
  dismissedHint: { 'zh-CN': '公司让我走人', en: 'The company let me go' },
  resigned: { 'zh-CN': '公司欠薪或不交社保，我自己辞职', en: 'I quit because of unpaid pay or no social insurance' },
  resignedHint: { 'zh-CN': '是公司先违法，我才走的', en: 'The company broke the law first' },
  no_contract: { 'zh-CN': '没签劳动合同', en: 'No written contract' },
  no_contractHint: { 'zh-CN': '干了一个多月还没签', en: 'Over a month without one' },
  overtime: { 'zh-CN': '加班没给加班费', en: 'Overtime not paid' },
  overtimeHint: { 'zh-CN': '周末、节假日或每天超时干活', en: 'Weekends, holidays or long days' },
  injury: { 'zh-CN': '工作中受伤', en: 'Hurt at work' },
  injuryHint: { 'zh-CN': '送件、骑车路上或在站点受伤', en: 'On a delivery, on the road or at the depot' },
  unpaid: { 'zh-CN': '工资没发', en: 'Wages not paid' },
  unpaidHint: { 'zh-CN': '干了活，钱没给或没给够', en: 'Worked, but not paid in full' },
  next: { 'zh-CN': '下一步', en: 'Next' },
  back: { 'zh-CN': '上一步', en: 'Back' },
  compute: { 'zh-CN': '算一算', en: 'Work it out' },
  again: { 'zh-CN': '改一改重新算', en: 'Change the answers' },
  area: { 'zh-CN': '在哪里干活', en: 'Where you work' },
  changeArea: { 'zh-CN': '换一个地区', en: 'Change' },
  areaFromStation: { 'zh-CN': '调解站所在地', en: 'Where the station is' },
  areaWhy: {
    'zh-CN': '各地的平均工资、最低工资不一样，会影响结果。',
    en: 'Average and minimum wages differ by place and change the result.',
  },
  figuresMissing: {
    'zh-CN': '没有取到当地的平均工资和最低工资，结果没有按封顶和最低工资核对。',
    en: 'The local average and minimum wages could not be loaded: the cap and the floor were not checked.',
  },
  wage: { 'zh-CN': '每月工资（元）', en: 'Monthly wage (yuan)' },
  wageHint: {
    'zh-CN': '按离职前12个月平均算，奖金、提成、补贴都算进去；干了不到12个月的，按实际干的月份平均。',
    en: 'The average of your last 12 months, with bonuses, commissions and allowances; fewer months worked, average those.',
  },
  wageHintUnpaid: {
    'zh-CN': '说好每个月给多少钱（税前）。',
    en: 'What you were to be paid each month (before deductions).',
  },
  wagePlaceholder: { 'zh-CN': '例如 6000', en: 'e.g. 6000' },
  startDate: { 'zh-CN': '第一天上班的日期', en: 'Your first day at work' },
  endDate: { 'zh-CN': '最后一天上班的日期', en: 'Your last day at work' },
  stillWorking: { 'zh-CN': '我还在这里干', en: 'I still work there' },
  dismissReason: { 'zh-CN': '公司说为什么辞退您？', en: 'What reason did the company give?' },
  r_illness: { 'zh-CN': '我生病或非因工受伤，医疗期满干不了原来的活', en: 'Illness or a non-work injury' },
  r_incompetent: {
    'zh-CN': '说我干不好，培训或调岗后还是不行',
    en: 'Said I could not do the job, even after training',
  },
  r_changed: { 'zh-CN': '公司情况大变（搬迁、合并等），谈不拢', en: 'The company changed a lot (moved, merged)' },
  r_redundancy: { 'zh-CN': '公司裁员', en: 'Redundancy (lay-offs)' },
  r_closed: { 'zh-CN': '公司倒闭、关门', en: 'The company closed down' },
  r_mutual: { 'zh-CN': '公司先提出，我同意走', en: 'The company proposed it and I agreed' },
  r_fault: { 'zh-CN': '说我违反规定、犯了错', en: 'Said I broke the rules' },
  r_none: { 'zh-CN': '什么理由都没说', en: 'No reason at all' },
  r_disputed: { 'zh-CN': '说了理由，但我不认', en: 'A reason I do not accept' },
  resignReason: { 'zh-CN': '您为什么辞职？', en: 'Why did you quit?' },
  q_unpaid_wages: { 'zh-CN': '公司拖欠工资或没发够', en: 'Pay was late or short' },
  q_no_social_insurance: { 'zh-CN': '公司不给交社保', en: 'No social insurance paid' },
  q_unsafe: { 'zh-CN': '强迫干活、没有安全保护或被威胁', en: 'Forced work, no safety protection or threats' },
  contract: { 'zh-CN': '后来签了合同吗？', en: 'Was a contract signed later?' },
  neverSigned: { 'zh-CN': '一直没签', en: 'Never' },
  signedLater: { 'zh-CN': '后来签了', en: 'Signed later' },
  signedOn: { 'zh-CN': '签合同的日期', en: 'The day it was signed' },
  overtimeFrom: { 'zh-CN': '加班从哪天开始', en: 'Overtime from' },
  overtimeTo: { 'zh-CN': '到哪天为止', en: 'Overtime until' },
  hoursWorkday: {
    'zh-CN': '平时每天超过8小时的部分，一共几小时',
    en: 'Hours beyond 8 a day on working days, in total',
  },
  hoursRestDay: { 'zh-CN': '休息日干活又没补休，一共几小时', en: 'Hours on rest days with no day off in return' },
  hoursHoliday: { 'zh-CN': '法定节假日干活，一共几小时', en: 'Hours on statutory holidays' },
  otWorkday: { 'zh-CN': '平时加班（工作日超过8小时）', en: 'Extra hours on working days' },
  otRestDay: { 'zh-CN': '休息日加班（没有补休）', en: 'Rest-day work (no day off in return)' },
  otHoliday: { 'zh-CN': '法定节假日加班', en: 'Statutory-holiday work' },
  hoursHint: { 'zh-CN': '没有的不用填', en: 'Leave empty if none' },
  accidentDate: { 'zh-CN': '哪天受的伤（或诊断为职业病）', en: 'The day you were hurt (or diagnosed)' },
  grade: { 'zh-CN': '伤残等级（评过才有）', en: 'Disability grade (once appraised)' },
  gradeUnknown: { 'zh-CN': '还没评', en: 'Not yet' },
  gradeN: { 'zh-CN': '{n}级', en: 'Grade {n}' },
  injuryWage: {
    'zh-CN': '受伤前12个月平均每月缴费工资（元）',
    en: 'Average monthly contribution wage, 12 months before (yuan)',
  },
  injuryWageHint: {
    'zh-CN': '交社保时报的工资，可以在社保记录里查。',
    en: 'The wage your social insurance was paid on; see your insurance record.',
  },
  monthsOwed: { 'zh-CN': '欠了几个月的工资', en: 'How many months are unpaid' },
  monthsOwedHint: { 'zh-CN': '可以填 1.5 这样的数', en: 'You may type 1.5' },
  paid: { 'zh-CN': '这几个月公司已经给了多少（元）', en: 'What the company paid for those months (yuan)' },
  owedFrom: { 'zh-CN': '欠薪从哪天开始（可不填）', en: 'Unpaid from (optional)' },
  owedTo: { 'zh-CN': '到哪天为止（可不填）', en: 'Unpaid until (optional)' },
  required: { 'zh-CN': '请填写这一项', en: 'Please fill this in' },
  amountBad: { 'zh-CN': '请填大于0的金额，最多两位小数', en: 'An amount above 0, at most 2 decimals' },
  numberBad: { 'zh-CN': '请填一个数字，最多两位小数', en: 'A number, at most 2 decimals' },
  orderBad: { 'zh-CN': '结束日期不能早于开始日期', en: 'The end cannot be before the start' },
  future: { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be after today' },
  areaRequired: { 'zh-CN': '请选择在哪里干活', en: 'Choose where you work' },
  tooLarge: { 'zh-CN': '数字太大了，请核对', en: 'That number is too large; please check' },
  estimate: {
    'zh-CN': '这是按法律规定算出的估算，不是最终结果。能拿到多少，由调解达成的协议、仲裁或法院决定。',
    en: 'This is an estimate under the law, not a decision. What you get is settled by agreement, or decided by arbitration or a court.',
  },
  yourResult: { 'zh-CN': '估算结果', en: 'Your estimate' },
  orPick: { 'zh-CN': '两个只能选一个写进申请', en: 'Only one of the two can go into the claim' },
  ifLawful: { 'zh-CN': '如果辞退合法：经济补偿', en: 'If the dismissal was lawful: compensation' },
  ifUnlawful: {
    'zh-CN': '如果辞退违法：赔偿金（经济补偿的2倍）',
    en: 'If the dismissal was unlawful: damages (twice the compensation)',
  },
  unlawfulDecided: {
    'zh-CN': '辞退是不是违法，由仲裁或法院认定。违法的，赔偿金是经济补偿的2倍，两者不能同时要。',
    en: 'Whether the dismissal was unlawful is decided by arbitration or a court. If it was, damages are twice the compensation; you cannot have both.',
  },
  faultNote: {
    'zh-CN': '如果公司说的过错属实，没有经济补偿；您不认的，可以主张辞退违法。',
    en: 'If the fault is real there is no compensation; if you deny it, you may argue the dismissal was unlawful.',
  },
  whyOwed: { 'zh-CN': '为什么能要', en: 'Why it is owed' },
  deemedOpenEnded: {
    'zh-CN': '干满一年还没签合同的，法律视为已经签了无固定期限劳动合同。',
    en: 'After a full year without a contract, the law treats it as an open-ended contract.',
  },
  overLimit: {
    'zh-CN': '加班超过了法律规定的上限（每月最多36小时）',
    en: 'Overtime above the legal limit (36 hours a month)',
  },
  perMonth: { 'zh-CN': '平均每月约', en: 'About' },
  hoursUnit: { 'zh-CN': '小时', en: 'hours a month' },
  injuryDeadlines: { 'zh-CN': '工伤认定，别错过这两个日期', en: 'Work-injury recognition: two dates not to miss' },
  employerDue: { 'zh-CN': '公司应在这天前申请工伤认定', en: 'The company must apply by' },
  workerDue: { 'zh-CN': '公司没申请的，您自己最晚这天前申请', en: 'If it does not, you can apply yourself by' },
  passed: { 'zh-CN': '已过', en: 'passed' },
  daysLeft: { 'zh-CN': '还剩{n}天', en: '{n} days left' },
  gradeLater: {
    'zh-CN': '评定伤残等级后，可以再来算一次性伤残补助金。',
    en: 'Once a disability grade is set, come back to work out the lump sum.',
  },
  noAverage: {
    'zh-CN': '没有当地职工平均工资，暂时算不出一次性伤残补助金。',
    en: 'No local average wage: the lump sum cannot be worked out yet.',
  },
  nothingOwed: { 'zh-CN': '按您填的情况，这一项算下来是0元。', en: 'From your answers this comes to nothing.' },
  noCompensation: {
    'zh-CN': '按这个理由，法律规定没有经济补偿。',
    en: 'For this reason the law gives no compensation.',
  },
  figuresUsed: { 'zh-CN': '用到的当地标准', en: 'Local figures used' },
  example: { 'zh-CN': '示例', en: 'Example' },
  exampleWhy: {
    'zh-CN': '示例数值，不是官方公布的标准，结果仅供参考。',
    en: 'An example value, not an official figure: the result is only a guide.',
  },
  effective: { 'zh-CN': '起施行', en: 'in force from' },
  months: { 'zh-CN': '个月', en: ' months' },
  steps: { 'zh-CN': '怎么算的（点一下看法律条文）', en: 'How it was worked out (tap for the law)' },
  putInClaim: { 'zh-CN': '写进申请', en: 'Put in my claim' },
  pickThis: { 'zh-CN': '选它写进申请', en: 'Put this one in my claim' },
  total: { 'zh-CN': '写进申请的合计', en: 'Total to claim' },
  writeClaim: { 'zh-CN': '写进我的申请', en: 'Put these into my claim' },
  nothingPicked: { 'zh-CN': '没有选中要写进申请的项目', en: 'Nothing is picked to go into the claim' },
  calculated: { 'zh-CN': '计算器算出', en: 'From the calculator' },
  helpMe: { 'zh-CN': '不知道要多少？帮我算一算', en: 'Not sure how much? Work it out' },
} satisfies Record<string, Label>;

export type CalcWordKey = keyof typeof CALC_WORDS;

/** A calculator word in the worker's language; `{n}` is replaced by `n` when given. */
export function tk(key: CalcWordKey, n?: number | string): string {
  const w = CALC_WORDS[key][locale()];
  return n === undefined ? w : w.replace('{n}', String(n));
}
