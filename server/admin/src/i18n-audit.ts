import {
  CASE_ACTION_LABELS,
  CASE_STATUS_LABELS,
  EVIDENCE_CATEGORY,
  ROLE,
  type CaseAction,
  type CaseStatus,
  type EvidenceCategory,
  type Label,
  type Role,
} from '@gig/shared';

/**
 * The audit log in words: each action the server writes (services/audit.ts callers), each detail
 * key and its value. A case action (`case.<action>`) and a status take the shared tables' words;
 * a document generated (`<kind>.pdf_generated`) names the document. Unknown ones show as written.
 */
const ACTIONS: Record<string, Label> = {
  'staff.login': { 'zh-CN': '登录', en: 'Signed in' },
  'staff.login_failed': { 'zh-CN': '登录失败', en: 'Sign-in failed' },
  'staff.login_throttled': { 'zh-CN': '登录过于频繁被暂停', en: 'Sign-in throttled' },
  'staff.locked': { 'zh-CN': '账号被锁定', en: 'Account locked' },
  'staff.password_changed': { 'zh-CN': '修改密码', en: 'Password changed' },
  'staff.password_reset': { 'zh-CN': '重置密码', en: 'Password reset' },
  'staff.created': { 'zh-CN': '新建账号', en: 'Account created' },
  'staff.updated': { 'zh-CN': '修改账号', en: 'Account changed' },
  'staff.disabled': { 'zh-CN': '停用账号', en: 'Account disabled' },
  'station.created': { 'zh-CN': '新建站点', en: 'Station created' },
  'station.updated': { 'zh-CN': '修改站点', en: 'Station changed' },
  'figure.created': { 'zh-CN': '新增地方标准', en: 'Local figure added' },
  'evidence.sensitive_consent': { 'zh-CN': '同意上传敏感证据', en: 'Consent to a sensitive file' },
  'case.outlet_consent': { 'zh-CN': '同意先交网点协商', en: 'Consent to the outlet settling first' },
  'case.personal_data_purged': { 'zh-CN': '到期删除个人信息', en: 'Personal data purged (retention)' },
  'personal_data.revealed': { 'zh-CN': '查看完整个人信息', en: 'Personal data revealed' },
  'worker.registered': { 'zh-CN': '劳动者注册', en: 'Worker registered' },
  'worker.profile_updated': { 'zh-CN': '劳动者修改个人资料', en: 'Worker changed their details' },
  'worker.phone_verified': { 'zh-CN': '劳动者绑定微信手机号', en: 'Worker added their WeChat phone' },
  'worker.work_log_saved': { 'zh-CN': '劳动者记录工作', en: 'Worker logged work' },
  'worker.work_log_erased': { 'zh-CN': '劳动者删除全部工作记录', en: 'Worker erased their work record' },
  'knowledge.create': { 'zh-CN': '新建知识条目', en: 'Knowledge entry created' },
  'knowledge.update': { 'zh-CN': '修改知识条目', en: 'Knowledge entry changed' },
  'knowledge.submit': { 'zh-CN': '知识条目送审', en: 'Knowledge entry sent for review' },
  'knowledge.publish': { 'zh-CN': '发布知识条目', en: 'Knowledge entry published' },
};

const DOCUMENTS: Record<string, Label> = {
  agreement: { 'zh-CN': '调解协议书', en: 'mediation agreement' },
  'arbitration-application': { 'zh-CN': '仲裁申请书', en: 'arbitration application' },
  'confirmation-application': { 'zh-CN': '司法确认申请书', en: 'confirmation application' },
  'payment-order-application': { 'zh-CN': '支付令申请书', en: 'payment-order application' },
  'enforcement-application': { 'zh-CN': '强制执行申请书', en: 'enforcement application' },
};

