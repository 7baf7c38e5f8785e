import type { Label } from '../labels';
import type { CaseStatus } from './status';

/**
 * What happens next, told to the worker in plain words for every status (a status without words
 * does not compile). Shown at the top of the case page in the mini-program.
 */
export const WORKER_NEXT_STEP: { readonly [S in CaseStatus]: Label } = {
  submitted: {
    'zh-CN': '调解站会在收到后尽快审核，受理后会通知您。有补充材料可以先上传。',
    en: 'The station will review your claim and tell you when it is accepted. You can add evidence now.',
  },
  accepted: {
    'zh-CN': '调解站已受理，会联系您和单位，安排调解。请保持电话畅通。',
    en: 'The station accepted your claim and will contact you and the company to arrange mediation. Keep your phone on.',
  },
  rejected: {
    'zh-CN': '调解站没有受理，原因见下方。您可以补充材料后重新申请，或者直接申请劳动仲裁。',
    en: 'The station did not accept the claim (see the reason below). You can file again with more evidence, or go to labour arbitration.',
  },
  dispatched: {
    'zh-CN': '案件已交给单位的网点先和您协商。谈不拢的，调解站会收回来继续调解。',
    en: 'The company’s outlet will try to settle with you first. If it cannot, the station takes the case back.',
  },
  mediating: {
    'zh-CN': '调解员正在调解。请留意调解会的时间和地点，按时参加。',
    en: 'A mediator is working on it. Watch for the session time and place, and come on time.',
  },
  agreement: {
    'zh-CN': '已经谈好了协议。请看清金额和付款日期后签字；钱到账后点“确认已收到”。',
    en: 'An agreement was reached. Check the amounts and the pay-by date, then sign; when the money arrives, confirm it.',
  },
  mediation_failed: {
    'zh-CN': '这次没有调解成功。您可以申请转劳动仲裁，调解站会把材料一起交过去。',
    en: 'Mediation did not succeed. You can ask for the case to go to labour arbitration with the whole file.',
  },
  performed: {
    'zh-CN': '单位已经按协议付款。调解站确认后会结案。',
    en: 'The company paid as agreed. The station will close the case.',
  },
  defaulted: {
    'zh-CN': '单位没有按协议付款。您可以在期限内申请法院司法确认或仲裁审查，之后可申请强制执行。',
    en: 'The company did not pay as agreed. Within the deadline you can ask a court or the arbitration body to confirm the agreement, then ask for enforcement.',
  },
  confirmation_requested: {
    'zh-CN': '已申请确认协议，等待法院或仲裁委的结果。',
    en: 'Confirmation was requested; waiting for the court or arbitration body.',
  },
  confirmed: {
    'zh-CN': '协议已被确认，有法律效力。单位再不付款可以申请强制执行。',
    en: 'The agreement is confirmed and binding. If the company still does not pay, enforcement can be requested.',
  },
  enforcement: {
    'zh-CN': '正在强制执行。有进展会通知您。',
    en: 'Enforcement is under way. You will be told of progress.',
  },
  transferred_to_arbitration: {
    'zh-CN': '案件已转到劳动人事争议仲裁院，他们会联系您。',
    en: 'The case went to the labour arbitration institution; they will contact you.',
  },
  withdrawn: {
    'zh-CN': '您已撤回申请。需要时可以重新申请。',
    en: 'You withdrew the claim. You can file again whenever you need to.',
  },
  closed: { 'zh-CN': '案件已结案。', en: 'The case is closed.' },
};
