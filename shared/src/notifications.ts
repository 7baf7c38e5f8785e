import type { Label, Locale } from './labels';
import { DEADLINE_KIND_LABELS, type DeadlineKind } from './case/deadlines';

/**
 * What the worker is told, and when (issue 3: accepted, rejected, transferred, session scheduled,
 * agreement ready to sign, deadline near, case closed; plus a station's message). The same words
 * serve the in-app inbox, the WeChat subscribe message and the SMS, so they are written once here.
 */
export const NOTIFICATION_KINDS = [
  'case_accepted',
  'case_rejected',
  'case_transferred',
  'session_scheduled',
  'agreement_to_sign',
  'deadline_near',
  'case_closed',
  'station_message',
  'case_dispatched',
  'outlet_replied',
  'settlement_proposed',
  'outlet_returned',
  'lawyer_assigned',
  'legal_aid_declined',
  'arbitration_filed',
  'arbitration_accepted',
  'arbitration_refused',
  'hearing_scheduled',
  'award_made',
  'follow_up',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Values a notification's words are filled from; all optional, all plain text. */
export interface NotificationParams {
  caseNumber?: string;
  stationName?: string;
  stationPhone?: string | null;
  reason?: string | null;
  sessionAt?: string;
  sessionPlace?: string;
  deadlineKind?: DeadlineKind;
  due?: string;
  daysLeft?: number;
  /** The legal-aid lawyer assigned. */
  lawyerName?: string;
  /** The respondent's outlet the case was dispatched to. */
  outletName?: string;
  /** The next legal date the words name (an award's due date, a window's end). */
  until?: string;
}

interface KindText {
  title: Label;
  /** Short status word for WeChat's `phrase` field (at most 5 Chinese characters). */
  phrase: string;
  body(p: NotificationParams, lang: Locale): string;
}

const station = (p: NotificationParams, lang: Locale) => p.stationName ?? (lang === 'en' ? 'the station' : '调解站');
const outlet = (p: NotificationParams, lang: Locale) =>
  p.outletName ?? (lang === 'en' ? 'the employer’s outlet' : '企业网点');
const contact = (p: NotificationParams, lang: Locale) =>
  p.stationPhone ? (lang === 'en' ? ` Phone: ${p.stationPhone}.` : `电话：${p.stationPhone}。`) : '';

export const NOTIFICATION_TEXT: { readonly [K in NotificationKind]: KindText } = {
  case_accepted: {
    title: { 'zh-CN': '您的申请已受理', en: 'Your claim was accepted' },
    phrase: '已受理',
    body: (p, l) =>
      l === 'en'
        ? `${station(p, l)} accepted case ${p.caseNumber}. A mediator will contact you; mediation should finish within 15 days.${contact(p, l)}`
        : `${station(p, l)}已受理案件${p.caseNumber}，调解员会联系您，调解一般在15日内完成。${contact(p, l)}`,
  },
  case_rejected: {
    title: { 'zh-CN': '您的申请未被受理', en: 'Your claim was not accepted' },
    phrase: '未受理',
    body: (p, l) =>
      l === 'en'
        ? `${station(p, l)} did not accept case ${p.caseNumber}. Reason: ${p.reason ?? '—'}. You can correct it and file again, or ask the station.${contact(p, l)}`
        : `${station(p, l)}未受理案件${p.caseNumber}。原因：${p.reason ?? '—'}。您可以修改后重新提交，或联系调解站。${contact(p, l)}`,
  },
  case_transferred: {
    title: { 'zh-CN': '您的案件已转到其他调解站', en: 'Your case moved to another station' },
    phrase: '已转办',
    body: (p, l) =>
      l === 'en'
        ? `Case ${p.caseNumber} is now with ${station(p, l)}. Reason: ${p.reason ?? '—'}.${contact(p, l)}`
        : `案件${p.caseNumber}已转至${station(p, l)}办理。原因：${p.reason ?? '—'}。${contact(p, l)}`,
  },
  session_scheduled: {
    title: { 'zh-CN': '调解时间已安排', en: 'A mediation session is scheduled' },
    phrase: '待调解',
    body: (p, l) =>
      l === 'en'
        ? `Case ${p.caseNumber}: mediation on ${p.sessionAt ?? '—'} at ${p.sessionPlace ?? '—'}. Please come on time and bring your evidence.${contact(p, l)}`
        : `案件${p.caseNumber}：调解时间${p.sessionAt ?? '—'}，地点${p.sessionPlace ?? '—'}。请按时参加并带上证据材料。${contact(p, l)}`,
  },
  agreement_to_sign: {
    title: { 'zh-CN': '调解协议待您签字', en: 'The agreement is ready for you to sign' },
    phrase: '待签字',
    body: (p, l) =>
      l === 'en'
        ? `Case ${p.caseNumber}: an agreement was reached. Open the case to read and sign it.`
        : `案件${p.caseNumber}已达成调解协议，请打开案件查看并签字确认。`,
  },
  deadline_near: {
    title: { 'zh-CN': '期限即将届满', en: 'A deadline is near' },
    phrase: '期限提醒',
    body: (p, l) => {
      const what = p.deadlineKind ? DEADLINE_KIND_LABELS[p.deadlineKind][l] : '';
      return l === 'en'
        ? `Case ${p.caseNumber}: ${what} ends on ${p.due} (${p.daysLeft} days left). Open the case to see what to do.`
        : `案件${p.caseNumber}：${what}将于${p.due}届满（剩余${p.daysLeft}天），请打开案件查看需要做什么。`;
    },
  },
  case_closed: {
    title: { 'zh-CN': '案件已结案', en: 'Your case is closed' },
    phrase: '已结案',
    body: (p, l) =>
      l === 'en' ? `Case ${p.caseNumber} is closed.${contact(p, l)}` : `案件${p.caseNumber}已结案。${contact(p, l)}`,
  },
  station_message: {
    title: { 'zh-CN': '调解站给您发来消息', en: 'A message from the station' },
    phrase: '新消息',
    body: (p, l) =>
      l === 'en'
        ? `Case ${p.caseNumber}: ${station(p, l)} sent you a message. Open the case to read it.`
        : `案件${p.caseNumber}：${station(p, l)}给您发来消息，请打开案件查看。`,
  },
  case_dispatched: {
    title: { 'zh-CN': '案件已交企业网点协商', en: 'Your case went to the employer’s outlet' },
    phrase: '网点协商',
    body: (p, l) =>
      l === 'en'
        ? `As you agreed, case ${p.caseNumber} went to ${outlet(p, l)} to settle. It must answer by ${p.until ?? '—'}; otherwise the station takes the case back.`
        : `按您的同意，案件${p.caseNumber}已交${outlet(p, l)}协商，网点应在${p.until ?? '—'}前答复；逾期未答复的，案件自动收回调解站。`,
  },
  outlet_replied: {
    title: { 'zh-CN': '企业网点已答复', en: 'The outlet answered' },
    phrase: '网点已答复',
    body: (p, l) =>
      l === 'en'
        ? `Case ${p.caseNumber}: ${outlet(p, l)} gave its account of the facts. Open the case to read it.`
        : `案件${p.caseNumber}：${outlet(p, l)}已答复，请打开案件查看。`,
  },
  settlement_proposed: {
    title: { 'zh-CN': '网点提出了和解方案', en: 'The outlet made an offer' },
    phrase: '待您确认',
    body: (p, l) =>
      l === 'en'
        ? `Case ${p.caseNumber}: ${outlet(p, l)} offers a settlement. Open the case to compare it with your claim, then accept or decline.`
        : `案件${p.caseNumber}：${outlet(p, l)}提出了和解方案，请打开案件与您的请求对比后选择同意或不同意。`,
  },
  outlet_returned: {
    title: { 'zh-CN': '案件已收回调解站', en: 'The station has your case back' },
    phrase: '已收回',
    body: (p, l) =>
      l === 'en'
        ? `Case ${p.caseNumber} was not settled at the outlet and is back with ${station(p, l)}, which will mediate.${p.reason ? ` Reason: ${p.reason}.` : ''}${contact(p, l)}`
        : `案件${p.caseNumber}未在网点协商解决，已收回${station(p, l)}继续调解。${p.reason ? `原因：${p.reason}。` : ''}${contact(p, l)}`,
  },
  lawyer_assigned: {
    title: { 'zh-CN': '法律援助律师已指派', en: 'A legal-aid lawyer is assigned' },
    phrase: '已指派律师',
    body: (p, l) =>
      l === 'en'
        ? `Case ${p.caseNumber}: legal-aid lawyer ${p.lawyerName ?? '—'} will help you, free of charge. You can message them in the case.`
        : `案件${p.caseNumber}：法律援助律师${p.lawyerName ?? '—'}将免费为您提供帮助，可以在案件中给律师留言。`,
  },
  legal_aid_declined: {
    title: { 'zh-CN': '法律援助申请未获批准', en: 'Legal aid was not granted' },
    phrase: '未获援助',
    body: (p, l) =>
      l === 'en'
        ? `Case ${p.caseNumber}: the legal-aid desk did not grant legal aid. Reason: ${p.reason ?? '—'}. Your case goes on; you may ask again if your situation changes.`
        : `案件${p.caseNumber}：法律援助站未批准您的申请。原因：${p.reason ?? '—'}。您的案件继续办理；情况有变化的，可以再次申请。`,
  },
  arbitration_filed: {
    title: { 'zh-CN': '仲裁申请已送达仲裁院', en: 'Your arbitration application reached the institution' },
    phrase: '已申请仲裁',
    body: (p, l) =>
      l === 'en'
        ? `Case ${p.caseNumber} and its whole file are now with ${station(p, l)}. It decides within 5 days whether to accept it (by ${p.until ?? '—'}). Download the application in the case, check it and sign it.${contact(p, l)}`
        : `案件${p.caseNumber}及全部材料已交${station(p, l)}，仲裁院应在${p.until ?? '—'}前决定是否受理。请在案件中下载《仲裁申请书》核对并签字。${contact(p, l)}`,
  },
  arbitration_accepted: {
    title: { 'zh-CN': '仲裁申请已受理', en: 'Your arbitration application was accepted' },
    phrase: '仲裁已立案',
    body: (p, l) =>
      l === 'en'
        ? `${station(p, l)} accepted case ${p.caseNumber}. The award is due by ${p.until ?? '—'}; you will be told the hearing date.${contact(p, l)}`
        : `${station(p, l)}已受理案件${p.caseNumber}，应在${p.until ?? '—'}前作出裁决，开庭时间另行通知。${contact(p, l)}`,
  },
  arbitration_refused: {
    title: { 'zh-CN': '仲裁申请未被受理', en: 'Your arbitration application was not accepted' },
    phrase: '不予受理',
    body: (p, l) =>
      l === 'en'
        ? `${station(p, l)} did not accept case ${p.caseNumber}. Reason: ${p.reason ?? '—'}. You may sue in the people's court (LDMAL art 29).${contact(p, l)}`
        : `${station(p, l)}不予受理案件${p.caseNumber}。原因：${p.reason ?? '—'}。您可以向人民法院起诉（劳动争议调解仲裁法第29条）。${contact(p, l)}`,
  },
  hearing_scheduled: {
    title: { 'zh-CN': '仲裁开庭时间已确定', en: 'The arbitration hearing is scheduled' },
    phrase: '待开庭',
    body: (p, l) =>
      l === 'en'
        ? `Case ${p.caseNumber}: hearing on ${p.sessionAt ?? '—'} at ${p.sessionPlace ?? '—'}. Bring the originals of your evidence. To ask for a postponement, do so at least 3 days before.${contact(p, l)}`
        : `案件${p.caseNumber}：开庭时间${p.sessionAt ?? '—'}，地点${p.sessionPlace ?? '—'}。请带齐证据原件按时到庭；需要延期的，应在开庭3日前提出。${contact(p, l)}`,
  },
  follow_up: {
    title: { 'zh-CN': '结案回访：问题解决了吗？', en: 'Follow-up: was it resolved?' },
    phrase: '结案回访',
    body: (p, l) =>
      l === 'en'
        ? `Case ${p.caseNumber} was closed a week ago. Did the money arrive, is the problem solved? Open the case to answer; if not, you can ask to mediate again until ${p.until ?? '—'}.${contact(p, l)}`
        : `案件${p.caseNumber}已结案一周。款项收到了吗？问题解决了吗？请打开案件回答；没有解决的，可在${p.until ?? '—'}前申请重新调解。${contact(p, l)}`,
  },
  award_made: {
    title: { 'zh-CN': '仲裁裁决已作出', en: 'The award is made' },
    phrase: '已裁决',
    body: (p, l) =>
      l === 'en'
        ? `Case ${p.caseNumber}: ${station(p, l)} made its award. If you disagree you may sue by ${p.until ?? '—'}. Open the case to see each item and its time limits.`
        : `案件${p.caseNumber}：${station(p, l)}已作出裁决。不服的，可在${p.until ?? '—'}前向法院起诉。请打开案件查看各项裁决及期限。`,
  },
};

/** The title and words of a notification in one language. */
export function notificationText(
  kind: NotificationKind,
  params: NotificationParams,
  lang: Locale,
): { title: string; body: string } {
  const t = NOTIFICATION_TEXT[kind];
  return { title: t.title[lang], body: t.body(params, lang) };
}

export const NOTIFICATION_CHANNELS = ['wechat', 'sms'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
/** pending: waiting for its (next) attempt; sent; failed: gave up after the last attempt; skipped: the channel cannot reach this worker. */
export const DELIVERY_STATUSES = ['pending', 'sent', 'failed', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** What staff are told about a case that concerns them, in their notice list on the staff page. */
export const STAFF_NOTICE_TEXT = {
  case_dispatched: {
    'zh-CN': '调解站把一件案件派给您的网点协商，请在期限内答复。',
    en: 'The station dispatched a case to your outlet to settle: answer it in time.',
  },
  case_reopened: {
    'zh-CN': '劳动者反映结案后问题没有解决，案件已回到本站重新调解，请尽快联系。',
    en: 'The worker says the problem was not solved after closing: the case is back at your station to mediate again; contact them soon.',
  },
  consultation_invited: {
    'zh-CN': '您被列为一件案件特事急诊（联合会商）的参加人，可以查看案件和一案一策。',
    en: 'You are a participant of an urgent joint consultation on a case: you can read it and its plan.',
  },
  early_warning: {
    'zh-CN': '预警：同一被申请人短期内被多名劳动者申请调解，请查看被申请人页面，防止演变为群体性事件。',
    en: 'Early warning: several workers filed claims against one respondent in a short time. Open the respondent page before it becomes a mass incident.',
  },
} as const satisfies Record<string, Label>;
export type StaffNoticeKind = keyof typeof STAFF_NOTICE_TEXT;
export const STAFF_NOTICE_KINDS = Object.keys(STAFF_NOTICE_TEXT) as StaffNoticeKind[];
