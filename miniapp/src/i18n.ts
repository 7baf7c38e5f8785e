import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { Label, Locale } from '@gig/shared';
import { dropBootFrame } from './platform';
import { useCare } from './care';
import { TABS } from './tabs';

const WORDS = {
  appName: { 'zh-CN': '劳动争议一站式调解', en: 'Labour dispute help' },
  intro: {
    'zh-CN': '工资被拖欠、被乱罚款、受伤没人管？在线申请，调解员帮您免费调解。',
    en: 'Unpaid wages, unfair fines, an injury nobody pays for? Apply here; a mediator helps you for free.',
  },
  scan: { 'zh-CN': '扫一扫调解站二维码', en: 'Scan a station’s QR code' },
  scanHelp: {
    'zh-CN': '用手机相机或微信扫描调解站张贴的二维码，即可打开申请页面。',
    en: 'Scan the QR code posted at a mediation station with your phone camera or WeChat to open the form.',
  },
  start: { 'zh-CN': '开始申请调解', en: 'Start a claim' },
  continueDraft: { 'zh-CN': '继续填写上次的申请', en: 'Continue your saved claim' },
  myCases: { 'zh-CN': '我的案件', en: 'My cases' },
  stations: { 'zh-CN': '调解站点', en: 'Mediation stations' },
  language: { 'zh-CN': 'English', en: '中文' },
  unknownStation: {
    'zh-CN': '没有找到这个调解站，可能二维码已失效。请从下面的站点中选择。',
    en: 'We could not find this station; the QR code may be old. Choose a station below.',
  },
  inactiveStation: {
    'zh-CN': '这个调解站暂停受理，请选择其他站点。',
    en: 'This station is not taking claims now. Choose another.',
  },
  address: { 'zh-CN': '地址', en: 'Address' },
  hours: { 'zh-CN': '时间', en: 'Hours' },
  phone: { 'zh-CN': '电话', en: 'Phone' },
  signIn: { 'zh-CN': '登录', en: 'Sign in' },
  signInWhy: {
    'zh-CN': '登录后才能提交申请、查看进度。您填写的内容已保存在手机上。',
    en: 'Sign in to send your claim and follow it. What you typed is saved on this phone.',
  },
  wechatSignIn: { 'zh-CN': '微信一键登录', en: 'Sign in with WeChat' },
  mobile: { 'zh-CN': '手机号', en: 'Mobile number' },
  mobileHint: { 'zh-CN': '11位手机号', en: '11-digit mobile number' },
  code: { 'zh-CN': '短信验证码', en: 'SMS code' },
  sendCode: { 'zh-CN': '获取验证码', en: 'Send code' },
  resendIn: { 'zh-CN': '秒后可重发', en: 's to resend' },
  next: { 'zh-CN': '下一步', en: 'Next' },
  back: { 'zh-CN': '上一步', en: 'Back' },
  submit: { 'zh-CN': '提交申请', en: 'Send my claim' },
  required: { 'zh-CN': '请填写', en: 'Required' },
  stepStation: { 'zh-CN': '选择调解站', en: 'The station' },
  stepYou: { 'zh-CN': '您的信息', en: 'About you' },
  stepWork: { 'zh-CN': '工作和单位', en: 'Your work' },
  stepClaim: { 'zh-CN': '您要什么', en: 'What you claim' },
  stepStory: { 'zh-CN': '发生了什么和证据', en: 'What happened, evidence' },
  stepReview: { 'zh-CN': '核对并提交', en: 'Check and send' },
  name: { 'zh-CN': '真实姓名', en: 'Full name' },
  idNumber: { 'zh-CN': '身份证号', en: 'ID card number' },
  industry: { 'zh-CN': '您做哪一行', en: 'Your line of work' },
  workMode: { 'zh-CN': '您怎么接活', en: 'How you get work' },
  area: { 'zh-CN': '您在哪个区县干活', en: 'Where you work' },
  areaHint: { 'zh-CN': '不在上面的，可以填区县代码（6位数字）', en: 'Not listed? Type the 6-digit area code' },
  respondent: { 'zh-CN': '公司或平台名称', en: 'Company or platform' },
  respondentHint: {
    'zh-CN': '写合同、工资条或App上的名称。如果平台通过配送站、劳务公司管理您，请两个都写。',
    en: 'As on your contract, payslip or app. If a platform manages you through a depot or agency, name both.',
  },
  partner: { 'zh-CN': '合作方（配送站、劳务公司等，可不填）', en: 'Partner (depot, agency; optional)' },
  creditCode: { 'zh-CN': '统一社会信用代码（可不填）', en: 'Credit code (optional)' },
  outlet: { 'zh-CN': '网点/站点名称（可不填）', en: 'Outlet or depot (optional)' },
  claimType: { 'zh-CN': '要什么', en: 'What' },
  amount: { 'zh-CN': '金额（元）', en: 'Amount (yuan)' },
  amountHint: { 'zh-CN': '只填数字，例如 3500', en: 'Numbers only, e.g. 3500' },
  addItem: { 'zh-CN': '再加一项', en: 'Add another' },
  remove: { 'zh-CN': '删除', en: 'Remove' },
  incidentDate: { 'zh-CN': '事情发生的日期', en: 'When it happened' },
  description: { 'zh-CN': '发生了什么（至少10个字）', en: 'What happened (10 characters or more)' },
  descriptionHint: {
    'zh-CN': '写清楚：什么时候、谁、欠多少、您做过什么',
    en: 'When, who, how much is owed, what you did about it',
  },
  evidence: { 'zh-CN': '证据（照片、截图）', en: 'Evidence (photos, screenshots)' },
  addPhotos: { 'zh-CN': '添加照片或截图', en: 'Add photos or screenshots' },
  uploading: { 'zh-CN': '上传中', en: 'Uploading' },
  uploaded: { 'zh-CN': '已上传', en: 'Uploaded' },
  uploadFailed: { 'zh-CN': '上传失败，点此重试', en: 'Upload failed; tap to retry' },
  retry: { 'zh-CN': '重试', en: 'Try again' },
  legalAid: { 'zh-CN': '我需要法律援助（免费律师）', en: 'I need legal aid (a free lawyer)' },
  channel: { 'zh-CN': '想去哪里调解', en: 'Where to mediate' },
  channelAssoc: { 'zh-CN': '行业协会调解站：懂行业，调解快', en: 'Industry association: knows the trade, quick' },
  channelGov: {
    'zh-CN': '政府调解中心：可选工会、人民调解或仲裁前调解',
    en: 'Government centre: union, people’s or pre-arbitration mediation',
  },
  channelAny: { 'zh-CN': '都可以，按推荐', en: 'Either, as suggested' },
  suggestion: { 'zh-CN': '系统推荐', en: 'Suggested' },
  draftSaved: { 'zh-CN': '已自动保存在本机', en: 'Saved on this phone' },
  received: { 'zh-CN': '申请已提交', en: 'Your claim was sent' },
  caseNumber: { 'zh-CN': '案件编号', en: 'Case number' },
  whatNext: { 'zh-CN': '接下来', en: 'What happens next' },
  firstDeadline: { 'zh-CN': '最近的期限', en: 'First deadline' },
  viewCase: { 'zh-CN': '查看案件', en: 'Open my case' },
  noCases: { 'zh-CN': '还没有案件', en: 'No cases yet' },
  station: { 'zh-CN': '办理站点', en: 'Handled by' },
  deadlines: { 'zh-CN': '期限', en: 'Deadlines' },
  daysLeft: { 'zh-CN': '天后到期', en: 'days left' },
  overdue: { 'zh-CN': '已到期', en: 'passed' },
  timeline: { 'zh-CN': '办理经过', en: 'What has happened' },
  actions: { 'zh-CN': '您现在可以', en: 'You can now' },
  messages: { 'zh-CN': '和调解员的消息', en: 'Messages with the station' },
  send: { 'zh-CN': '发送', en: 'Send' },
  messageHint: { 'zh-CN': '有问题可以在这里留言', en: 'Ask the station here' },
  reason: { 'zh-CN': '原因', en: 'Reason' },
  me: { 'zh-CN': '我的', en: 'Me' },
  myProfile: { 'zh-CN': '我的资料', en: 'My details' },
  workLogTitle: { 'zh-CN': '我的工作记录', en: 'My work record' },
  signOut: { 'zh-CN': '退出登录', en: 'Sign out' },
  notSignedIn: { 'zh-CN': '未登录', en: 'Not signed in' },
  done: { 'zh-CN': '已完成', en: 'Done' },
  confirm: { 'zh-CN': '确定', en: 'OK' },
  pullToRefresh: { 'zh-CN': '下拉可刷新', en: 'Pull down to refresh' },
  noStationYet: {
    'zh-CN': '还没有选调解站：提交后系统会按您的行业和地区推荐最合适的站点。',
    en: 'No station chosen yet: we will suggest the right one from your work and district.',
  },
  changeStation: { 'zh-CN': '换一个调解站', en: 'Choose another station' },
  keepStation: { 'zh-CN': '不换了', en: 'Keep this one' },
  stationAny: { 'zh-CN': '不指定，由系统按行业和地区推荐', en: 'No preference: suggest one from my work and district' },
  mediationType: { 'zh-CN': '选哪种调解（可不选）', en: 'Which kind of mediation (optional)' },
  datePlaceholder: { 'zh-CN': '选择日期', en: 'Pick a date' },
  cancel: { 'zh-CN': '取消', en: 'Cancel' },
  dueToday: { 'zh-CN': '今天到期', en: 'Due today' },
  sessions: { 'zh-CN': '调解会', en: 'Mediation sessions' },
  online: { 'zh-CN': '线上', en: 'Online' },
  onSite: { 'zh-CN': '地点', en: 'Where' },
  all: { 'zh-CN': '全部', en: 'All' },
  nearMe: { 'zh-CN': '离我最近', en: 'Nearest' },
  noLocation: {
    'zh-CN': '没能获取您的位置，可以按区县查找。',
    en: 'Could not get your location; choose a district instead.',
  },
  evidenceWhat: {
    'zh-CN': '先选材料类型，再添加照片或截图：',
    en: 'Choose what it is, then add photos or screenshots:',
  },
  sensitiveTitle: { 'zh-CN': '敏感个人信息', en: 'Sensitive personal information' },
  agreeUpload: { 'zh-CN': '同意上传', en: 'Agree' },
  dontUpload: { 'zh-CN': '不上传', en: 'Not now' },
  alreadyAdded: { 'zh-CN': '这份材料已经添加过了', en: 'This file is already added' },
  inbox: { 'zh-CN': '通知', en: 'Notifications' },
  inboxTitle: { 'zh-CN': '消息', en: 'Messages' },
  outletConsent: {
    'zh-CN': '同意先交给单位网点协商（可不选）',
    en: 'Agree to the company’s outlet settling first (optional)',
  },
  outletConsentWhy: {
    'zh-CN': '调解站可以先把案件交给单位的网点协商，通常更快。需要您单独同意。',
    en: 'The station can let the company’s outlet try to settle first, often quicker. It needs your separate consent.',
  },
  outletConsentGive: { 'zh-CN': '查看并同意', en: 'Read and agree' },
  agree: { 'zh-CN': '同意', en: 'Agree' },
  claimTitle: { 'zh-CN': '申请调解', en: 'File a claim' },
  caseTitle: { 'zh-CN': '案件详情', en: 'My case' },
  stationTitle: { 'zh-CN': '调解站', en: 'Mediation station' },
  // The calculator page's own words are in calc-words.ts; these are its entries and title.
  calcTitle: { 'zh-CN': '算一算能要多少', en: 'What may I claim?' },
  calcEntry: { 'zh-CN': '算一算我能要多少钱', en: 'What may I claim? Work it out' },
  careOn: { 'zh-CN': '关怀模式（大字）', en: 'Care mode (large text)' },
  careOff: { 'zh-CN': '退出关怀模式', en: 'Leave care mode' },
  // "Know your rights": the tab's title and the station page's entry (the pages' own words are in knowledge-words.ts).
  rights: { 'zh-CN': '知法懂法', en: 'Know your rights' },
  rightsEntry: { 'zh-CN': '不知道有没有理？先问一问', en: 'Not sure you have a case? Ask first' },
} satisfies Record<string, Label>;

