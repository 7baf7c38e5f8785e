// Synthetic library content for the knowledge bench (knowledge.mjs): typical cases and articles
// built from the vocabulary workers' disputes use, so that common words (工资, 公司, 劳动合同…) are
// in most entries as in a real library. Bench data only, in a throwaway database; every case is
// marked an example (示例) and every article belongs to a made-up "基准测试" law.

const WHO = ['外卖骑手', '快递员', '网约车司机', '货车司机', '家政服务员', '同城配送员', '分拣员', '保洁员'];
const FIRM = [
  '某快递服务有限公司',
  '某配送服务有限公司',
  '某网络科技有限公司',
  '某物流有限公司',
  '某劳务派遣有限公司',
  '某家政服务有限公司',
];
const PLACE = ['鹿城区', '龙湾区', '瓯海区', '瑞安市', '乐清市', '永嘉县', '平阳县', '苍南县'];
const FACTS = [
  '{who}张某于{y}年{m}月到{firm}{place}站点工作，双方未签订书面劳动合同。',
  '张某每天工作约{h}小时，每月休息{d}天，工资按单计算，由站点负责人通过微信转账发放。',
  '{y}年{m}月起，公司以业绩下滑为由拖欠张某工资共计{n}元，多次催要未果。',
  '站点负责人以迟到、差评为由对张某罚款{k}元，从工资中直接扣除。',
  '张某在送件途中发生交通事故受伤，住院治疗{d}天，公司未为其申请工伤认定。',
  '公司口头通知张某不用再来上班，未说明理由，也未支付经济补偿。',
  '张某主张公司支付加班费，公司称其工作时间由本人自主安排，不存在加班。',
  '张某通过平台接单，平台称双方为合作关系，不属于劳动关系。',
  '公司未为张某缴纳社会保险，张某离职后要求补缴并赔偿损失。',
  '张某提交了考勤截图、工资流水和聊天记录作为证据。',
  '双方在调解组织主持下达成调解协议，约定公司分两期支付{n}元，但公司未按期履行。',
  '张某向劳动争议仲裁委员会申请仲裁，请求确认劳动关系并支付各项款项。',
];
const FOCUS = [
  '双方是否存在劳动关系；公司应否支付拖欠的工资。',
  '公司解除劳动合同是否合法；经济补偿或者赔偿金如何计算。',
  '张某是否存在延时加班；加班工资的计算基数。',
  '未签订书面劳动合同期间的二倍工资差额应否支持。',
  '张某所受伤害是否属于工伤；停工留薪期工资由谁负担。',
  '调解协议的效力以及公司不履行时的救济途径。',
];
const REASONING = [
  '张某接受公司的劳动管理，从事公司安排的有报酬的劳动，其工作是公司业务的组成部分，双方符合劳动关系的特征。',
  '公司对其主张的违纪事实未能举证证明，其解除行为缺乏依据，应承担违法解除的法律责任。',
  '用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。',
  '用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。',
  '经济补偿按劳动者在本单位工作的年限，每满一年支付一个月工资的标准向劳动者支付。',
  '职工在工作时间和工作场所内，因工作原因受到事故伤害的，应当认定为工伤。',
  '劳动者主张加班费的，应当就加班事实的存在承担举证责任，但用人单位掌握加班事实存在的证据不提供的，由用人单位承担不利后果。',
  '经调解组织调解达成的调解协议，对双方具有约束力，当事人应当履行。',
];
const ARTICLE_BODY = [
  '用人单位应当依法建立和完善劳动规章制度，保障劳动者享有劳动权利、履行劳动义务。',
  '劳动者有权依法获得劳动报酬，用人单位不得克扣或者无故拖欠劳动者的工资。',
  '用人单位与劳动者协商一致，可以解除劳动合同，并依照规定向劳动者支付经济补偿。',
  '劳动者每日工作时间不超过八小时，平均每周工作时间不超过四十四小时。',
  '发生劳动争议，当事人可以向调解组织申请调解，也可以依法申请仲裁、提起诉讼。',
  '用人单位应当为劳动者缴纳社会保险费，劳动者依法享受社会保险待遇。',
  '平台企业应当合理确定劳动定额和劳动强度，保障劳动者的休息权利。',
  '工伤职工在停工留薪期内，原工资福利待遇不变，由所在单位按月支付。',
];
const CLAIMS = [
  'unpaid_wages',
  'overtime',
  'double_wages',
  'termination_compensation',
  'work_injury',
  'social_insurance',
  'employment_confirmation',
];
const INDUSTRIES = ['courier', 'food_delivery', 'ride_hailing', 'trucking', 'domestic_service'];
const OUTCOMES = ['upheld', 'partly_upheld', 'dismissed', 'settled'];

/** The generators of synthetic cases and articles, drawing from `random`. */
export function fragments(random) {
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const some = (xs, lo, hi) => {
    const n = lo + Math.floor(random() * (hi - lo + 1));
    return [...new Set(Array.from({ length: n }, () => pick(xs)))];
  };
  const fill = (s) =>
    s
      .replaceAll('{who}', pick(WHO))
      .replaceAll('{firm}', pick(FIRM))
      .replaceAll('{place}', pick(PLACE))
      .replaceAll('{y}', String(2019 + Math.floor(random() * 7)))
      .replaceAll('{m}', String(1 + Math.floor(random() * 12)))
      .replaceAll('{h}', String(9 + Math.floor(random() * 5)))
      .replaceAll('{d}', String(2 + Math.floor(random() * 20)))
      .replaceAll('{n}', String(1000 + Math.floor(random() * 40000)))
      .replaceAll('{k}', String(50 + Math.floor(random() * 900)));
  const base = { summary: false, media: [], keywords: [], source: null };
  return {
    typicalCase(i) {
      const claimTypes = some(CLAIMS, 1, 3);
      return {
        ...base,
        kind: 'case',
        title: `示例（基准测试）第${i + 1}号：${pick(WHO)}${fill('{place}')}${pick(['欠薪', '辞退', '工伤', '加班费', '劳动关系'])}纠纷`,
        law: null,
        article: null,
        body: '',
        example: true,
        claimTypes,
        industries: some(INDUSTRIES, 1, 2),
        case: {
          facts: some(FACTS, 3, 6).map(fill).join(''),
          disputeFocus: pick(FOCUS),
          outcome: pick(OUTCOMES),
          reasoning: some(REASONING, 2, 4).join(''),
          basisIds: [],
        },
      };
    },
    article(i) {
      return {
        ...base,
        kind: 'article',
        title: `基准测试条文${i + 1}`,
        law: `基准测试法规${1 + (i % 40)}`,
        article: 1 + Math.floor(i / 40),
        body: some(ARTICLE_BODY, 1, 3).join(''),
        example: false,
        claimTypes: some(CLAIMS, 0, 2),
        industries: [],
        case: null,
      };
    },
  };
}
