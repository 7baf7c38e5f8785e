import type { ClaimType } from '../enums';
import type { Label } from '../labels';
import { evidenceItem as item, type EvidenceItemSpec } from './evidence-item';
import { PAY_CLAIM_EVIDENCE } from './evidence-claims-pay';

/**
 * What proves each claim, beyond the employment relationship (its own group). The basis, where a
 * group has one, says why an item matters (what the amount is computed from); it cites only
 * articles stated in docs/legal-rules.md.
 */
export const CLAIM_EVIDENCE: {
  readonly [C in ClaimType]: { readonly basis: Label | null; readonly items: readonly EvidenceItemSpec[] };
} = {
  ...PAY_CLAIM_EVIDENCE,
  work_injury: {
    basis: null,
    items: [
      item(
        'work_injury.medical',
        'key',
        ['medical'],
        ['病历、诊断证明和医药费票据', 'Medical records, diagnosis and bills'],
        ['第一次看病的病历最要紧，医药费发票都留好', 'The first hospital record matters most; keep every medical bill'],
      ),
      item(
        'work_injury.on_the_job',
        'key',
        ['work_record', 'trajectory', 'photo'],
        ['受伤时正在干活', 'You were working when hurt'],
        [
          '当时在送的订单、行驶轨迹、现场照片或报警记录',
          'The order you were on, your route, photos of the scene or the police report',
        ],
      ),
      item(
        'work_injury.reported',
        'helpful',
        ['chat', 'audio'],
        ['告诉过单位', 'You told the company'],
        [
          '受伤后告诉站长、网点或平台客服的聊天、通话记录',
          'Chats or calls telling the depot, outlet or platform support',
        ],
      ),
    ],
  },
  employment_confirmation: {
    basis: {
      'zh-CN':
        '劳社部发〔2005〕12号：双方都具备主体资格；您受单位的劳动管理，从事单位安排的有报酬的劳动；您干的活是单位业务的组成部分。',
      en: '劳社部发〔2005〕12号: both sides qualify as parties; the company manages your work and pays you for it; your work is part of its business.',
    },
    items: [
      item(
        'employment_confirmation.managed',
        'key',
        ['chat', 'contract'],
        ['单位管着您干活', 'The company directs your work'],
        [
          '规章制度、排班、考核、罚款，看得出您要听单位安排',
          'Rules, schedules, ratings, fines: they show you had to follow its orders',
        ],
      ),
      item(
        'employment_confirmation.period',
        'key',
        ['work_record', 'pay_record', 'chat'],
        ['从哪天干到哪天', 'When you started and stopped'],
        ['第一单和最后一单，或第一次和最后一次发工资的记录', 'Your first and last orders, or your first and last pay'],
      ),
    ],
  },
  social_insurance: {
    basis: null,
    items: [
      item(
        'social_insurance.record',
        'key',
        ['pay_record'],
        ['社保缴费记录', 'Your social-insurance record'],
        [
          '在“掌上12333”、当地社保App或支付宝查到的缴费记录截图',
          'A screenshot of contributions from the 掌上12333 app, a local social-insurance app or Alipay',
        ],
        { employerHolds: true },
      ),
      item(
        'social_insurance.deducted',
        'helpful',
        ['pay_record'],
        ['工资里扣了社保', 'Social insurance taken from your pay'],
        ['工资条上扣了社保钱，缴费记录里却没有', 'Payslips deducting it while the record shows nothing paid'],
        { employerHolds: true },
      ),
      item(
        'social_insurance.waiver',
        'helpful',
        ['contract'],
        ['让您签的放弃社保声明', 'A social-insurance "waiver" you signed'],
        ['“自愿放弃社保”之类的声明或协议也拍下来', 'Photograph any statement that you "chose" to give it up'],
      ),
    ],
  },
  platform_penalties: {
    basis: null,
    items: [
      item(
        'platform_penalties.records',
        'key',
        ['work_record', 'pay_record'],
        ['罚款、扣款记录', 'The fines and deductions'],
        [
          'App里的罚单、扣款明细截图，或工资条上的扣款',
          'Screenshots of fines and deductions in the app, or on payslips',
        ],
        { employerHolds: true },
      ),
      item(
        'platform_penalties.rule',
        'key',
        ['contract', 'chat'],
        ['罚款依据的规则', 'The rule they cited'],
        ['平台规则或站点制度，看看有没有提前公布', "The platform's or depot's rules: were they published beforehand?"],
      ),
      item(
        'platform_penalties.order',
        'helpful',
        ['work_record', 'trajectory', 'photo'],
        ['被罚那一单的情况', 'The order you were fined for'],
        [
          '订单详情、轨迹、照片，证明超时或差评不怪您',
          'Order details, route, photos showing the delay or bad rating was not your fault',
        ],
      ),
      item(
        'platform_penalties.appeal',
        'helpful',
        ['chat'],
        ['申诉记录', 'Your appeal'],
        ['在App里申诉，或和站长、客服的聊天', 'Appeals in the app, or chats with the manager or support'],
      ),
    ],
  },
  other: {
    basis: null,
    items: [
      item(
        'other.facts',
        'key',
        ['chat', 'photo', 'contract'],
        ['能说明发生了什么的材料', 'Anything that shows what happened'],
        ['聊天、照片、文件都可以', 'Chats, photos or documents'],
      ),
    ],
  },
};
