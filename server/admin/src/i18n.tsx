import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Label, Locale } from '@gig/shared';
import { setLocale } from './api';
import { ARBITRATION_WORDS } from './i18n-arbitration';
import { CASE_WORDS } from './i18n-case';
import { FAIRNESS_WORDS } from './i18n-fairness';
import { FIGURES_WORDS } from './i18n-figures';
import { KNOWLEDGE_WORDS } from './i18n-knowledge';
import { RESPOND_WORDS } from './i18n-respond';
import { RESPONDENT_WORDS } from './i18n-respondents';
import { STATS_WORDS } from './i18n-stats';

/** The page's own words; every enum, status and error comes from the shared label tables. */
const WORDS = {
  appName: { 'zh-CN': '劳动争议一站式调解', en: 'Labour Dispute Mediation' },
  workbench: { 'zh-CN': '工作台', en: 'Workbench' },
  cases: { 'zh-CN': '案件', en: 'Cases' },
  stations: { 'zh-CN': '站点与二维码', en: 'Stations & QR' },
  warnings: { 'zh-CN': '预警', en: 'Early warnings' },
  signIn: { 'zh-CN': '登录', en: 'Sign in' },
  signOut: { 'zh-CN': '退出登录', en: 'Sign out' },
  username: { 'zh-CN': '用户名', en: 'Username' },
  password: { 'zh-CN': '密码', en: 'Password' },
  signInTitle: { 'zh-CN': '调解员工作台', en: 'Mediation staff' },
  signInSub: { 'zh-CN': '新就业形态劳动者劳动争议一站式调解', en: 'One-stop dispute mediation for gig workers' },
  required: { 'zh-CN': '必填', en: 'Required' },
  lockedUntil: { 'zh-CN': '账号已锁定至', en: 'Locked until' },
  submitted: { 'zh-CN': '待受理', en: 'New claims' },
  dueSoon: { 'zh-CN': '3日内到期', en: 'Due within 3 days' },
  overdue: { 'zh-CN': '已超期', en: 'Overdue' },
  urgent: { 'zh-CN': '特事急诊', en: 'Urgent' },
  legalAid: { 'zh-CN': '法律援助', en: 'Legal aid' },
  awaitingWorker: { 'zh-CN': '待劳动者签字/确认', en: 'Awaiting the worker' },
  number: { 'zh-CN': '案件编号', en: 'Case number' },
  status: { 'zh-CN': '状态', en: 'Status' },
  station: { 'zh-CN': '调解站', en: 'Station' },
  respondent: { 'zh-CN': '被申请人', en: 'Respondent' },
  amount: { 'zh-CN': '请求金额（元）', en: 'Amount (yuan)' },
  nextDue: { 'zh-CN': '最近期限', en: 'Next deadline' },
  filedAt: { 'zh-CN': '申请时间', en: 'Filed' },
  industry: { 'zh-CN': '行业', en: 'Industry' },
  claimType: { 'zh-CN': '请求事项', en: 'Claim type' },
  due: { 'zh-CN': '期限', en: 'Deadline' },
  search: { 'zh-CN': '编号或被申请人', en: 'Number or respondent' },
  yes: { 'zh-CN': '是', en: 'Yes' },
  no: { 'zh-CN': '否', en: 'No' },
  nextPage: { 'zh-CN': '下一页', en: 'Next page' },
  firstPage: { 'zh-CN': '第一页', en: 'First page' },
  claimant: { 'zh-CN': '申请人', en: 'Claimant' },
  name: { 'zh-CN': '姓名', en: 'Name' },
  idNumber: { 'zh-CN': '身份证号', en: 'ID number' },
  phone: { 'zh-CN': '电话', en: 'Phone' },
  reveal: { 'zh-CN': '查看完整信息', en: 'Reveal' },
  revealReason: { 'zh-CN': '查看原因（将记入审计日志）', en: 'Reason (it is written to the audit log)' },
  revealTitle: { 'zh-CN': '查看完整个人信息', en: 'Reveal personal data' },
  revealNote: { 'zh-CN': '此次查看将连同原因一并记录。', en: 'This reveal is recorded with its reason.' },
  creditCode: { 'zh-CN': '统一社会信用代码', en: 'Credit code' },
  partner: { 'zh-CN': '合作方/平台', en: 'Partner / platform' },
  outlet: { 'zh-CN': '网点', en: 'Outlet' },
  items: { 'zh-CN': '请求事项', en: 'Claim items' },
  period: { 'zh-CN': '期间', en: 'Period' },
  description: { 'zh-CN': '事实与理由', en: 'What happened' },
  evidence: { 'zh-CN': '证据材料', en: 'Evidence' },
  open: { 'zh-CN': '打开', en: 'Open' },
  timeline: { 'zh-CN': '办理经过', en: 'Timeline' },
  deadlines: { 'zh-CN': '法定期限', en: 'Legal deadlines' },
  basis: { 'zh-CN': '依据', en: 'Legal basis' },
  from: { 'zh-CN': '起算日', en: 'From' },
  dueDate: { 'zh-CN': '付款日期', en: 'Pay by' },
  notRunning: { 'zh-CN': '本阶段不再计算', en: 'no longer running' },
  messages: { 'zh-CN': '与劳动者的消息', en: 'Messages with the worker' },
  notes: { 'zh-CN': '内部备注', en: 'Internal notes' },
  send: { 'zh-CN': '发送', en: 'Send' },
  addNote: { 'zh-CN': '添加备注', en: 'Add note' },
  messagePlaceholder: { 'zh-CN': '给劳动者的消息（对方可见）', en: 'Message to the worker (they see it)' },
  notePlaceholder: { 'zh-CN': '仅工作人员可见', en: 'Staff only' },
  related: { 'zh-CN': '关联案件（同一被申请人）', en: 'Linked cases (same respondent)' },
  none: { 'zh-CN': '无', en: 'None' },
  actions: { 'zh-CN': '可办理事项', en: 'Actions' },
  noActions: { 'zh-CN': '当前没有可办理的事项', en: 'Nothing to do now' },
  reason: { 'zh-CN': '原因/说明', en: 'Reason' },
  stale: {
    'zh-CN': '案件已被他人更新，页面已刷新，请查看后重试。',
    en: 'Someone else changed this case; the page has been reloaded. Check and try again.',
  },
  done: { 'zh-CN': '已办理', en: 'Done' },
  agreement: { 'zh-CN': '调解协议', en: 'Agreement' },
  downloadPdf: { 'zh-CN': '下载协议PDF', en: 'Download agreement PDF' },
  sessions: { 'zh-CN': '调解安排', en: 'Sessions' },
  notifications: { 'zh-CN': '已通知劳动者', en: 'Worker notifications' },
  routing: { 'zh-CN': '分流', en: 'Routing' },
  payer: { 'zh-CN': '支付方', en: 'Payer' },
  effectiveOn: { 'zh-CN': '生效日', en: 'Effective on' },
  paymentMethod: { 'zh-CN': '支付方式', en: 'Payment method' },
  paidYuan: { 'zh-CN': '已付金额（元）', en: 'Paid (yuan)' },
  paidOn: { 'zh-CN': '付款日期', en: 'Paid on' },
  toStation: { 'zh-CN': '移交至', en: 'To station' },
  outletPick: { 'zh-CN': '企业网点', en: 'Outlet' },
  startsAt: { 'zh-CN': '时间', en: 'Time' },
  mode: { 'zh-CN': '方式', en: 'Mode' },
  onSite: { 'zh-CN': '现场', en: 'On site' },
  online: { 'zh-CN': '线上', en: 'Online' },
  address: { 'zh-CN': '地址', en: 'Address' },
  link: { 'zh-CN': '会议链接', en: 'Meeting link' },
  attendees: { 'zh-CN': '参加人员', en: 'Attendees' },
  side: { 'zh-CN': '身份', en: 'Side' },
  add: { 'zh-CN': '添加', en: 'Add' },
  session: { 'zh-CN': '场次', en: 'Session' },
  present: { 'zh-CN': '到场人员', en: 'Present' },
  participants: { 'zh-CN': '参与人员', en: 'Participants' },
  plan: { 'zh-CN': '一案一策方案', en: 'One-case plan' },
  lawyer: { 'zh-CN': '律师', en: 'Lawyer' },
  lawyerId: { 'zh-CN': '律师账号ID', en: 'Lawyer account id' },
  authority: { 'zh-CN': '确认机关', en: 'Authority' },
  documentNumber: { 'zh-CN': '文书编号', en: 'Document number' },
  decidedOn: { 'zh-CN': '决定日期', en: 'Decided on' },
  court: { 'zh-CN': '执行法院', en: 'Court' },
  enforcementCaseNumber: { 'zh-CN': '执行案号', en: 'Enforcement case number' },
  appliedOn: { 'zh-CN': '申请日期', en: 'Applied on' },
  kind: { 'zh-CN': '类型', en: 'Kind' },
  area: { 'zh-CN': '区域', en: 'Area' },
  hours: { 'zh-CN': '办公时间', en: 'Hours' },
  active: { 'zh-CN': '启用', en: 'Active' },
  qrPoster: { 'zh-CN': '二维码海报', en: 'QR poster' },
  downloadPng: { 'zh-CN': '下载海报PNG', en: 'Download poster PNG' },
  downloadPoster: { 'zh-CN': '下载海报PDF（A4）', en: 'Download poster PDF (A4)' },
  posterLine: { 'zh-CN': '微信或手机相机扫码，填写申请', en: 'Scan with WeChat or a phone camera to file a claim' },
  count: { 'zh-CN': '案件数', en: 'Cases' },
  workers: { 'zh-CN': '涉及劳动者', en: 'Workers' },
  total: { 'zh-CN': '涉及金额（元）', en: 'Total (yuan)' },
  window: { 'zh-CN': '时间范围', en: 'Window' },
  days: { 'zh-CN': '天', en: 'days' },
  warningsHint: {
    'zh-CN': '同一被申请人在短期内出现多起申请时列出，以便提前介入、防止群体性事件。',
    en: 'Respondents with several claims in a short time, so the station can step in early.',
  },
  language: { 'zh-CN': 'English', en: '中文' },
  notFound: { 'zh-CN': '没有找到该案件，或您无权查看。', en: 'This case does not exist or is not yours to see.' },
  back: { 'zh-CN': '返回案件列表', en: 'Back to cases' },
  retry: { 'zh-CN': '重试', en: 'Retry' },
  cancel: { 'zh-CN': '取消', en: 'Cancel' },
  ok: { 'zh-CN': '确定', en: 'OK' },
  signature: { 'zh-CN': '劳动者已签字', en: 'Signed by the worker' },
  outletConsent: { 'zh-CN': '同意交网点协商', en: 'Consent to the outlet' },
  outletConsentGiven: {
    'zh-CN': '劳动者已单独同意把案件提供给单位网点协商。',
    en: "The worker separately agreed to share the case with the employer's outlet.",
  },
  inbox: { 'zh-CN': '站内信', en: 'Inbox' },
  read: { 'zh-CN': '已读', en: 'read' },
  unread: { 'zh-CN': '未读', en: 'unread' },
  wechat: { 'zh-CN': '微信', en: 'WeChat' },
  sms: { 'zh-CN': '短信', en: 'SMS' },
  delivery_pending: { 'zh-CN': '待发送', en: 'pending' },
  delivery_sent: { 'zh-CN': '已送达', en: 'sent' },
  delivery_failed: { 'zh-CN': '发送失败', en: 'failed' },
  delivery_skipped: { 'zh-CN': '未绑定', en: 'not linked' },
  staff: { 'zh-CN': '人员账号', en: 'Staff accounts' },
  audit: { 'zh-CN': '审计日志', en: 'Audit log' },
  role: { 'zh-CN': '角色', en: 'Role' },
  disabled: { 'zh-CN': '已停用', en: 'Disabled' },
  locked: { 'zh-CN': '已锁定', en: 'Locked' },
  lastLogin: { 'zh-CN': '最近登录', en: 'Last sign-in' },
  resetPassword: { 'zh-CN': '重置密码', en: 'Reset password' },
  newPassword: { 'zh-CN': '新密码', en: 'New password' },
  staffPhone: { 'zh-CN': '手机号（接收预警短信）', en: 'Mobile (for warning texts)' },
  setPhone: { 'zh-CN': '设置手机号', en: 'Set mobile' },
  phoneInvalid: { 'zh-CN': '请填写11位大陆手机号', en: 'Enter an 11-digit mainland mobile number' },
  phoneHelp: {
    'zh-CN': '早期预警会用短信发给设置了手机号的监管人员；留空则删除。',
    en: 'Early warnings are texted to supervisors who have a mobile set; leave empty to remove it.',
  },
  passwordRule: {
    'zh-CN': '至少10位，包含字母和数字，不含用户名。重置后该账号需重新登录。',
    en: 'At least 10 characters with letters and digits, not containing the username. The account must sign in again.',
  },
  weakPassword: { 'zh-CN': '密码强度不足', en: 'Password too weak' },
  usernameRule: { 'zh-CN': '3-64位小写字母、数字或 . _ -', en: '3-64 of a-z 0-9 . _ -' },
  newAccount: { 'zh-CN': '新建账号', en: 'New account' },
  enable: { 'zh-CN': '启用', en: 'Enable' },
  disable: { 'zh-CN': '停用', en: 'Disable' },
  enableConfirm: { 'zh-CN': '启用该账号？', en: 'Enable this account?' },
  disableConfirm: {
    'zh-CN': '停用后该账号立即退出且不能登录，确定？',
    en: 'The account is signed out at once and cannot sign in. Disable?',
  },
  time: { 'zh-CN': '时间', en: 'Time' },
  when: { 'zh-CN': '时间范围', en: 'Time range' },
  action: { 'zh-CN': '操作', en: 'Action' },
  actor: { 'zh-CN': '操作人', en: 'By' },
  target: { 'zh-CN': '对象', en: 'Target' },
  detail: { 'zh-CN': '详情', en: 'Detail' },
  auditReveals: { 'zh-CN': '查看个人信息', en: 'Personal data reveals' },
  auditStaff: { 'zh-CN': '账号与登录', en: 'Accounts and sign-ins' },
  auditStations: { 'zh-CN': '站点变更', en: 'Station changes' },
  auditEvidence: { 'zh-CN': '敏感证据同意', en: 'Sensitive evidence consents' },
  auditCases: { 'zh-CN': '案件（含到期删除）', en: 'Cases (incl. retention purges)' },
  auditPdf: { 'zh-CN': '生成协议文书', en: 'Agreement documents' },
  filedRange: { 'zh-CN': '申请日期', en: 'Filed between' },
  newStation: { 'zh-CN': '新增下级站点', en: 'Add a station below' },
  edit: { 'zh-CN': '编辑', en: 'Edit' },
  stationName: { 'zh-CN': '站点名称', en: 'Name' },
  stationNameEn: { 'zh-CN': '英文名称', en: 'English name' },
  code: { 'zh-CN': '站点编码（二维码用）', en: 'Code (in the QR)' },
  mediationTypes: { 'zh-CN': '调解类型', en: 'Mediation types' },
  openCases: { 'zh-CN': '打开案件列表', en: 'Open the queue' },
  ...ARBITRATION_WORDS,
  ...CASE_WORDS,
  ...FAIRNESS_WORDS,
  ...FIGURES_WORDS,
  ...KNOWLEDGE_WORDS,
  ...RESPOND_WORDS,
  ...RESPONDENT_WORDS,
  ...STATS_WORDS,
} satisfies Record<string, Label>;

export type WordKey = keyof typeof WORDS;

interface I18n {
  locale: Locale;
  t: (key: WordKey) => string;
  /** A shared label in the page's language. */
  l: (label: Label | undefined) => string;
  toggle: () => void;
}

const Ctx = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, set] = useState<Locale>(() => (localStorage.getItem('gig.admin.locale') === 'en' ? 'en' : 'zh-CN'));
  setLocale(locale);
  useEffect(() => {
    localStorage.setItem('gig.admin.locale', locale);
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({
      locale,
      t: (key) => WORDS[key][locale],
      l: (label) => (label ? label[locale] : ''),
      toggle: () => set((x) => (x === 'en' ? 'zh-CN' : 'en')),
    }),
    [locale],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
