import type { LabelTable } from './labels';

/** Declares an enum once: its values (for JSON Schemas) and its labels (for every UI). */
export function defineEnum<const V extends string>(
  labels: LabelTable<V>,
): { values: readonly V[]; labels: LabelTable<V> } {
  return { values: Object.keys(labels) as V[], labels };
}

export const INDUSTRY = defineEnum({
  courier: { 'zh-CN': '快递', en: 'Courier' },
  food_delivery: { 'zh-CN': '外卖配送', en: 'Food delivery' },
  ride_hailing: { 'zh-CN': '网约车', en: 'Ride-hailing' },
  domestic_service: { 'zh-CN': '家政服务', en: 'Domestic service' },
  trucking: { 'zh-CN': '货运', en: 'Trucking' },
  other: { 'zh-CN': '其他', en: 'Other' },
});
export type Industry = (typeof INDUSTRY.values)[number];

export const CLAIM_TYPE = defineEnum({
  unpaid_wages: { 'zh-CN': '拖欠工资（报酬）', en: 'Unpaid wages' },
  overtime: { 'zh-CN': '加班费', en: 'Overtime pay' },
  double_wages: { 'zh-CN': '未签劳动合同二倍工资', en: 'Double wages (no written contract)' },
  termination_compensation: { 'zh-CN': '解除劳动关系补偿/赔偿', en: 'Termination compensation' },
  work_injury: { 'zh-CN': '工伤（职业伤害）待遇', en: 'Work injury' },
  employment_confirmation: { 'zh-CN': '确认劳动关系', en: 'Confirmation of employment relationship' },
  social_insurance: { 'zh-CN': '社会保险', en: 'Social insurance' },
  platform_penalties: { 'zh-CN': '平台罚款与扣款', en: 'Platform penalties and deductions' },
  other: { 'zh-CN': '其他', en: 'Other' },
});
export type ClaimType = (typeof CLAIM_TYPE.values)[number];

export const STATION_KIND = defineEnum({
  association: { 'zh-CN': '行业协会调解站', en: 'Industry association station' },
  government: { 'zh-CN': '政府调解中心（站）', en: 'Government mediation station' },
  outlet: { 'zh-CN': '企业网点', en: 'Employer outlet' },
  arbitration: { 'zh-CN': '劳动人事争议仲裁院', en: 'Labour arbitration institution' },
  legal_aid: { 'zh-CN': '法律援助站', en: 'Legal aid station' },
});
export type StationKind = (typeof STATION_KIND.values)[number];

export const MEDIATION_TYPE = defineEnum({
  union: { 'zh-CN': '工会调解', en: 'Union mediation' },
  people: { 'zh-CN': '人民调解', en: "People's mediation" },
  pre_arbitration: { 'zh-CN': '仲裁前调解', en: 'Pre-arbitration mediation' },
});
export type MediationType = (typeof MEDIATION_TYPE.values)[number];

/** How the worker works; decides whether the dispute is a labour dispute at all (legal-rules.md §4). */
export const WORK_MODE = defineEnum({
  platform_app: { 'zh-CN': '通过平台App接单', en: 'Orders through a platform app' },
  outlet: { 'zh-CN': '在企业网点/站点工作', en: 'At a company outlet or depot' },
  agency: { 'zh-CN': '经劳务派遣/外包公司', en: 'Through a staffing or outsourcing agency' },
  direct: { 'zh-CN': '由企业直接雇用', en: 'Hired directly by a company' },
  household: { 'zh-CN': '由家庭或个人直接雇用', en: 'Hired directly by a household or individual' },
});
export type WorkMode = (typeof WORK_MODE.values)[number];

/** Which kind of station the worker prefers to handle the claim. */
export const CHANNEL = defineEnum({
  association: { 'zh-CN': '行业协会调解', en: 'Industry association mediation' },
  government: { 'zh-CN': '政府调解中心', en: 'Government mediation centre' },
});
export type Channel = (typeof CHANNEL.values)[number];

export const ROLE = defineEnum({
  worker: { 'zh-CN': '劳动者', en: 'Worker' },
  mediator: { 'zh-CN': '调解员', en: 'Mediator' },
  station_admin: { 'zh-CN': '站点管理员', en: 'Station admin' },
  arbitrator: { 'zh-CN': '仲裁员', en: 'Arbitrator' },
  legal_aid_lawyer: { 'zh-CN': '法律援助律师', en: 'Legal-aid lawyer' },
  outlet_manager: { 'zh-CN': '网点负责人', en: 'Outlet manager' },
  supervisor: { 'zh-CN': '主管部门', en: 'Supervisor' },
  system_admin: { 'zh-CN': '系统管理员', en: 'System admin' },
});
export type Role = (typeof ROLE.values)[number];
export type StaffRole = Exclude<Role, 'worker'>;
export const STAFF_ROLES = ROLE.values.filter((r): r is StaffRole => r !== 'worker');
/** Roles a station admin may give, at their own station or (outlet managers) at its outlets. */
export const STATION_ADMIN_GRANTS: readonly StaffRole[] = ['mediator', 'station_admin', 'outlet_manager'];

/**
 * The people who answer for an employer's outlet (the respondent's side) have accounts of this role
 * at the outlet, and an outlet has no other accounts: one rule for account creation and the pickers.
 */
export function roleFitsStation(role: StaffRole, kind: StationKind | null): boolean {
  return (role === 'outlet_manager') === (kind === 'outlet');
}
/** Roles that see every station's data; everyone else is scoped to their station and its outlets. */
export const CITYWIDE_ROLES: readonly StaffRole[] = ['supervisor', 'system_admin'];

