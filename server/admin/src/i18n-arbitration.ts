import type { Label } from '@gig/shared';

/**
 * The staff page's words for the arbitration stage (LDMAL arts 21-50), part of the page's one
 * dictionary (i18n.tsx spreads them in); kept apart only to keep each file short.
 */
export const ARBITRATION_WORDS = {
  // The arbitrator's forms.
  acceptedOn: { 'zh-CN': '受理日期', en: 'Accepted on' },
  arbitrationNumber: { 'zh-CN': '仲裁案号', en: 'Arbitration case number' },
  refusedOn: { 'zh-CN': '不予受理日期', en: 'Refused on' },
  refusalReason: { 'zh-CN': '不予受理的理由', en: 'Reasons for the refusal' },
  refusalNote: {
    'zh-CN':
      '不予受理的，应当书面通知申请人并说明理由；申请人可以就该争议向人民法院起诉（《劳动争议调解仲裁法》第29条）。',
    en: 'Tell the applicant in writing, with the reasons; they may then sue in the people’s court (LDMAL art 29).',
  },
  hearingAt: { 'zh-CN': '开庭时间', en: 'Hearing time' },
  hearingPlace: { 'zh-CN': '开庭地点', en: 'Hearing place' },
  tribunal: { 'zh-CN': '仲裁庭组成（选填）', en: 'Tribunal (optional)' },
  tribunalHint: { 'zh-CN': '如：独任仲裁员 张某', en: 'e.g. sole arbitrator Zhang' },
  hearingNotice: {
    'zh-CN': '仲裁庭应当在开庭5日前，将开庭日期、地点书面通知双方当事人（《劳动争议调解仲裁法》第35条）。最早可排在：',
    en: 'Both parties must be told the date and place in writing at least 5 days before the hearing (LDMAL art 35). Earliest day:',
  },
  extensionNote: {
    'zh-CN':
      '案情复杂需要延期的，经仲裁委员会主任批准，审理期限延长15日，并书面通知当事人（《劳动争议调解仲裁法》第43条）。只能延长一次。',
    en: 'For a complex case, with the chair’s approval, the time for the award is extended by 15 days and the parties are told in writing (LDMAL art 43). Once only.',
  },
  extensionReason: { 'zh-CN': '批准情况与延期理由', en: 'Approval and reason for the extension' },
  currentAwardDue: { 'zh-CN': '当前裁决期限：', en: 'The award is now due by' },
  mediationNumber: { 'zh-CN': '调解书编号', en: 'Mediation statement number' },
  mediationOn: { 'zh-CN': '调解书日期', en: 'Dated' },
  mediationTotal: { 'zh-CN': '调解金额合计（元）', en: 'Total agreed (yuan)' },
  awardNumber: { 'zh-CN': '裁决书编号', en: 'Award number' },
  awardedOn: { 'zh-CN': '裁决日期', en: 'Award date' },
  awardReceivedOn: { 'zh-CN': '劳动者收到裁决书日期', en: 'Received by the worker on' },
  awardReceivedHelp: {
    'zh-CN': '起诉、申请撤销的期限自收到裁决书之日起算（第48-50条）。',
    en: 'The periods to sue or to apply to set aside count from this day (arts 48-50).',
  },
  minimumWage: { 'zh-CN': '当地月最低工资标准（元）', en: 'Local monthly minimum wage (yuan)' },
  minimumWageHelp: {
    'zh-CN': '裁决作出时当地施行的月最低工资标准（第47条第1项）。',
    en: 'The local monthly minimum wage in force on the award date (art 47(1)).',
  },
  awardItems: { 'zh-CN': '裁决事项', en: 'Items awarded' },
  awardedYuan: { 'zh-CN': '裁决金额（元）', en: 'Awarded (yuan)' },
  claimed: { 'zh-CN': '请求', en: 'claimed' },
  standardsDispute: {
    'zh-CN': '工作时间、休息休假、社会保险等标准争议（第47条第2项）',
    en: 'Working-time / rest / social-insurance standards dispute (art 47(2))',
  },
  finalityPreview: { 'zh-CN': '按当前填写，预计', en: 'As typed, expected' },
  final: { 'zh-CN': '终局', en: 'Final' },
  nonFinal: { 'zh-CN': '非终局', en: 'Not final' },
  finalCap: { 'zh-CN': '终局上限（12个月最低工资）', en: 'Final-award cap (12 × minimum wage)' },
  // The arbitration card.
  arbitration: { 'zh-CN': '仲裁', en: 'Arbitration' },
  institution: { 'zh-CN': '仲裁机构', en: 'Institution' },
  jurisdiction: { 'zh-CN': '管辖依据', en: 'Jurisdiction' },
  applicationReceivedOn: { 'zh-CN': '收到申请日期', en: 'Application received' },
  extension: { 'zh-CN': '审理期限延长', en: 'Extension' },
  extended: { 'zh-CN': '已延长15日（第43条）', en: 'Extended by 15 days (art 43)' },
  notExtended: { 'zh-CN': '未延长', en: 'Not extended' },
  hearing: { 'zh-CN': '开庭', en: 'Hearing' },
  arbitralMediation: { 'zh-CN': '仲裁调解书', en: 'Arbitral mediation statement' },
  award: { 'zh-CN': '仲裁裁决', en: 'Award' },
  awardTotal: { 'zh-CN': '裁决金额合计（元）', en: 'Total awarded (yuan)' },
  finality: { 'zh-CN': '终局/非终局', en: 'Final or not' },
  standardsTag: { 'zh-CN': '标准争议', en: 'Standards dispute' },
  finality_final: { 'zh-CN': '全部为终局裁决', en: 'All items final' },
  finality_non_final: { 'zh-CN': '全部为非终局裁决', en: 'No item final' },
  finality_mixed: { 'zh-CN': '部分终局、部分非终局', en: 'Some items final, some not' },
  basisStandards: { 'zh-CN': '标准争议，终局（第47条第2项）', en: 'Standards dispute: final (art 47(2))' },
  basisWithinCap: { 'zh-CN': '不超过终局上限，终局（第47条第1项）', en: 'Within the cap: final (art 47(1))' },
  basisAboveCap: {
    'zh-CN': '超过终局上限，非终局，可起诉（第47条、第50条）',
    en: 'Above the cap: not final, either side may sue (arts 47, 50)',
  },
  finalityRule: {
    'zh-CN':
      '《劳动争议调解仲裁法》第47条：追索劳动报酬、工伤医疗费、经济补偿或者赔偿金，不超过当地月最低工资标准12个月金额的争议，以及因执行国家的劳动标准在工作时间、休息休假、社会保险等方面发生的争议，裁决为终局裁决；逐项认定。',
    en: 'LDMAL art 47: an award is final on claims for pay, work-injury medical costs, economic compensation or damages of at most 12 months of the local monthly minimum wage, and on disputes over the national standards on working time, rest and leave or social insurance; each item is classed on its own.',
  },
  downloadApplication: { 'zh-CN': '下载仲裁申请书PDF', en: 'Download the arbitration application PDF' },
  auditArbitrationPdf: { 'zh-CN': '生成仲裁申请书', en: 'Arbitration applications' },
} satisfies Record<string, Label>;
