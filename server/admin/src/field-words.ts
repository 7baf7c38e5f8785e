import type { FieldError, Label } from '@gig/shared';

/**
 * Words for the reasons the API gives a field (ajv keywords and the domain's own rules), so a
 * refused form says what is wrong in the page's language instead of the server's English.
 */
const RULE_WORDS: Record<string, Label> = {
  required: { 'zh-CN': '必填', en: 'required' },
  minLength: { 'zh-CN': '太短', en: 'too short' },
  maxLength: { 'zh-CN': '太长', en: 'too long' },
  pattern: { 'zh-CN': '格式不对', en: 'not in the right form' },
  format: { 'zh-CN': '格式不对', en: 'not in the right form' },
  amount: { 'zh-CN': '请填大于0的金额，最多两位小数', en: 'an amount above 0, at most 2 decimals' },
  not_future: { 'zh-CN': '不能晚于今天', en: 'cannot be after today' },
  after_receipt: { 'zh-CN': '不能早于收到申请的日期', en: 'cannot be before the claim was received' },
  after_effective: { 'zh-CN': '不能早于协议生效日', en: 'cannot be before the agreement took effect' },
  own_outlet: { 'zh-CN': '须是本站点下仍在服务的企业网点', en: 'must be an active outlet under this station' },
  intake: { 'zh-CN': '只能移交给行业协会或政府调解站', en: 'only an association or government station' },
  active: { 'zh-CN': '该站点已停止受理', en: 'this station no longer takes cases' },
  different: { 'zh-CN': '案件已在该站点', en: 'the case is already there' },
  after_award: { 'zh-CN': '不能早于裁决日期', en: 'cannot be before the award date' },
  after_acceptance: { 'zh-CN': '不能早于仲裁受理日期', en: 'cannot be before the arbitration was accepted' },
  notice_period: {
    'zh-CN': '开庭须至少提前5日书面通知双方（第35条）',
    en: 'the parties must be told at least 5 days before (art 35)',
  },
  jurisdiction: { 'zh-CN': '该仲裁机构对本案没有管辖权', en: 'this institution has no jurisdiction over the case' },
  exists: { 'zh-CN': '不存在', en: 'does not exist' },
  lawyer: { 'zh-CN': '须是在职的法律援助律师', en: 'must be an active legal-aid lawyer' },
  unique: { 'zh-CN': '已被使用', en: 'already in use' },
  respondent_outlet: {
    'zh-CN': '须是本站点下为被申请人答复的企业网点',
    en: "must be this station's outlet that answers for the respondent",
  },
  not_past: { 'zh-CN': '不能早于今天', en: 'cannot be before today' },
  consent_scan: {
    'zh-CN': '请上传并选择被申请人签字的共同申请书扫描件',
    en: 'upload and pick the scan the respondent signed',
  },
  signature: { 'zh-CN': '须是您上传到本案的签名图片', en: 'must be an image you uploaded to this case' },
  participant: {
    'zh-CN': '所选账号与参与角色不符或已停用',
    en: 'the account does not fit this role, or is disabled',
  },
  station_kind: {
    'zh-CN': '企业网点只设网点负责人，网点负责人只能属于企业网点',
    en: 'an outlet has outlet managers only, and an outlet manager belongs to an outlet',
  },
  outlet_parent: { 'zh-CN': '企业网点须设在行业协会或政府调解站下', en: 'an outlet needs an intake station above it' },
  not_outlet: { 'zh-CN': '企业网点下不能再设站点', en: 'an outlet cannot have stations under it' },
  forbidden: { 'zh-CN': '只有主管部门或系统管理员可以修改', en: 'only a supervisor or system admin may change this' },
  unit: { 'zh-CN': '数值的单位与类型不符', en: 'the unit does not fit the kind' },
};

/** The words for one reason the API gives a field, in the page's language. */
export function ruleWords(rule: string, l: (label: Label) => string): string {
  return l(RULE_WORDS[rule] ?? { 'zh-CN': '不正确', en: 'not valid' });
}

/** "field: reason" for each refused field, in the page's language. */
export function fieldWords(fields: readonly FieldError[], l: (label: Label) => string): string {
  return fields
    .map(
      (f) =>
        `${f.path.replace(/^\/(body|query)\//, '')}: ${RULE_WORDS[f.rule] ? l(RULE_WORDS[f.rule]!) : l({ 'zh-CN': '不正确', en: 'not valid' })}`,
    )
    .join('; ');
}
