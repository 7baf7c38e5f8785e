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
    'zh-CN':
      '单位没有按协议付款。您可以：申请支付令（工资、工伤医疗费、经济补偿或赔偿金，直接找法院）；或者申请劳动仲裁；在期限内还可以和单位共同申请司法确认或仲裁审查，确认后可申请强制执行。',
    en: 'The company did not pay as agreed. You can: apply for a payment order (wages, injury medical costs, compensation or damages, straight to the court); or go to labour arbitration; and within the deadline, apply with the company for confirmation, after which enforcement can be asked for.',
  },
  confirmation_requested: {
    'zh-CN': '确认要由您和单位共同申请。单位同意后，请下载申请书，带上协议和身份证件交到法院或仲裁委，等待结果。',
    en: 'Confirmation is applied for by you and the company together. Once it has joined, download the application and take it with the agreement and your ID to the court or commission, then wait for the result.',
  },
  payment_order: {
    'zh-CN':
      '请下载《支付令申请书》，带上调解协议和身份证件交到法院。法院发出支付令后，单位15日内不付款也不提出书面异议的，可以申请强制执行；单位提出异议的，可以申请仲裁或起诉。',
    en: 'Download the payment-order application and take it with the agreement and your ID to the court. Once the court issues the order, if the company neither pays nor objects in writing within 15 days, you may ask for enforcement; if it objects, you may go to arbitration or court.',
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
    'zh-CN':
      '案件和全部材料已交到有管辖权的劳动人事争议仲裁院。请下载《仲裁申请书》核对并签字。仲裁院应在5日内决定是否受理；不受理或逾期不决定的，可以向法院起诉。仲裁不收费。',
    en: 'The case and its whole file went to the arbitration institution with jurisdiction. Download the arbitration application, check it and sign it. The institution decides within 5 days whether to accept it; if it refuses or does not decide in time, you may sue in court. Arbitration is free.',
  },
  arbitration_accepted: {
    'zh-CN': '仲裁院已立案受理，会通知您开庭时间。裁决一般在受理后45日内作出；逾期未裁决的，可以向法院起诉。',
    en: 'The institution accepted the case and will tell you the hearing date. The award is due within 45 days of acceptance; if it is late, you may sue in court.',
  },
  arbitration_refused: {
    'zh-CN': '仲裁院不予受理，原因见下方。您可以凭不予受理通知书向人民法院起诉；可以申请法律援助。',
    en: 'The institution did not accept the case (see the reason below). You may sue in the people’s court with the refusal notice, and you may ask for legal aid.',
  },
  hearing_scheduled: {
    'zh-CN': '已安排开庭，请按时到庭并带齐证据原件。开庭时仲裁庭会先组织调解。',
    en: 'The hearing is scheduled: come on time with the originals of your evidence. The tribunal will first try to mediate.',
  },
  arbitration_mediated: {
    'zh-CN': '已在仲裁庭达成调解，调解书签收后生效。单位不履行的，可以向法院申请强制执行。',
    en: 'You settled before the tribunal; the mediation statement takes effect once signed for. If the company does not perform, you may ask the court for enforcement.',
  },
  awarded: {
    'zh-CN': '仲裁院已作出裁决。下方列出每一项是否为终局裁决，以及您和单位各自可以起诉或申请撤销的期限。',
    en: 'The award is made. Below: which items are final, and the periods in which you or the company may sue or apply to set it aside.',
  },
  withdrawn: {
    'zh-CN': '您已撤回申请。需要时可以重新申请。',
    en: 'You withdrew the claim. You can file again whenever you need to.',
  },
  closed: { 'zh-CN': '案件已结案。', en: 'The case is closed.' },
};
