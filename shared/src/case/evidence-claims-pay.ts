import type { Label } from '../labels';
import { evidenceItem as item, type EvidenceItemSpec } from './evidence-item';

/** What proves the money claims owed on the work itself: wages, overtime, double wages, termination pay. */
export const PAY_CLAIM_EVIDENCE: {
  readonly [C in 'unpaid_wages' | 'overtime' | 'double_wages' | 'termination_compensation']: {
    readonly basis: Label | null;
    readonly items: readonly EvidenceItemSpec[];
  };
} = {
  unpaid_wages: {
    basis: null,
    items: [
      item(
        'unpaid_wages.agreed_pay',
        'key',
        ['contract', 'chat'],
        ['说好的工资标准', 'The pay you were promised'],
        [
          '合同、招工广告，或聊天里说好的月薪、每单单价',
          'The contract, the job ad, or chats stating the monthly pay or the rate per order',
        ],
      ),
      item(
        'unpaid_wages.work_done',
        'key',
        ['work_record'],
        ['欠薪期间干了多少活', 'The work you did in the unpaid period'],
        ['这段时间的接单、派件、出车或考勤记录', 'Orders, deliveries, trips or attendance in that period'],
        { employerHolds: true },
      ),
      item(
        'unpaid_wages.paid_so_far',
        'key',
        ['pay_record', 'bank'],
        ['已经发了多少', 'What you were paid'],
        [
          '工资条、收入明细、银行或微信到账记录，看得出少发了多少',
          'Payslips, earnings, bank or WeChat payments showing the shortfall',
        ],
        { employerHolds: true },
      ),
      item(
        'unpaid_wages.demands',
        'helpful',
        ['chat', 'audio'],
        ['催要工资的记录', 'Your requests for the money'],
        [
          '找单位要钱的聊天、短信；单位承认欠钱、答应付款的话最有用',
          'Chats or texts asking for it; the company admitting the debt or promising to pay helps most',
        ],
      ),
    ],
  },
  overtime: {
    basis: null,
    items: [
      item(
        'overtime.hours',
        'key',
        ['work_record', 'trajectory'],
        ['实际干活的时间', 'The hours you actually worked'],
        [
          '上下线、打卡、接单时间记录，看得出每天干了多久',
          'Online, clock-in or order times showing how long you worked each day',
        ],
        { employerHolds: true },
      ),
      item(
        'overtime.required',
        'key',
        ['chat', 'contract'],
        ['单位安排或要求加班', 'The company made you work extra'],
        ['排班表、要求加班或节假日上岗的通知', 'Schedules, or notices requiring extra hours or holiday work'],
      ),
      item(
        'overtime.paid',
        'helpful',
        ['pay_record', 'bank'],
        ['加班费发了多少', 'What overtime pay you got'],
        ['工资条里有没有加班费', 'Whether your payslips show overtime pay'],
        { employerHolds: true },
      ),
    ],
  },
  double_wages: {
    basis: {
      'zh-CN':
        '《劳动合同法》第八十二条：用工超过一个月不满一年未订立书面劳动合同的，应当每月支付二倍工资。所以要证明哪天开始干活、每月工资多少。',
      en: 'Labour Contract Law art 82: working over a month and under a year with no written contract earns double wages each month. So show when you started and your monthly pay.',
    },
    items: [
      item(
        'double_wages.start_date',
        'key',
        ['work_record', 'chat', 'pay_record'],
        ['哪天开始干活', 'When you started'],
        [
          '第一单、第一次打卡、进工作群或第一次发工资的记录',
          'Your first order or clock-in, joining the work chat, or your first pay',
        ],
      ),
      item(
        'double_wages.monthly_pay',
        'key',
        ['pay_record', 'bank'],
        ['每个月的工资', 'Your monthly pay'],
        ['工资条或到账记录，二倍工资按它算', 'Payslips or payments: double wages are worked out from them'],
        { employerHolds: true },
      ),
      item(
        'double_wages.what_was_signed',
        'helpful',
        ['contract'],
        ['签过的其他协议', 'Anything else you signed'],
        [
          '只签过“合作协议”“承揽协议”或什么都没签，也可以申请；签过的拍下来',
          'Only a "partner" or "contractor" agreement, or nothing at all? You can still claim; photograph what you signed',
        ],
      ),
    ],
  },
  termination_compensation: {
    basis: {
      'zh-CN':
        '《劳动合同法》第四十七条：经济补偿按工作年限，每满一年支付一个月工资；月工资是解除前十二个月的平均工资。',
      en: "Labour Contract Law art 47: compensation is one month's pay per year worked, the month's pay being the average of the last 12 months.",
    },
    items: [
      item(
        'termination.how_it_ended',
        'key',
        ['chat', 'work_record', 'audio'],
        ['怎么不让您干的', 'How the job ended'],
        [
          '辞退通知、被移出工作群、账号被封停，或叫您别来了的聊天、录音',
          'A dismissal notice, removal from the work chat, a blocked account, or chats telling you to go',
        ],
      ),
      item(
        'termination.service_length',
        'key',
        ['work_record', 'contract', 'pay_record'],
        ['干了多久', 'How long you worked there'],
        [
          '第一天和最后一天干活的记录，补偿按年限算',
          'Records of your first and last day: compensation depends on the years worked',
        ],
      ),
      item(
        'termination.last_year_pay',
        'key',
        ['pay_record', 'bank'],
        ['最近12个月的工资', 'Your pay in the last 12 months'],
        ['工资条或到账记录，补偿按平均工资算', 'Payslips or payments: compensation uses the average'],
        { employerHolds: true },
      ),
      item(
        'termination.your_reason',
        'helpful',
        ['chat', 'contract'],
        ['您辞职的原因和通知', 'Why you quit, if you did'],
        [
          '因欠薪、不交社保等辞职的，留好您发给单位的辞职通知',
          'If you quit over unpaid wages or no social insurance, keep the notice you sent',
        ],
      ),
    ],
  },
};
