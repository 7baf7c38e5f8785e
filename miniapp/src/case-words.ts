import type { Label } from '@gig/shared';
import { wordsOf } from './i18n';

/**
 * The case page's words (the agreement, the outlet's offer, legal aid, confirmation, the payment
 * order, arbitration), in Chinese and English, in the language of i18n.ts. Kept apart from the
 * app's words so that they load with the case page, not with the first page a QR code opens.
 */
const CASE_WORDS = {
  sign: {
    'zh-CN': '在框里用手指写您的名字（可以不写）',
    en: 'Write your name in the box with a finger (you may skip it)',
  },
  clear: { 'zh-CN': '重写', en: 'Clear' },
  confirmSign: { 'zh-CN': '确认签字', en: 'Sign now' },
  agreement: { 'zh-CN': '调解协议', en: 'The agreement' },
  total: { 'zh-CN': '合计', en: 'Total' },
  signed: { 'zh-CN': '您已签字', en: 'You signed' },
  viewAgreement: { 'zh-CN': '下载协议PDF', en: 'Download the agreement (PDF)' },
  applicationPdf: { 'zh-CN': '下载我的申请书（PDF）', en: 'Download my application (PDF)' },
  opening: { 'zh-CN': '正在打开…', en: 'Opening…' },
  arbitration: { 'zh-CN': '劳动仲裁', en: 'Labour arbitration' },
  arbWhy: { 'zh-CN': '按规定由这里处理：', en: 'Why this one: ' },
  arbReceived: { 'zh-CN': '仲裁院收到申请', en: 'Application received' },
  arbAccepted: { 'zh-CN': '仲裁院立案受理', en: 'Accepted by the institution' },
  arbRefused: { 'zh-CN': '仲裁院不予受理', en: 'Not accepted' },
  arbNumber: { 'zh-CN': '案号', en: 'No.' },
  hearing: { 'zh-CN': '开庭', en: 'Hearing' },
  hearingPlace: { 'zh-CN': '地点：', en: 'Where: ' },
  tribunal: { 'zh-CN': '仲裁庭：', en: 'Tribunal: ' },
  bringOriginals: {
    'zh-CN': '请带身份证和证据原件，按时到庭。',
    en: 'Bring your ID card and the originals of your evidence. Come on time.',
  },
  arbMediated: { 'zh-CN': '在仲裁庭达成调解', en: 'Settled before the tribunal' },
  award: { 'zh-CN': '仲裁裁决', en: 'The award' },
  awardFinal: { 'zh-CN': '终局裁决', en: 'Final' },
  awardNonFinal: { 'zh-CN': '非终局裁决', en: 'Not final' },
  finalMeans: {
    'zh-CN': '终局裁决：单位不能再起诉，只能在30日内申请撤销；您不服的，可以在15日内向法院起诉。',
    en: 'Final: the company cannot sue, only apply within 30 days to set it aside; if you disagree, you may sue within 15 days.',
  },
  nonFinalMeans: {
    'zh-CN': '非终局裁决：您或单位不服的，都可以在15日内向法院起诉；都不起诉，裁决就生效。',
    en: 'Not final: you or the company may sue within 15 days; if nobody does, the award takes effect.',
  },
  lastDayToSue: { 'zh-CN': '不服裁决的，最晚这天向法院起诉', en: 'If you disagree, sue in court by' },
  seeDeadlines: { 'zh-CN': '全部期限见下方', en: 'all deadlines below' },
  downloadApplication: { 'zh-CN': '下载仲裁申请书', en: 'Get the application (PDF)' },
  // The agreement as a document to read and sign.
  stageToSign: { 'zh-CN': '等您签字', en: 'Please sign' },
  stageWaiting: { 'zh-CN': '您已签字，等其他方签字', en: 'Others to sign' },
  stageInEffect: { 'zh-CN': '已生效', en: 'In effect' },
  effectiveOn: { 'zh-CN': '生效日期：', en: 'In effect from: ' },
  signedOnPaper: { 'zh-CN': '各方已在纸质协议上签字。', en: 'Everyone signed a paper copy.' },
  youClaimed: { 'zh-CN': '您要求', en: 'You claimed' },
  agreedAmount: { 'zh-CN': '协议给', en: 'Agreed' },
  offeredAmount: { 'zh-CN': '网点给', en: 'Offered' },
  lessBy: { 'zh-CN': '比您要求的少', en: 'Less than you claimed by' },
  moreBy: { 'zh-CN': '比您要求的多', en: 'More than you claimed by' },
  notClaimed: { 'zh-CN': '您没有要求这一项', en: 'You did not claim this' },
  notOffered: { 'zh-CN': '这一项没有给', en: 'Nothing offered for this' },
  payBy: { 'zh-CN': '最晚付款日期：', en: 'Pay by: ' },
  payHow: { 'zh-CN': '付款方式：', en: 'How: ' },
  wholeText: { 'zh-CN': '协议全文', en: 'The whole text' },
  textInChinese: { 'zh-CN': '', en: 'The agreement is written and signed in Chinese.' },
  readFirst: {
    'zh-CN': '请先读完下面的协议全文，核对金额和日期。',
    en: 'Read the whole text below first; check the amounts and the dates.',
  },
  showText: { 'zh-CN': '查看协议全文', en: 'Read the whole text' },
  hideText: { 'zh-CN': '收起全文', en: 'Hide the text' },
  whoSigned: { 'zh-CN': '谁签了字', en: 'Who has signed' },
  you: { 'zh-CN': '（您）', en: ' (you)' },
  sigSigned: { 'zh-CN': '已签字', en: 'Signed' },
  sigPaper: { 'zh-CN': '已在纸上签字', en: 'Signed on paper' },
  sigWaiting: { 'zh-CN': '还没签', en: 'Not yet' },
  signNow: { 'zh-CN': '我已读完，同意并签字', en: 'I have read it: sign' },
  textChanged: {
    'zh-CN': '协议内容刚刚改过了。请重新阅读下面的新全文，核对后再签字。',
    en: 'The agreement was just changed. Read the new text below again, then sign.',
  },
  signedEarlier: {
    'zh-CN': '协议内容改过了，您之前的签字对新内容无效。请重新阅读并签字。',
    en: 'The agreement was changed: your earlier signature does not count for the new text. Read it and sign again.',
  },
  windowsTitle: { 'zh-CN': '生效后可以申请确认', en: 'Once in effect, you may ask for confirmation' },
  lastDay: { 'zh-CN': '最晚', en: 'by' },
  // The outlet's offer.
  offerTitle: { 'zh-CN': '网点的和解方案', en: 'The outlet’s offer' },
  outletAnswer: { 'zh-CN': '网点的答复', en: 'The outlet’s answer' },
  offerNote: { 'zh-CN': '网点说明：', en: 'The outlet says: ' },
  declineWhy: { 'zh-CN': '为什么不同意（可以不写）', en: 'Why not (optional)' },
  declineHint: { 'zh-CN': '例如：少给了700元，我要求全额', en: 'e.g. 700 short; I want the full amount' },
  declineSend: { 'zh-CN': '确认不同意', en: 'Decline the offer' },
  // Legal aid and the lawyer.
  legalAidTitle: { 'zh-CN': '需要免费律师吗？', en: 'Need a free lawyer?' },
  hardshipQ: { 'zh-CN': '1. 您有经济困难吗？', en: '1. Do you have money difficulties?' },
  hardshipYes: { 'zh-CN': '有困难', en: 'Yes' },
  hardshipNo: { 'zh-CN': '没有', en: 'No' },
  situationQ: { 'zh-CN': '2. 您需要律师帮您做什么？', en: '2. What do you need the lawyer for?' },
  situationHint: {
    'zh-CN': '例如：帮我写仲裁申请书，陪我去开庭',
    en: 'e.g. write my arbitration application, come to the hearing with me',
  },
  words5to500: { 'zh-CN': '字（5到500字）', en: 'characters (5 to 500)' },
  chooseOne: { 'zh-CN': '请选一项', en: 'Choose one' },
  atLeast5: { 'zh-CN': '请至少写5个字', en: 'Write at least 5 characters' },
  atMost500: { 'zh-CN': '最多500字', en: 'At most 500 characters' },
  legalAidAsked: {
    'zh-CN': '您已申请法律援助。法律援助站会尽快联系您，请保持电话畅通。',
    en: 'You asked for legal aid. The legal-aid desk will contact you soon; keep your phone on.',
  },
  legalAidDeclined: { 'zh-CN': '上次的申请没有通过。原因：', en: 'Your last request was declined. Reason: ' },
  askAgain: { 'zh-CN': '可以补充情况后再申请一次。', en: 'You may add to it and ask again.' },
  lawyerTitle: { 'zh-CN': '您的法律援助律师', en: 'Your legal-aid lawyer' },
  lawyerSees: {
    'zh-CN': '律师能看到下面的消息，也会在那里回复您。',
    en: 'Your lawyer reads the messages below and answers there.',
  },
  messageLawyer: { 'zh-CN': '给律师留言', en: 'Message your lawyer' },
  messagesAll: {
    'zh-CN': '消息（调解员和您的律师都能看到）',
    en: 'Messages (the station and your lawyer see them)',
  },
  // Confirming the agreement, and the payment order.
  confirmationTitle: { 'zh-CN': '共同申请确认协议', en: 'Joint application to confirm the agreement' },
  routeCourt: { 'zh-CN': '法院司法确认', en: 'Court confirmation' },
  routeArb: { 'zh-CN': '仲裁委审查确认', en: 'Arbitration commission review' },
  chooseRoute: { 'zh-CN': '选一个，向哪里申请：', en: 'Choose where to apply:' },
  windowClosed: { 'zh-CN': '已过期限，不能再申请', en: 'Too late to apply' },
  youApplied: { 'zh-CN': '您已申请', en: 'You applied' },
  companyJoined: { 'zh-CN': '单位已同意共同申请', en: 'The company joined' },
  companyWaiting: { 'zh-CN': '等单位同意共同申请', en: 'Waiting for the company to join' },
  downloadConfirmation: { 'zh-CN': '下载确认申请书', en: 'Get the application (PDF)' },
  paymentOrder: { 'zh-CN': '支付令', en: 'Payment order' },
  poApplied: { 'zh-CN': '您申请了支付令', en: 'You applied for a payment order' },
  poWaiting: { 'zh-CN': '等法院决定', en: 'Waiting for the court' },
  poIssued: { 'zh-CN': '法院已发出支付令', en: 'The court issued the order' },
  poIssuedMeans: {
    'zh-CN': '单位收到后15日内不付款、也不提出书面异议的，您可以申请强制执行。',
    en: 'If the company neither pays nor objects in writing within 15 days of receiving it, you may ask for enforcement.',
  },
  poObjected: { 'zh-CN': '单位提出了书面异议', en: 'The company objected' },
  poDismissed: { 'zh-CN': '法院驳回了申请', en: 'The court dismissed it' },
  poThenArbitration: {
    'zh-CN': '支付令不能用了。您可以申请劳动仲裁（见下方“您现在可以”）。',
    en: 'The order cannot be used. You may go to labour arbitration (see “You can now” below).',
  },
  downloadPaymentOrder: { 'zh-CN': '下载支付令申请书', en: 'Get the payment-order application (PDF)' },
  downloadEnforcement: { 'zh-CN': '下载强制执行申请书', en: 'Get the enforcement application (PDF)' },
  docNumber: { 'zh-CN': '文号：', en: 'No.: ' },
  sending: { 'zh-CN': '正在提交…', en: 'Sending…' },
  thenNext: { 'zh-CN': '之后：', en: 'After that: ' },
  followUpAsk: {
    'zh-CN': '案件已结案。约定的钱收到了吗？问题解决了吗？',
    en: 'The case is closed. Did the agreed money arrive? Is the problem solved?',
  },
  followUpUntil: {
    'zh-CN': '没有解决的，可以在这一天前申请重新调解：',
    en: 'If not, you can ask to mediate again until ',
  },
  whatIsWrong: { 'zh-CN': '还有什么问题？', en: 'What is still wrong?' },
  whatIsWrongHint: {
    'zh-CN': '例如：说好10月15日付款，到现在没有收到',
    en: 'E.g. the payment was due on 15 October and has not arrived',
  },
  sendToStation: { 'zh-CN': '交给调解站重新调解', en: 'Send it back to the station' },
  writeSomething: { 'zh-CN': '请写上情况', en: 'Please say what is wrong' },
} satisfies Record<string, Label>;

export type CaseWordKey = keyof typeof CASE_WORDS;

/** A case-page word in the worker's language (the general words are i18n's `t`). */
export const tc: (key: CaseWordKey) => string = wordsOf(CASE_WORDS);
