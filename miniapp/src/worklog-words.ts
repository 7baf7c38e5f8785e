import type { Label } from '@gig/shared';
import { wordsOf } from './i18n';

/** The work-record page's own words (its title is i18n's `workLogTitle`: the me page names it too). */
const WORKLOG_WORDS = {
  why: {
    'zh-CN':
      '每天记下上班时长、接单、收入、扣款和罚款，可以附截图。每条保存时由系统记下时间并加上校验码，以后改动或删除都能被发现，可作为申请调解的证据。',
    en: 'Note your hours, orders, income, deductions and penalties each day, with screenshots. Each entry is time-stamped and sealed by the system when saved, so any later change or deletion shows; it can be evidence for your claim.',
  },
  add: { 'zh-CN': '记一笔', en: 'Add an entry' },
  erase: { 'zh-CN': '删除全部工作记录', en: 'Erase my whole work record' },
  eraseAsk: {
    'zh-CN':
      '将删除全部 {n} 条记录和其中的截图，无法恢复。已作为证据交给调解站的记录（附到案件的PDF）不受影响，仍留在案件中。确定删除吗？',
    en: 'All {n} entries and their screenshots will be erased for good. What you already attached to a claim (its PDF) stays with that case. Erase?',
  },
  eraseYes: { 'zh-CN': '删除', en: 'Erase' },
  erased: { 'zh-CN': '已删除', en: 'Erased' },
  date: { 'zh-CN': '日期', en: 'Date' },
  hours: { 'zh-CN': '上班小时数', en: 'Hours worked' },
  orders: { 'zh-CN': '接单数', en: 'Orders' },
  ordersOptional: { 'zh-CN': '接单数（可不填）', en: 'Orders (optional)' },
  amount: { 'zh-CN': '金额（元）', en: 'Amount (yuan)' },
  platform: { 'zh-CN': '平台或公司（可不填）', en: 'Platform or company (optional)' },
  note: { 'zh-CN': '备注（可不填，例如罚款原因）', en: 'Note (optional, e.g. why you were fined)' },
  screenshot: { 'zh-CN': '＋ 添加截图', en: '+ Add a screenshot' },
  uploading: { 'zh-CN': '截图上传中 {p}%，请稍候', en: 'Uploading the screenshot, {p}%' },
  shots: { 'zh-CN': '已添加 {n} 张截图', en: '{n} screenshot(s) added' },
  save: { 'zh-CN': '保存这一笔', en: 'Save this entry' },
  saved: { 'zh-CN': '已保存', en: 'Saved' },
  needFigure: { 'zh-CN': '请填写{what}', en: 'Please fill in: {what}' },
  correcting: { 'zh-CN': '正在更正：{what}', en: 'Correcting: {what}' },
  cancel: { 'zh-CN': '取消更正', en: 'Cancel the correction' },
  correct: { 'zh-CN': '更正', en: 'Correct' },
  corrected: { 'zh-CN': '已更正，不计入汇总', en: 'Corrected: not counted' },
  summary: { 'zh-CN': '汇总', en: 'Summary' },
  byWeek: { 'zh-CN': '按周', en: 'By week' },
  byMonth: { 'zh-CN': '按月', en: 'By month' },
  sumLine: {
    'zh-CN': '{hours} 小时 · {orders} 单',
    en: '{hours} h · {orders} orders',
  },
  nHours: { 'zh-CN': '{n} 小时', en: '{n} h' },
  nOrders: { 'zh-CN': '{n} 单', en: '{n} orders' },
  income: { 'zh-CN': '收入', en: 'Income' },
  deductions: { 'zh-CN': '扣款', en: 'Deductions' },
  penalties: { 'zh-CN': '罚款', en: 'Penalties' },
  net: { 'zh-CN': '实得', en: 'Net' },
  hourly: { 'zh-CN': '扣除后实际时薪', en: 'Real hourly pay after deductions' },
  perHour: { 'zh-CN': '{y} 元/小时', en: '¥{y} an hour' },
  noHours: { 'zh-CN': '没有记上班时长', en: 'No hours logged' },
  yuan: { 'zh-CN': '{y} 元', en: '¥{y}' },
  entries: { 'zh-CN': '记录', en: 'Entries' },
  empty: { 'zh-CN': '还没有记录。从上面记第一笔。', en: 'Nothing yet. Add your first entry above.' },
  intact: { 'zh-CN': '✓ 记录完整，没有被改动', en: '✓ Your record is intact' },
  broken: {
    'zh-CN': '记录的校验没有通过（第 {n} 条），请联系调解站',
    en: 'Your record failed its check (entry {n}); contact the station',
  },
  attach: { 'zh-CN': '附到我的案件', en: 'Attach to my case' },
  attachWhy: {
    'zh-CN': '把一段时间的记录生成 PDF，作为证据附到案件里，调解员可以看到。',
    en: 'Make a PDF of a period of your record and add it to your case as evidence; the mediator sees it.',
  },
  from: { 'zh-CN': '从', en: 'From' },
  to: { 'zh-CN': '到', en: 'To' },
  noCases: {
    'zh-CN': '您还没有案件。提交申请后可以把记录附上。',
    en: 'You have no case yet. File a claim, then attach.',
  },
  attachNow: { 'zh-CN': '附到这件案件', en: 'Attach to this case' },
  attached: { 'zh-CN': '已附到案件', en: 'Attached' },
  letter: { 'zh-CN': '向平台要我的数据', en: 'Ask the platform for my data' },
  letterWhy: {
    'zh-CN':
      '生成一封请求函，依据《个人信息保护法》第四十五条要求平台提供您的订单、收入、扣款罚款和封号理由，并依据第二十四条要求说明自动作出的处罚。姓名和电话取自“我的资料”。',
    en: 'Make a letter asking the platform, under PIPL art 45, for your orders, income, deductions, penalties and suspension reasons, and under art 24 for an explanation of automated penalties. Name and phone come from My details.',
  },
  letterPlatform: { 'zh-CN': '平台或公司名称', en: 'Platform or company name' },
  letterGet: { 'zh-CN': '下载请求函', en: 'Download the letter' },
  opening: { 'zh-CN': '正在打开…', en: 'Opening…' },
} satisfies Record<string, Label>;

export const tw = wordsOf(WORKLOG_WORDS);
