import type { Label } from '@gig/shared';

/**
 * The staff page's words for the local figures (versioned data the calculators read), the
 * workbench's holiday-notice banner and the case page's expired-limitation banner. Part of the
 * page's one dictionary (i18n.tsx spreads them in).
 */
export const FIGURES_WORDS = {
  figures: { 'zh-CN': '本地标准数据', en: 'Local figures' },
  figuresHelp: {
    'zh-CN':
      '计算器使用的本地数据：上年度职工月平均工资、最低工资标准、二倍工资可追溯月数。每个数值是一个版本，自生效日起适用并注明来源；更正时录入新版本，旧版本保留，用旧版本算出的结果仍可核对。',
    en: 'The local data the calculators use: the prior-year average wage, the minimum wages, the double-wage look-back. Each value is a version, in force from its day, with its source; a correction is a new version and the old one stays, so results computed with it can still be checked.',
  },
  figArea: { 'zh-CN': '区域', en: 'Area' },
  figValue: { 'zh-CN': '数值', en: 'Value' },
  figEffective: { 'zh-CN': '生效日期', en: 'In force from' },
  figVersion: { 'zh-CN': '版本', en: 'Version' },
  figSource: { 'zh-CN': '来源', en: 'Source' },
  figNote: { 'zh-CN': '备注', en: 'Note' },
  figEntered: { 'zh-CN': '录入时间', en: 'Entered' },
  figState: { 'zh-CN': '状态', en: 'State' },
  figInForce: { 'zh-CN': '今日适用', en: 'In force today' },
  figCorrected: { 'zh-CN': '已被更正', en: 'Corrected' },
  figReplaced: { 'zh-CN': '已被新标准取代', en: 'Replaced' },
  figFuture: { 'zh-CN': '尚未生效', en: 'Not yet in force' },
  figExample: { 'zh-CN': '示例（非公布来源）', en: 'Example (not from a published source)' },
  figNone: { 'zh-CN': '尚未录入', en: 'Nothing entered yet' },
  figCity: { 'zh-CN': '全市', en: 'city-wide' },
  figProvince: { 'zh-CN': '全省', en: 'province-wide' },
  figMonthsN: { 'zh-CN': '{n}个月', en: '{n} months' },
  figNew: { 'zh-CN': '录入新版本', en: 'Enter a new version' },
  figNewHelp: {
    'zh-CN': '仅系统管理员可录入。同一区域、类型和生效日期再次录入即为更正，版本号加1；原版本保留。',
    en: 'System admins only. The same area, kind and day again is a correction with the next version number; the earlier one stays.',
  },
  figAreaCode: { 'zh-CN': '区域代码', en: 'Area code' },
  figAreaHint: {
    'zh-CN': '6位行政区划代码；市级代码（如330300）适用于其下没有单独数值的区县',
    en: '6-digit area code; a city code (e.g. 330300) applies to its districts that have no value of their own',
  },
  figKind: { 'zh-CN': '类型', en: 'Kind' },
  figAmount: { 'zh-CN': '金额（元）', en: 'Amount (yuan)' },
  figMonths: { 'zh-CN': '月数', en: 'Months' },
  figSourceHint: {
    'zh-CN': '发布机关、文件名称和文号，如：浙江省人民政府关于调整最低工资标准的通知（浙政发〔XXXX〕X号）',
    en: 'Who published it, the notice’s name and number',
  },
  figSourceUrl: { 'zh-CN': '来源链接（选填）', en: 'Source link (optional)' },
  figIsExample: {
    'zh-CN': '示例数值（未取自公布文件，页面和计算结果中都会标为示例）',
    en: 'An example (not from a published source; marked as such wherever it is used)',
  },
  figNoteLabel: { 'zh-CN': '备注（选填）', en: 'Note (optional)' },
  figWillBe: {
    'zh-CN': '该区域、类型、日期已有第{v}版：本次录入为第{n}版（更正）',
    en: 'Version {v} exists for this area, kind and day: this will be version {n} (a correction)',
  },
  figSaved: { 'zh-CN': '已录入第{n}版', en: 'Entered as version {n}' },
  figSubmit: { 'zh-CN': '录入', en: 'Enter' },
  figCorrect: { 'zh-CN': '更正', en: 'Correct' },
  figUrl: { 'zh-CN': '请填写以 http:// 或 https:// 开头的链接', en: 'a link starting with http:// or https://' },
  // The workbench: a year the deadlines reach whose holiday notice is missing.
  holidayMissing: {
    'zh-CN':
      '{year}年国务院节假日安排通知尚未录入：期限只按法定节日计算，调休与补班未计入；请系统管理员在 CLOCK_RULES_JSON 中录入',
    en: "The State Council's {year} holiday notice is not entered: deadlines count the statutory holidays only, without bridge days off or make-up working days. A system admin enters it in CLOCK_RULES_JSON",
  },
  // The case page: a claim filed after its limitation period had run out.
  limitationExpired: {
    'zh-CN':
      '仲裁时效可能已于{date}届满，早于申请日{filed}。时效届满是被申请人可以提出的抗辩（《劳动争议调解仲裁法》第27条；《民法典》第192条），不是拒绝受理的理由。',
    en: 'The limitation period may have run out on {date}, before the claim was filed on {filed}. Expiry is a defence the employer may raise (LDMAL art 27; Civil Code art 192), not a reason to refuse the case.',
  },
} satisfies Record<string, Label>;
