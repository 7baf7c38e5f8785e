import type { Label } from '../labels';

/** The legal periods the clock keeps, their names, and the article behind each (legal-rules.md). */
export type DeadlineKind =
  'mediation_window' | 'limitation' | 'judicial_confirmation' | 'arbitration_review' | 'agreed_payment';

/** What each period is called, for people. */
export const DEADLINE_KIND_LABELS: { readonly [K in DeadlineKind]: Label } = {
  mediation_window: { 'zh-CN': '15日调解期限', en: 'the 15-day mediation period' },
  limitation: { 'zh-CN': '劳动仲裁时效', en: 'the time limit to apply for arbitration' },
  judicial_confirmation: {
    'zh-CN': '申请司法确认的期限',
    en: 'the time limit to ask a court to confirm the agreement',
  },
  arbitration_review: {
    'zh-CN': '申请仲裁审查确认的期限',
    en: 'the time limit to ask for arbitration review of the agreement',
  },
  agreed_payment: { 'zh-CN': '协议约定的付款期限', en: 'the payment date in the agreement' },
};

export interface LegalBasis {
  law: Label;
  article: string;
  rule: Label;
}

export const DEADLINE_BASIS: { readonly [K in DeadlineKind]: LegalBasis } = {
  mediation_window: {
    law: { 'zh-CN': '劳动争议调解仲裁法', en: 'Labour Dispute Mediation and Arbitration Law' },
    article: '14',
    rule: {
      'zh-CN': '调解组织收到申请之日起15日内未达成协议的，可申请仲裁',
      en: 'No agreement within 15 days of the application being received: arbitration may be applied for',
    },
  },
  limitation: {
    law: { 'zh-CN': '劳动争议调解仲裁法', en: 'Labour Dispute Mediation and Arbitration Law' },
    article: '27',
    rule: {
      'zh-CN': '仲裁时效1年，自知道或应当知道权利被侵害之日起计算；申请调解等情形时效中断、重新计算',
      en: 'Arbitration must be applied for within 1 year of knowing of the infringement; a mediation application and similar acts restart it',
    },
  },
  judicial_confirmation: {
    law: { 'zh-CN': '人民调解法', en: 'People’s Mediation Law' },
    article: '33',
    rule: {
      'zh-CN': '调解协议生效之日起30日内，双方共同向法院申请司法确认',
      en: 'Both parties apply to a court for judicial confirmation within 30 days of the agreement taking effect',
    },
  },
  arbitration_review: {
    law: {
      'zh-CN': '劳动人事争议仲裁办案规则',
      en: 'Rules for Handling Labour and Personnel Dispute Arbitration Cases',
    },
    article: '74',
    rule: {
      'zh-CN': '调解协议生效之日起15日内，双方共同向仲裁委员会申请审查确认',
      en: 'Both parties apply to the arbitration commission for review within 15 days of the agreement taking effect',
    },
  },
  agreed_payment: {
    law: { 'zh-CN': '调解协议', en: 'The mediation agreement' },
    article: '—',
    rule: {
      'zh-CN': '协议约定的履行期限；逾期未履行的可申请仲裁或支付令',
      en: 'The payment date the agreement sets; if missed, arbitration or a payment order may be applied for',
    },
  },
};
