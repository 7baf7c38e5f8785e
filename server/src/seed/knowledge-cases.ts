import type { KnowledgeContent } from '@gig/shared';

/**
 * Typical cases the library starts with. None of them is a real case: no published case could be
 * named here with certainty (court or ministry publication and date), so each is an illustrative
 * example (example: true), shown as 示例 everywhere. `basis` names the seeded articles by law and
 * number; the seed links them by id. Replace them with sourced cases through the staff page.
 */
export type SeedCase = Omit<KnowledgeContent, 'case' | 'law' | 'article' | 'source' | 'media'> & {
  facts: string;
  disputeFocus: string;
  outcome: NonNullable<KnowledgeContent['case']>['outcome'];
  reasoning: string;
  basis: [string, number][];
};

const example = (c: Omit<SeedCase, 'example' | 'summary'>): SeedCase => ({ ...c, example: true, summary: false });

export const SEED_CASES: SeedCase[] = [
  example({
    title: '示例：外卖骑手被站点口头辞退，主张经济补偿',
    body: '示例案例（非真实案例）：专送骑手被站点口头辞退后，经调解获得经济补偿。',
    facts:
      '骑手刘某在某配送站点做专送骑手一年零三个月，站点排班、考勤并按月发放工资。某日站长以“跑单太慢”为由口头通知其不用再来上班，未支付任何补偿。',
    disputeFocus: '双方是否存在劳动关系；站点解除劳动合同是否合法，应支付经济补偿还是赔偿金。',
    outcome: 'settled',
    reasoning:
      '站点对骑手进行排班、考勤和工资管理，骑手的劳动是站点配送业务的组成部分，可以认定劳动关系。仅以“跑单太慢”口头辞退，缺乏依据。调解员释明经济补偿按工作年限计算、违法解除的赔偿金为经济补偿标准的二倍后，双方达成调解协议：刘某工作一年零三个月，满一年的部分支付一个月工资，不满六个月的部分支付半个月工资，站点共支付一个半月工资的经济补偿。',
    basis: [
      ['劳动合同法', 47],
      ['劳动合同法', 87],
      ['劳动争议调解仲裁法', 2],
    ],
    claimTypes: ['termination_compensation', 'employment_confirmation'],
    industries: ['food_delivery'],
    keywords: ['骑手', '辞退', '站长', '经济补偿', '口头辞退'],
  }),
  example({
    title: '示例：快递员入职半年未签劳动合同，主张二倍工资',
    body: '示例案例（非真实案例）：快递网点未与快递员订立书面劳动合同，裁决支付部分二倍工资差额。',
    facts:
      '快递员陈某到某快递网点工作，每天按网点安排派件，网点按月支付工资，但一直未与其签订书面劳动合同。工作七个月后陈某离职，要求网点支付未签合同期间的二倍工资差额。',
    disputeFocus: '未订立书面劳动合同的二倍工资从何时起算、计算到何时。',
    outcome: 'partly_upheld',
    reasoning:
      '用人单位自用工之日起超过一个月不满一年未订立书面劳动合同的，应当每月支付二倍工资。二倍工资从用工满一个月的次日起算，陈某主张自入职第一天起算的部分不予支持。',
    basis: [
      ['劳动合同法', 10],
      ['劳动合同法', 82],
    ],
    claimTypes: ['double_wages'],
    industries: ['courier'],
    keywords: ['快递员', '没签合同', '二倍工资', '网点'],
  }),
  example({
    title: '示例：网约车司机自主接单，请求确认劳动关系',
    body: '示例案例（非真实案例）：自备车辆、自主决定是否接单的网约车司机请求确认劳动关系，未获支持。',
    facts:
      '司机周某使用自己的车辆注册某网约车平台，自行决定上线时间和是否接单，平台按订单抽成，不规定出勤，也无考勤和排班。周某因账号被封请求确认与平台之间存在劳动关系。',
    disputeFocus: '平台对司机是否存在劳动管理，双方是否构成劳动关系。',
    outcome: 'dismissed',
    reasoning:
      '判断劳动关系看劳动管理的程度：是否排班考勤、能否自主决定工作时间和接单、报酬如何结算。周某自主决定是否上线和接单，平台未进行劳动管理，属于依托平台自主开展经营活动的情形，按照民事法律调整，对确认劳动关系的请求不予支持。',
    basis: [['劳动争议调解仲裁法', 2]],
    claimTypes: ['employment_confirmation', 'platform_penalties'],
    industries: ['ride_hailing'],
    keywords: ['网约车', '司机', '劳动关系', '算不算', '封号', '平台'],
  }),
  example({
    title: '示例：骑手送餐途中摔伤，站点不申请工伤认定',
    body: '示例案例（非真实案例）：用人单位不申请工伤认定时，受伤骑手本人在一年内申请。',
    facts:
      '骑手孙某与某配送公司签有劳动合同。一次送餐途中孙某因路面湿滑摔倒骨折住院，公司以“自己不小心”为由不管，也不申请工伤认定。',
    disputeFocus: '送餐途中受伤是否属于工伤；用人单位不申请时劳动者能否自己申请。',
    outcome: 'upheld',
    reasoning:
      '在工作时间和工作场所内因工作原因受到事故伤害的，应当认定为工伤。用人单位未在30日内申请的，工伤职工本人可以在事故伤害发生之日起1年内直接申请工伤认定，用人单位未按时申请期间发生的工伤待遇等有关费用由其负担。孙某自行申请后被认定为工伤，再就待遇与公司调解。',
    basis: [
      ['工伤保险条例', 14],
      ['工伤保险条例', 17],
    ],
    claimTypes: ['work_injury'],
    industries: ['food_delivery'],
    keywords: ['骑手', '摔伤', '工伤', '公司不管', '工伤认定', '送餐'],
  }),
  example({
    title: '示例：货车司机被拖欠三个月工资',
    body: '示例案例（非真实案例）：调解协议约定的工资到期不付，司机申请支付令。',
    facts:
      '货车司机吴某受雇于某物流公司，公司连续三个月未发工资。经调解，双方签订调解协议，约定公司在一个月内付清，到期后公司仍未支付。',
    disputeFocus: '调解协议到期不履行时，劳动者如何尽快拿到工资。',
    outcome: 'upheld',
    reasoning:
      '因支付拖欠劳动报酬达成调解协议，用人单位在约定期限内不履行的，劳动者可以持调解协议书向人民法院申请支付令。用人单位应当及时足额支付劳动报酬。吴某持调解协议书申请支付令，法院依法发出支付令。',
    basis: [
      ['劳动争议调解仲裁法', 16],
      ['劳动合同法', 30],
    ],
    claimTypes: ['unpaid_wages'],
    industries: ['trucking'],
    keywords: ['欠薪', '拖欠工资', '司机', '支付令', '不给钱'],
  }),
  example({
    title: '示例：员工制家政保洁员主张节假日加班费',
    body: '示例案例（非真实案例）：家政公司员工制保洁员法定节假日被安排工作，主张加班工资。',
    facts:
      '保洁员郑某是某家政公司的员工制员工，由公司派到客户家中服务。国庆假期公司安排其连续工作三天，未安排补休也未支付加班工资。',
    disputeFocus: '员工制家政人员是否适用劳动法关于加班工资的规定；法定休假日加班工资的标准。',
    outcome: 'partly_upheld',
    reasoning:
      '郑某与家政公司之间是劳动关系（与家庭直接雇用不同），适用劳动法。法定休假日安排劳动者工作的，应支付不低于工资百分之三百的工资报酬。郑某主张的其他日期缺乏证据，不予支持。',
    basis: [
      ['劳动法', 44],
      ['劳动法', 41],
    ],
    claimTypes: ['overtime'],
    industries: ['domestic_service'],
    keywords: ['家政', '保洁', '加班费', '节假日', '国庆'],
  }),
];
