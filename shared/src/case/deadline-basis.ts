import type { Label } from '../labels';

/** The legal periods the clock keeps, their names, and the article behind each (legal-rules.md). */
export type DeadlineKind =
  | 'mediation_window'
  | 'outlet_response'
  | 'limitation'
  | 'judicial_confirmation'
  | 'arbitration_review'
  | 'agreed_payment'
  | 'arbitration_acceptance'
  | 'arbitration_award'
  | 'worker_suit'
  | 'employer_set_aside'
  | 'employer_suit'
  | 'follow_up'
  | 'reopen_window';

/** What each period is called, for people. */
export const DEADLINE_KIND_LABELS: { readonly [K in DeadlineKind]: Label } = {
  mediation_window: { 'zh-CN': '15日调解期限', en: 'the 15-day mediation period' },
  outlet_response: { 'zh-CN': '企业网点答复期限', en: 'the time for the employer’s outlet to answer' },
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
  arbitration_acceptance: {
    'zh-CN': '仲裁委决定是否受理的期限',
    en: 'the time for the commission to decide on acceptance',
  },
  arbitration_award: { 'zh-CN': '仲裁裁决的期限', en: 'the time limit for the award' },
  worker_suit: { 'zh-CN': '劳动者向法院起诉的期限', en: 'the time limit for the worker to sue' },
  employer_set_aside: {
    'zh-CN': '用人单位申请撤销终局裁决的期限',
    en: 'the time limit for the employer to apply to set aside a final award',
  },
  employer_suit: { 'zh-CN': '用人单位向法院起诉的期限', en: 'the time limit for the employer to sue' },
  follow_up: { 'zh-CN': '结案回访', en: 'the follow-up after closing' },
  reopen_window: { 'zh-CN': '申请重新调解的期限', en: 'the time to ask for the case to be reopened' },
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
  outlet_response: {
    law: { 'zh-CN': '调解站工作规则（可配置）', en: "The station's working rule (configurable)" },
    article: '—',
    rule: {
      'zh-CN': '案件派至企业网点后，网点应在规定的工作日内答复协商；逾期未答复或协商不成的，案件自动收回调解站继续调解',
      en: 'Once dispatched, the outlet must answer within the set working days; if it does not, or cannot settle, the case returns to the station for mediation',
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
  arbitration_acceptance: {
    law: { 'zh-CN': '劳动争议调解仲裁法', en: 'Labour Dispute Mediation and Arbitration Law' },
    article: '29',
    rule: {
      'zh-CN': '仲裁委员会收到申请之日起5日内决定是否受理；不予受理或逾期未作决定的，申请人可以向法院起诉',
      en: 'The commission decides within 5 days of receiving the application; after a refusal, or no decision in time, the applicant may sue',
    },
  },
  arbitration_award: {
    law: { 'zh-CN': '劳动争议调解仲裁法', en: 'Labour Dispute Mediation and Arbitration Law' },
    article: '43',
    rule: {
      'zh-CN':
        '自受理之日起45日内作出裁决；案情复杂经批准并书面通知可延长，最多15日；逾期未裁决的，当事人可以向法院起诉',
      en: 'The award is due within 45 days of acceptance, at most 15 more with approval and written notice; if it is late, the parties may sue',
    },
  },
  worker_suit: {
    law: { 'zh-CN': '劳动争议调解仲裁法', en: 'Labour Dispute Mediation and Arbitration Law' },
    article: '48, 50',
    rule: {
      'zh-CN': '劳动者对仲裁裁决不服的，可以自收到裁决书之日起15日内向法院起诉（终局裁决第48条，其他裁决第50条）',
      en: 'A worker who does not accept the award may sue within 15 days of receiving it (art 48 for a final award, art 50 otherwise)',
    },
  },
  employer_set_aside: {
    law: { 'zh-CN': '劳动争议调解仲裁法', en: 'Labour Dispute Mediation and Arbitration Law' },
    article: '49',
    rule: {
      'zh-CN': '终局裁决：用人单位有法定情形的，可以自收到裁决书之日起30日内向仲裁委员会所在地的中级人民法院申请撤销',
      en: 'A final award: the employer may, on the grounds the law lists, apply within 30 days of receiving it to the intermediate court to set it aside',
    },
  },
  employer_suit: {
    law: { 'zh-CN': '劳动争议调解仲裁法', en: 'Labour Dispute Mediation and Arbitration Law' },
    article: '50',
    rule: {
      'zh-CN': '非终局裁决：当事人不服的，可以自收到裁决书之日起15日内向法院起诉；期满不起诉的，裁决书发生法律效力',
      en: 'A non-final award: a party may sue within 15 days of receiving it; if nobody does, the award takes effect',
    },
  },
  follow_up: {
    law: { 'zh-CN': '调解站工作规则（可配置）', en: "The station's working rule (configurable)" },
    article: '—',
    rule: {
      'zh-CN': '结案后约一周，调解站询问劳动者款项是否到账、问题是否解决',
      en: 'About a week after closing, the station asks the worker whether the money arrived and the problem was solved',
    },
  },
  reopen_window: {
    law: { 'zh-CN': '调解站工作规则（可配置）', en: "The station's working rule (configurable)" },
    article: '—',
    rule: {
      'zh-CN':
        '结案后在规定期限内，劳动者反映问题没有解决的，案件回到调解站重新调解；这不影响劳动者申请仲裁或起诉的权利',
      en: 'Within the set time after closing, a worker who says the problem was not solved has the case reopened at the station; this does not affect their right to arbitration or to sue',
    },
  },
};
