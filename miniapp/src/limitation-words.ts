import type { Label } from '@gig/shared';
import { wordsOf } from './i18n';

/** The words about the time limit (the wizard's story step, the receipt and the case page). */
const LIMITATION_WORDS = {
  stillEmployed: { 'zh-CN': '您现在还在这家单位工作吗？', en: 'Do you still work there?' },
  yes: { 'zh-CN': '还在', en: 'Yes' },
  no: { 'zh-CN': '已经不在了', en: 'No longer' },
  lastDay: { 'zh-CN': '最后工作的日期', en: 'Your last working day' },
  lastDemand: {
    'zh-CN': '最近一次向单位讨要、或向劳动监察投诉的日期（没有可不填）',
    en: 'The last time you asked the company to pay, or complained to the labour inspectorate (optional)',
  },
  lastDemandHint: {
    'zh-CN': '微信、短信、当面都算，请保留聊天记录；它会让一年的时效重新计算。',
    en: 'WeChat, a text or in person all count (keep the messages): it restarts the one-year time limit.',
  },
  mayHaveExpired: {
    'zh-CN': '按您填写的日期，申请仲裁的一年时效可能已于 {date} 届满。',
    en: 'From the dates you gave, the one-year time limit to apply for arbitration may have run out on {date}.',
  },
  stillFile: {
    'zh-CN':
      '您仍然可以申请，调解站照常受理：时效届满是对方可以提出的抗辩，不是不受理的理由。如果期间您讨要过、投诉过，或因住院等原因无法申请，请如实填写。',
    en: 'You can still apply and the station will take it: the time limit is a defence the other side may raise, not a reason to refuse you. If you asked for payment, complained, or could not apply (in hospital, say), tell us.',
  },
  filedAfterExpiry: {
    'zh-CN': '提交时，申请仲裁的一年时效可能已于 {date} 届满。案件照常办理；对方可能以此抗辩。',
    en: 'When this was filed, the one-year time limit may already have run out on {date}. The case goes on; the other side may raise it as a defence.',
  },
  basis: {
    'zh-CN': '依据：《劳动争议调解仲裁法》第27条；《民法典》第192条',
    en: 'Basis: LDMAL art 27; Civil Code art 192',
  },
} satisfies Record<string, Label>;

export type LimitationWordKey = keyof typeof LIMITATION_WORDS;

/** A time-limit word in the worker's language, `{date}` filled in. */
export const tl = wordsOf(LIMITATION_WORDS);
