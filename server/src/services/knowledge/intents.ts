import type { ClaimType, NextStepKind } from '@gig/shared';

/**
 * What a worker's question is about, from the words workers use: the claim types it touches (to
 * favour their articles and cases and to pick the next steps), and whether it is a labour matter
 * at all. The words are matched on the question's text, so a phrase jieba splits still counts.
 */
const CLAIM_WORDS: Record<ClaimType, readonly string[]> = {
  termination_compensation: [
    '辞退',
    '开除',
    '解雇',
    '炒鱿鱼',
    '裁员',
    '解除',
    '不要我',
    '不让我干',
    '离职',
    '辞职',
    '补偿',
    '赔偿金',
    'n+1',
    '2n',
  ],
  unpaid_wages: ['工资', '欠薪', '拖欠', '工钱', '薪水', '报酬', '结算', '没发钱', '不发钱', '押金'],
  overtime: ['加班', '加班费', '超时', '休息', '节假日', '工时'],
  double_wages: ['合同', '没签', '未签', '二倍', '双倍'],
  work_injury: ['工伤', '受伤', '摔伤', '撞', '车祸', '事故', '伤残', '职业伤害', '医药费', '医疗费', '骨折', '住院'],
  employment_confirmation: [
    '劳动关系',
    '骑手',
    '外卖',
    '快递',
    '网约车',
    '司机',
    '众包',
    '专送',
    '平台',
    '算不算',
    '个体',
    '承揽',
    '劳务',
  ],
  social_insurance: ['社保', '社会保险', '五险', '养老', '医保', '失业'],
  platform_penalties: ['罚款', '扣款', '扣钱', '扣分', '封号', '差评', '超时罚'],
  other: [],
};

/** Words that make a question a labour matter even without a claim type (the parties, the procedure). */
const LABOUR_WORDS = [
  '老板',
  '公司',
  '单位',
  '用人单位',
  '雇主',
  '站长',
  '上班',
  '工作',
  '干活',
  '员工',
  '劳动',
  '仲裁',
  '调解',
  '维权',
  '投诉',
  '12333',
  '劳动监察',
  '法律援助',
  '试用期',
  '入职',
  '跑单',
  '接单',
  '配送',
  '家政',
  '保姆',
];

export interface Intent {
  claimTypes: ClaimType[];
  labour: boolean;
}

export function intentOf(question: string): Intent {
  const q = question.toLowerCase();
  const claimTypes = (Object.keys(CLAIM_WORDS) as ClaimType[]).filter((t) => CLAIM_WORDS[t].some((w) => q.includes(w)));
  return { claimTypes, labour: claimTypes.length > 0 || LABOUR_WORDS.some((w) => q.includes(w)) };
}

/** The product's next steps for the claim types a question touches (the mediator exit is always added). */
export function nextStepsFor(types: readonly ClaimType[]): NextStepKind[] {
  const calc: readonly ClaimType[] = [
    'termination_compensation',
    'unpaid_wages',
    'overtime',
    'double_wages',
    'work_injury',
  ];
  const out: NextStepKind[] = [];
  if (types.some((t) => calc.includes(t))) out.push('calculator');
  out.push('file_claim', 'legal_aid');
  return out;
}