export type WordKey = keyof typeof WORDS;

const KEY = 'gig.lang';
let current: Locale = (Taro.getStorageSync(KEY) as Locale) === 'en' ? 'en' : 'zh-CN';
const listeners = new Set<(l: Locale) => void>();
/** The browser's page language follows (the font for English and screen readers take it from there). */
const markLanguage = () => {
  if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') document.documentElement.lang = current;
};
markLanguage();

export function locale(): Locale {
  return current;
}
export function t(key: WordKey): string {
  return WORDS[key][current];
}
/**
 * The look-up for a page's own word table (case-words.ts, calc-words.ts…): a word in the current
 * language, with `{name}` replaced by `vars.name` where given.
 */
export function wordsOf<K extends string>(table: Record<K, Label>) {
  return (key: K, vars: Record<string, string | number> = {}): string =>
    table[key][current].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
export function l(label: Label | undefined): string {
  return label ? label[current] : '';
}
export function toggleLanguage(): void {
  current = current === 'en' ? 'zh-CN' : 'en';
  Taro.setStorageSync(KEY, current);
  markLanguage();
  for (const f of listeners) f(current);
  applyTabLabels();
}

/** The tab bar's words follow the language (app.config.ts starts with the Chinese ones). */
export function applyTabLabels(): void {
  TABS.forEach((tab, index) => void Taro.setTabBarItem({ index, text: tab.label[current] }).catch(() => undefined));
}

/**
 * Re-renders the page when the language changes; with `title`, also keeps the page's title (the
 * WeChat navigation bar, the browser tab) in the current language. Every page calls it.
 */
export function useLocale(title?: WordKey): Locale {
  const [v, set] = useState(current);
  // Care mode follows the same way: every page re-renders and marks its root when it changes.
  useCare();
  useEffect(() => {
    listeners.add(set);
    // Every page calls this: the first one to render replaces index.html's first frame.
    dropBootFrame();
    return () => void listeners.delete(set);
  }, []);
  useDidShow(() => {
    if (title) void Taro.setNavigationBarTitle({ title: WORDS[title][current] }).catch(() => undefined);
  });
  useEffect(() => {
    if (title) void Taro.setNavigationBarTitle({ title: WORDS[title][v] }).catch(() => undefined);
  }, [v, title]);
  return v;
}