/** What a piece of evidence is. The sensitive ones (PIPL art 28) need the worker's separate consent. */
export const EVIDENCE_CATEGORY = defineEnum({
  pay_record: { 'zh-CN': '工资条、收入或结算记录', en: 'Payslip, earnings or settlement record' },
  chat: { 'zh-CN': '聊天记录截图', en: 'Chat screenshots' },
  contract: { 'zh-CN': '合同、协议或规则', en: 'Contract, agreement or platform rules' },
  work_record: { 'zh-CN': '接单、考勤或工作记录', en: 'Orders, attendance or work records' },
  photo: { 'zh-CN': '现场照片', en: 'Photos' },
  audio: { 'zh-CN': '录音', en: 'Audio recording' },
  signature: { 'zh-CN': '签名', en: 'Signature' },
  medical: { 'zh-CN': '病历、诊断或伤情材料', en: 'Medical records or injury documents' },
  bank: { 'zh-CN': '银行流水或账户信息', en: 'Bank statements or account details' },
  trajectory: { 'zh-CN': '定位或行驶轨迹', en: 'Location or route history' },
  id_document: { 'zh-CN': '身份证件照片', en: 'Photo of an identity document' },
  other: { 'zh-CN': '其他', en: 'Other' },
});
export type EvidenceCategory = (typeof EVIDENCE_CATEGORY.values)[number];
export const SENSITIVE_EVIDENCE: readonly EvidenceCategory[] = ['medical', 'bank', 'trajectory', 'id_document'];

/**
 * The separate consent a worker gives before uploading sensitive evidence (PIPL arts 17, 28, 29):
 * what, why, who sees it, for how long. Its version is stored with each file it covers; a new
 * wording gets a new version.
 */
export const SENSITIVE_CONSENT = {
  version: 'sensitive-evidence-v1',
  text: {
    'zh-CN':
      '您要上传的材料含有敏感个人信息（如病历、银行流水、行驶轨迹或证件照片）。我们仅为处理您的劳动争议而使用它：只有受理您案件的调解站及其上级主管部门、您选择转入的仲裁机构可以查看；结案后按规定期限保存，期满删除。您可以不上传，这不影响受理，但可能影响调解结果。点击“同意并上传”即表示您单独同意上述处理。',
    en: 'This file holds sensitive personal information (such as medical records, bank statements, location history or an ID photo). We use it only to handle your labour dispute: only the station handling your case, the authorities above it and an arbitration body you choose can see it; it is kept for the set period after the case closes and then deleted. You may choose not to upload it; your claim is still accepted, but the mediation may be harder. Tapping "Agree and upload" is your separate consent to this.',
  },
} as const;

/**
 * The separate consent a worker gives before the station hands the case to the employer's outlet
 * for a quick settlement (PIPL art 23: another processor, named, for a stated purpose). Without it
 * the case is not dispatched. Its version is stored with the case; a new wording gets a new version.
 */
export const OUTLET_SHARING_CONSENT = {
  version: 'outlet-sharing-v1',
  text: {
    'zh-CN':
      '调解站可以先把您的案件交给被申请单位的网点（站点）协商解决，这通常更快。为此需要把您的姓名、联系电话和申请内容（请求事项、金额、经过和证据）提供给该网点，仅用于协商本案；协商不成的，案件收回调解站继续调解。您可以不同意，这不影响调解站受理和调解。点击“同意”即表示您单独同意上述提供。',
    en: 'The station may first hand your case to the company\'s outlet (depot) to settle it, which is often quicker. For that, your name, phone and claim (what you claim, the amounts, what happened and the evidence) are given to that outlet, only to settle this case; if it cannot, the station takes the case back and mediates. You may say no; the station still takes and mediates your case. Tapping "Agree" is your separate consent to this.',
  },
} as const;

/** How the agreed amount is paid. */
export const PAYMENT_METHOD = defineEnum({
  bank_transfer: { 'zh-CN': '银行转账', en: 'Bank transfer' },
  wechat_pay: { 'zh-CN': '微信支付', en: 'WeChat Pay' },
  alipay: { 'zh-CN': '支付宝', en: 'Alipay' },
  cash: { 'zh-CN': '现金', en: 'Cash' },
  other: { 'zh-CN': '其他', en: 'Other' },
});

/** Who attends a mediation session. */
export const SESSION_SIDE = defineEnum({
  worker: { 'zh-CN': '劳动者', en: 'Worker' },
  respondent: { 'zh-CN': '用人单位/平台', en: 'Employer / platform' },
  mediator: { 'zh-CN': '调解员', en: 'Mediator' },
  witness: { 'zh-CN': '证人', en: 'Witness' },
  other: { 'zh-CN': '其他', en: 'Other' },
});

/** Who sits on the urgent joint consultation (特事急诊). */
export const CONSULTATION_ROLE = defineEnum({
  arbitrator: { 'zh-CN': '仲裁员', en: 'Arbitrator' },
  people_mediator: { 'zh-CN': '人民调解员', en: "People's mediator" },
  public_interest_lawyer: { 'zh-CN': '公益律师', en: 'Public-interest lawyer' },
  union_mediator: { 'zh-CN': '工会调解员', en: 'Union mediator' },
  other: { 'zh-CN': '其他', en: 'Other' },
});
export type ConsultationRole = (typeof CONSULTATION_ROLE.values)[number];
/** Which accounts may sit on the urgent consultation in each of its roles (the API and the staff page's picker). */
export const CONSULTANT_ACCOUNT_ROLES: { readonly [R in ConsultationRole]: readonly StaffRole[] } = {
  arbitrator: ['arbitrator'],
  people_mediator: ['mediator', 'station_admin'],
  union_mediator: ['mediator', 'station_admin'],
  public_interest_lawyer: ['legal_aid_lawyer'],
  other: ['mediator', 'station_admin', 'arbitrator', 'legal_aid_lawyer', 'supervisor'],
};
