import type { Label } from './labels';

/**
 * The stable error codes of a case's work after filing: agreements and their confirmation,
 * payment orders, arbitration, urgency and legal aid, sessions and notes, signing, outlets, the
 * follow-up after closing and the knowledge library's editors. Part of ERRORS (errors.ts).
 */
export const CASE_ERRORS = {
  NO_AGREEMENT: { status: 409, 'zh-CN': '该案件尚未记录调解协议', en: 'No agreement has been recorded on this case' },
  NO_CONFIRMATION: {
    status: 409,
    'zh-CN': '该案件尚未申请确认协议',
    en: 'No confirmation of the agreement has been applied for on this case',
  },
  NO_PAYMENT_ORDER: { status: 409, 'zh-CN': '该案件尚未申请支付令', en: 'No payment order has been applied for' },
  NOTHING_TO_ENFORCE: {
    status: 409,
    'zh-CN': '还没有可以申请强制执行的法律文书（法院确认协议的裁定，或已生效的支付令）',
    en: 'There is nothing to enforce yet (a ruling confirming the agreement, or a payment order in force)',
  },
  NO_ARBITRATION: {
    status: 409,
    'zh-CN': '该案件尚未申请仲裁',
    en: 'No arbitration has been applied for on this case',
  },
  PDF_FONT_MISSING: {
    status: 503,
    'zh-CN': '服务器缺少中文字体，暂时无法生成文件',
    en: 'The server has no Chinese font installed, so it cannot make the document',
  },
  PAYLOAD_TOO_LARGE: { status: 413, 'zh-CN': '提交的内容太大', en: 'The request is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, 'zh-CN': '不支持的内容格式', en: 'Unsupported content type' },
  EVIDENCE_DRAFT_FILES_LIMIT: {
    status: 429,
    'zh-CN': '还没有随申请提交的证据文件个数已达上限：请先提交申请，再继续添加文件',
    en: 'You have reached the limit on the number of files not yet filed with a claim: file the claim, then add more',
  },
  EVIDENCE_DRAFT_BYTES_LIMIT: {
    status: 429,
    'zh-CN': '还没有随申请提交的证据文件总大小已达上限：请先提交申请，再继续添加文件',
    en: 'You have reached the limit on the total size of files not yet filed with a claim: file the claim, then add more',
  },
  WORK_LOG_ALREADY_CORRECTED: {
    status: 409,
    'zh-CN': '这条记录已经更正过，请更正最新的那一条',
    en: 'This entry has already been corrected; correct the latest correction instead',
  },
  WORK_LOG_EMPTY_RANGE: {
    status: 422,
    'zh-CN': '所选日期内没有工作记录，请先记录或换一个日期范围',
    en: 'There are no work-record entries in this date range',
  },
  STORED_FILE_CORRUPT: {
    status: 500,
    'zh-CN': '保存的文件未通过完整性校验（已损坏或被改动），不能提供，请联系调解站',
    en: 'The stored file failed its integrity check (damaged or altered) and cannot be served; contact the station',
  },
  NO_FOLLOW_UP: {
    status: 409,
    'zh-CN': '这件案件没有待回答的结案回访',
    en: 'This case has no follow-up waiting for an answer',
  },
  REOPEN_WINDOW_PASSED: {
    status: 409,
    'zh-CN':
      '结案时间较久，已不能在调解站重新调解；问题仍未解决的，可以联系调解站咨询，或申请劳动仲裁（请注意仲裁时效）',
    en: 'The case closed too long ago to be reopened at the station; if it is still not solved, contact the station or apply for arbitration (mind the time limit)',
  },
  MEDIATION_WINDOW_OPEN: {
    status: 409,
    'zh-CN': '调解期限（15日）还没有届满，期满仍未达成协议的才能申请转仲裁',
    en: 'The 15-day mediation period has not ended; arbitration can be asked for once it has',
  },
  CONFIRMATION_WINDOW_CLOSED: {
    status: 409,
    'zh-CN': '申请司法确认或仲裁审查的期限已经过了',
    en: 'The period for asking for judicial confirmation or arbitration review has ended',
  },
  ALREADY_URGENT: {
    status: 409,
    'zh-CN': '该案件已经启动特事急诊',
    en: 'The case is already flagged for the urgent joint consultation',
  },
  NOT_URGENT: { status: 409, 'zh-CN': '该案件没有启动特事急诊', en: 'The case is not flagged urgent' },
  LEGAL_AID_NOT_REQUESTED: {
    status: 409,
    'zh-CN': '劳动者没有申请法律援助',
    en: 'The worker did not ask for legal aid',
  },
  NO_SESSION: { status: 409, 'zh-CN': '该案件还没有安排调解会', en: 'No session has been scheduled on this case' },
  NO_LAWYER: {
    status: 409,
    'zh-CN': '该案件还没有指派法律援助律师',
    en: 'No legal-aid lawyer has been assigned to this case',
  },
  NOTES_ALREADY_SHARED: {
    status: 409,
    'zh-CN': '内部备注已经向律师共享',
    en: 'The internal notes are already shared with the lawyer',
  },
  NOTES_NOT_SHARED: {
    status: 409,
    'zh-CN': '内部备注没有向律师共享',
    en: 'The internal notes are not shared with the lawyer',
  },
  AWARD_ALREADY_EXTENDED: {
    status: 409,
    'zh-CN': '审理期限已经延长过一次（最多延长15日）',
    en: 'The time for the award was already extended (at most 15 days, once)',
  },
  NO_JURISDICTION: {
    status: 409,
    'zh-CN': '系统中没有对本案有管辖权的仲裁院，请联系调解站',
    en: 'No arbitration institution here has jurisdiction over this case; please contact the station',
  },
  AGREEMENT_IN_EFFECT: {
    status: 409,
    'zh-CN': '协议已经生效，不能再签字或修改',
    en: 'The agreement is in effect: it can no longer be signed or changed',
  },
  AGREEMENT_NOT_IN_EFFECT: {
    status: 409,
    'zh-CN': '协议还没有生效（双方和调解员签字后生效）',
    en: 'The agreement is not in effect yet (it is once both sides and the mediator have signed)',
  },
  AGREEMENT_TEXT_CHANGED: {
    status: 409,
    'zh-CN': '协议内容已经修改，请重新阅读后再签字',
    en: 'The agreement text has changed: read it again before signing',
  },
  ALREADY_SIGNED: { status: 409, 'zh-CN': '您已经签过这份协议', en: 'You have already signed this agreement' },
  LEGAL_AID_ALREADY_REQUESTED: {
    status: 409,
    'zh-CN': '已经申请过法律援助',
    en: 'Legal aid has already been asked for',
  },
  LAWYER_ASSIGNED: {
    status: 409,
    'zh-CN': '已经指派了法律援助律师',
    en: 'A legal-aid lawyer is already assigned',
  },
  CONFIRMATION_NOT_JOINT: {
    status: 409,
    'zh-CN': '确认须由双方共同申请：被申请人还没有同意',
    en: 'Confirmation is applied for jointly: the respondent has not joined yet',
  },
  CONFIRMATION_ALREADY_JOINT: {
    status: 409,
    'zh-CN': '双方都已申请确认',
    en: 'Both parties have already applied',
  },
  PAYMENT_ORDER_NOT_AVAILABLE: {
    status: 409,
    'zh-CN': '协议中没有可以申请支付令的事项（仅限劳动报酬、工伤医疗费、经济补偿或赔偿金）',
    en: 'Nothing in the agreement can go to a payment order (only pay, work-injury medical costs, compensation or damages)',
  },
  PAYMENT_ORDER_NOT_ISSUED: {
    status: 409,
    'zh-CN': '法院还没有发出支付令',
    en: 'The court has not issued the payment order',
  },
  PAYMENT_ORDER_PENDING: {
    status: 409,
    'zh-CN': '支付令还在办理中；法院驳回或单位提出异议后，才能申请仲裁',
    en: 'The payment order is pending; arbitration is open once the court dismisses it or the employer objects',
  },
  PAYMENT_ORDER_DECIDED: {
    status: 409,
    'zh-CN': '支付令的结果已经记录',
    en: "The court's decision on the payment order is already recorded",
  },
  INVITE_INVALID: {
    status: 401,
    'zh-CN': '链接已失效，请联系调解站重新发送',
    en: 'This link is no longer valid; ask the station to send a new one',
  },
  NO_PROPOSAL: {
    status: 409,
    'zh-CN': '网点还没有提出和解方案',
    en: 'The outlet has not made an offer',
  },
  OUTLET_TIME_NOT_UP: {
    status: 409,
    'zh-CN': '网点的答复期限还没有到',
    en: "The outlet's time to answer has not run out",
  },
  KNOWLEDGE_STATE: {
    status: 409,
    'zh-CN': '该条目当前的状态不能进行这一步（草稿须先提交审核，审核中的版本才能发布）',
    en: 'The entry is not in a state for this step (submit a draft for review; publish a version in review)',
  },
  PERSONAL_DATA_LEFT: {
    status: 422,
    'zh-CN': '案例中仍有姓名、电话、身份证号、车牌号或地址，去除后才能发布',
    en: 'The case still holds a name, phone, ID or plate number or an address; remove it before publishing',
  },
  CASE_NOT_ENDED: {
    status: 409,
    'zh-CN': '只有已结束的案件才能整理为典型案例',
    en: 'Only an ended case can become a typical case',
  },
} as const satisfies Record<string, Label & { status: number }>;
