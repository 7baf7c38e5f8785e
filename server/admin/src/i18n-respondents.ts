import type { Label } from '@gig/shared';

/**
 * The staff page's words for the early warnings and the respondent page. Part of the page's one
 * dictionary (i18n.tsx spreads them in).
 */
export const RESPONDENT_WORDS = {
  rpOpen: { 'zh-CN': '查看被申请人', en: 'Open the respondent' },
  rpTitle: { 'zh-CN': '被申请人：', en: 'Respondent: ' },
  rpNotFound: {
    'zh-CN': '没有找到该被申请人的案件，或您无权查看。',
    en: 'No claim against this respondent, or none you may see.',
  },
  rpBack: { 'zh-CN': '返回预警', en: 'Back to warnings' },
  rpNames: { 'zh-CN': '申请中的写法', en: 'Spellings in the claims' },
  rpNameAsFiled: { 'zh-CN': '申请所填名称', en: 'Name as filed' },
  rpNamesLine: { 'zh-CN': '申请中的写法：', en: 'Spellings in the claims: ' },
  rpCodesLine: { 'zh-CN': '统一社会信用代码：', en: 'Credit code: ' },
  rpClaims: { 'zh-CN': '申请件数', en: 'Claims' },
  rpWorkers: { 'zh-CN': '涉及劳动者（人）', en: 'Workers' },
  rpOpenCases: { 'zh-CN': '未结案件', en: 'Open' },
  rpAgreements: { 'zh-CN': '达成协议', en: 'Agreements' },
  rpPerformed: { 'zh-CN': '已履行', en: 'Performed' },
  rpDefaults: { 'zh-CN': '未履行（违约）', en: 'Defaults' },
  rpDefaultsHint: {
    'zh-CN': '未履行：曾被报告或记录为未按协议履行的协议数（之后履行的也计入）。',
    en: 'Defaults: agreements reported or recorded as not performed (even if paid later).',
  },
  rpStillUnpaid: { 'zh-CN': '仍未履行', en: 'still unpaid' },
  rpClaimed: { 'zh-CN': '请求金额（元）', en: 'Claimed (yuan)' },
  rpAgreed: { 'zh-CN': '协议金额（元）', en: 'Agreed (yuan)' },
  rpPaid: { 'zh-CN': '已履行金额（元）', en: 'Paid (yuan)' },
  rpMoneyHint: {
    'zh-CN': '协议金额为已生效调解协议的约定金额；已履行金额为已记录履行或劳动者确认收款的协议金额。',
    en: 'Agreed: the agreements in force. Paid: the agreed amount of those recorded as performed or whose receipt the worker confirmed.',
  },
  rpOutcomes: { 'zh-CN': '办理结果', en: 'Outcomes' },
  rpWarnings: { 'zh-CN': '预警记录', en: 'Warnings raised' },
  rpWindow: { 'zh-CN': '预警周期', en: 'Window' },
  rpRaised: { 'zh-CN': '发出时间', en: 'Raised' },
  rpNotified: { 'zh-CN': '短信已发送', en: 'Texted' },
  rpNotYet: { 'zh-CN': '待发送', en: 'Pending' },
  rpCases: { 'zh-CN': '全部申请（您可查看的）', en: 'Every claim (that you may see)' },
  rpNumber: { 'zh-CN': '案件编号', en: 'Case' },
  rpReceived: { 'zh-CN': '收案时间', en: 'Received' },
  rpStation: { 'zh-CN': '办理站点', en: 'Station' },
  rpStatus: { 'zh-CN': '状态', en: 'Status' },
  rpPerformedTag: { 'zh-CN': '已履行', en: 'Paid' },
  rpDefaultTag: { 'zh-CN': '曾违约', en: 'Defaulted' },
  wrWorkers: { 'zh-CN': '名劳动者', en: 'workers' },
  wrClaims: { 'zh-CN': '件申请', en: 'claims' },
  wrMinWorkers: { 'zh-CN': '至少（名劳动者）', en: 'At least (workers)' },
  wrRepeat: {
    'zh-CN':
      '同一劳动者的多次申请只计一次；同一被申请人的不同写法、括号内的网点或分部、分公司按同一家计算，有统一社会信用代码的按代码。',
    en: "A worker's repeat claims count once; spellings, bracketed outlets or branches and 分公司 count as one company, by credit code where given.",
  },
  wrTold: { 'zh-CN': '已通知监管人员', en: 'Supervisors told' },
  wrToldAt: { 'zh-CN': '已通知', en: 'Told' },
  wrNotTold: { 'zh-CN': '尚未通知（定时任务每小时检查）', en: 'Not told yet (checked hourly)' },
  wrLatest: { 'zh-CN': '最近的申请', en: 'Latest claims' },
  wrMore: {
    'zh-CN': '另有更多被申请人达到预警条件，请提高门槛查看。',
    en: 'More respondents qualify: raise the bar to see them.',
  },
} satisfies Record<string, Label>;