const DETAIL_KEYS: Record<string, Label> = {
  caseNumber: { 'zh-CN': '案件', en: 'Case' },
  from: { 'zh-CN': '原状态', en: 'From' },
  to: { 'zh-CN': '新状态', en: 'To' },
  field: { 'zh-CN': '查看项', en: 'Field' },
  reason: { 'zh-CN': '原因', en: 'Reason' },
  username: { 'zh-CN': '用户名', en: 'Username' },
  role: { 'zh-CN': '角色', en: 'Role' },
  stationId: { 'zh-CN': '站点', en: 'Station' },
  category: { 'zh-CN': '材料类型', en: 'Kind' },
  consentVersion: { 'zh-CN': '同意书版本', en: 'Consent version' },
  code: { 'zh-CN': '站点编码', en: 'Station code' },
  changed: { 'zh-CN': '修改了', en: 'Changed' },
  files: { 'zh-CN': '删除文件数', en: 'Files removed' },
  retentionDays: { 'zh-CN': '保存天数', en: 'Kept for (days)' },
  via: { 'zh-CN': '方式', en: 'Via' },
  unknownUsername: { 'zh-CN': '用户名不存在', en: 'Unknown username' },
  value: { 'zh-CN': '数值', en: 'Value' },
  version: { 'zh-CN': '版本', en: 'Version' },
  example: { 'zh-CN': '示例数据', en: 'Example figure' },
  areaCode: { 'zh-CN': '地区', en: 'Area' },
  kind: { 'zh-CN': '类型', en: 'Kind' },
  effectiveFrom: { 'zh-CN': '生效日', en: 'In force from' },
  disabled: { 'zh-CN': '停用', en: 'Disabled' },
  displayName: { 'zh-CN': '姓名', en: 'Name' },
  // A station's fields (station.updated lists the ones changed).
  name: { 'zh-CN': '名称', en: 'Name' },
  nameEn: { 'zh-CN': '英文名称', en: 'English name' },
  industries: { 'zh-CN': '行业', en: 'Industries' },
  mediationTypes: { 'zh-CN': '调解类型', en: 'Mediation types' },
  parentId: { 'zh-CN': '上级站点', en: 'Parent station' },
  address: { 'zh-CN': '地址', en: 'Address' },
  hours: { 'zh-CN': '办公时间', en: 'Hours' },
  phone: { 'zh-CN': '电话', en: 'Phone' },
  location: { 'zh-CN': '位置', en: 'Location' },
  active: { 'zh-CN': '受理中', en: 'Active' },
  organisation: { 'zh-CN': '所属企业', en: 'Company' },
  creditCode: { 'zh-CN': '统一社会信用代码', en: 'Credit code' },
};

const VALUES: Record<string, Label> = {
  idNumber: { 'zh-CN': '身份证号', en: 'ID number' },
  phone: { 'zh-CN': '手机号', en: 'Phone' },
  wechat: { 'zh-CN': '微信', en: 'WeChat' },
  otp: { 'zh-CN': '短信验证码', en: 'SMS code' },
  sms: { 'zh-CN': '短信验证码', en: 'SMS code' },
};

const YES: Label = { 'zh-CN': '是', en: 'yes' };
const NO: Label = { 'zh-CN': '否', en: 'no' };

/** An audit action in words. */
export function auditActionWords(action: string, l: (x: Label) => string): string {
  const known = ACTIONS[action];
  if (known) return l(known);
  const [head, tail] = [action.slice(0, action.indexOf('.')), action.slice(action.indexOf('.') + 1)];
  if (head === 'case' && tail in CASE_ACTION_LABELS) return l(CASE_ACTION_LABELS[tail as CaseAction]);
  if (tail === 'pdf_generated' && DOCUMENTS[head])
    return `${l({ 'zh-CN': '生成', en: 'Generated the ' })}${l(DOCUMENTS[head])}`;
  return action;
}

function valueWords(key: string, v: unknown, l: (x: Label) => string): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return l(v ? YES : NO);
  if (Array.isArray(v))
    return v
      .map((x) => (typeof x === 'string' && DETAIL_KEYS[x] ? l(DETAIL_KEYS[x]) : valueWords(key, x, l)))
      .join('、');
  if (typeof v === 'object') return detailWords(v as Record<string, unknown>, l);
  const s = String(v);
  if ((key === 'from' || key === 'to') && s in CASE_STATUS_LABELS) return l(CASE_STATUS_LABELS[s as CaseStatus]);
  if (key === 'role' && (ROLE.values as readonly string[]).includes(s)) return l(ROLE.labels[s as Role]);
  if (key === 'category' && (EVIDENCE_CATEGORY.values as readonly string[]).includes(s))
    return l(EVIDENCE_CATEGORY.labels[s as EvidenceCategory]);
  if (VALUES[s]) return l(VALUES[s]);
  return s;
}

/** An audit entry's detail as "key: value" lines in words, never as JSON. */
export function detailWords(detail: Record<string, unknown>, l: (x: Label) => string): string {
  return Object.entries(detail)
    .map(([k, v]) => `${DETAIL_KEYS[k] ? l(DETAIL_KEYS[k]) : k}：${valueWords(k, v, l)}`)
    .join('；');
}

const KINDS: Record<string, Label> = {
  staff: { 'zh-CN': '工作人员', en: 'Staff' },
  worker: { 'zh-CN': '劳动者', en: 'Worker' },
  system: { 'zh-CN': '系统', en: 'System' },
  case: { 'zh-CN': '案件', en: 'Case' },
  evidence: { 'zh-CN': '证据', en: 'Evidence' },
  local_figure: { 'zh-CN': '地方标准', en: 'Local figure' },
  staff_user: { 'zh-CN': '账号', en: 'Account' },
  station: { 'zh-CN': '站点', en: 'Station' },
  stats_export: { 'zh-CN': '统计导出', en: 'Statistics export' },
};

/** Who acted or what was acted on (`staff`, `case`, …) in words. */
export function kindWords(kind: string, l: (x: Label) => string): string {
  return KINDS[kind] ? l(KINDS[kind]) : kind;
}
