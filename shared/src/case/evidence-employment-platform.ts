import { evidenceItem as item, type EvidenceItemSpec } from './evidence-item';

/**
 * What proves the employment relationship in the platform trades (parcels, food, rides, freight):
 * the app's order records, the depot's schedule, the platform agreement. See evidence-employment.ts.
 */
export const PLATFORM_TRADE_EVIDENCE: {
  readonly [I in 'courier' | 'food_delivery' | 'ride_hailing' | 'trucking']: readonly EvidenceItemSpec[];
} = {
  courier: [
    item(
      'employment.courier.app_records',
      'key',
      ['work_record'],
      ['快递员App里的揽收、派件记录', 'Pick-up and delivery records in the courier app'],
      [
        'App或巴枪里的派件单号、签收记录和您的工号页面截图',
        'Screenshots of parcels delivered, sign-offs and your staff number',
      ],
      { employerHolds: true },
    ),
    item(
      'employment.courier.group_chat',
      'key',
      ['chat'],
      ['网点工作群里的通知', "Notices in the outlet's work group chat"],
      [
        '排班、派件片区、考核罚款、开会的通知，能看出网点在管您',
        'Shifts, delivery areas, fines, meetings: they show the outlet directs you',
      ],
    ),
    item(
      'employment.courier.pay',
      'key',
      ['pay_record', 'bank'],
      ['网点或公司发工资的记录', 'Pay transfers from the outlet or company'],
      [
        '工资条，或银行、微信、支付宝转账记录，看得出是谁转的钱',
        'Payslips, or bank, WeChat or Alipay transfers showing who paid you',
      ],
      { employerHolds: true },
    ),
    item(
      'employment.courier.uniform',
      'helpful',
      ['photo'],
      ['工服、工牌照片', 'Photos of your uniform and badge'],
      [
        '穿着印有公司标志的工服、戴着工牌，或在快递车旁的照片',
        "You in the company's uniform and badge, or by its delivery vehicle",
      ],
    ),
    item(
      'employment.courier.contract',
      'helpful',
      ['contract'],
      ['合同或承包协议', 'A contract or contracting agreement'],
      [
        '签过的劳动合同、承包或合作协议都拍下来，看清公司名称',
        "Photograph any contract or partner agreement you signed, with the company's name",
      ],
    ),
  ],
  food_delivery: [
    item(
      'employment.delivery.account',
      'key',
      ['work_record', 'photo'],
      ['骑手App账号页面', 'Your rider account in the platform app'],
      [
        '截图要看得到您的姓名、骑手ID、所属站点或配送商',
        'A screenshot showing your name, rider ID and your depot or delivery contractor',
      ],
    ),
    item(
      'employment.delivery.schedule',
      'key',
      ['work_record', 'chat'],
      ['站点排班表和考勤', "The depot's shift schedule and attendance"],
      ['站长发的排班、上线打卡、早会签到记录', 'Shifts the depot manager sends, clock-ins, morning-meeting check-ins'],
      { employerHolds: true },
    ),
    item(
      'employment.delivery.pay',
      'key',
      ['pay_record', 'bank'],
      ['收入明细和到账记录', 'Earnings and payouts'],
      [
        'App里的收入、结算明细，和配送商打款的银行或微信记录',
        "Earnings and settlements in the app, and the contractor's bank or WeChat payouts",
      ],
      { employerHolds: true },
    ),
    item(
      'employment.delivery.orders',
      'helpful',
      ['work_record'],
      ['App里的接单记录', 'Order history in the app'],
      ['每天接了多少单、在哪个站点接单', 'How many orders a day, and at which depot'],
      { employerHolds: true },
    ),
    item(
      'employment.delivery.group_chat',
      'helpful',
      ['chat'],
      ['站点群里的通知和罚款', 'Depot group-chat notices and fines'],
      ['站长在群里排班、考核、罚款的消息', "The depot manager's messages on shifts, ratings and fines"],
    ),
    item(
      'employment.delivery.uniform',
      'helpful',
      ['photo'],
      ['工服、餐箱、头盔照片', 'Photos of your uniform, delivery box and helmet'],
      ['印有平台或配送商标志的装备', "Gear with the platform's or contractor's logo"],
    ),
    item(
      'employment.delivery.agreement',
      'helpful',
      ['contract'],
      ['App里签的协议或配送商合同', "The agreement in the app or the contractor's contract"],
      [
        '注册时同意的协议在App“我的”或“设置”里能找到',
        'What you agreed to when signing up is usually under "Me" or "Settings"',
      ],
    ),
  ],
  ride_hailing: [
    item(
      'employment.ride.trips',
      'key',
      ['work_record', 'trajectory'],
      ['行程订单记录', 'Trip records'],
      ['司机端App里的历史行程、每天在线时长', 'Past trips and daily online hours in the driver app'],
      { employerHolds: true },
    ),
    item(
      'employment.ride.agreement',
      'key',
      ['contract'],
      ['和平台或租车公司的协议', 'The agreement with the platform or car company'],
      [
        '注册时在App里同意的协议、合作协议、租车或挂靠合同',
        'What you agreed to in the app, partner agreements, car rental or affiliation contracts',
      ],
    ),
    item(
      'employment.ride.pay',
      'key',
      ['pay_record', 'bank'],
      ['收入流水和提现记录', 'Earnings and withdrawals'],
      ['App里的流水、平台抽成、提现到银行卡的记录', "Earnings, the platform's cut and withdrawals to your bank card"],
      { employerHolds: true },
    ),
    item(
      'employment.ride.rules',
      'helpful',
      ['chat', 'work_record'],
      ['派单、考核和处罚通知', 'Dispatch, rating and penalty notices'],
      ['平台要求的在线时长、必须接的单、封号或罚款通知', 'Required online hours, orders you must take, bans or fines'],
    ),
    item(
      'employment.ride.account',
      'helpful',
      ['photo', 'work_record'],
      ['司机端账号和从业资格证', 'Your driver account and permit'],
      [
        '账号页面截图，网约车驾驶员证照片',
        'A screenshot of the account page, a photo of your ride-hailing driver permit',
      ],
    ),
  ],
  trucking: [
    item(
      'employment.trucking.waybills',
      'key',
      ['work_record'],
      ['运单和派车记录', 'Waybills and dispatch records'],
      ['App或公司派的运单、装货卸货记录', 'Jobs the app or company gave you, loading and delivery records'],
      { employerHolds: true },
    ),
    item(
      'employment.trucking.pay',
      'key',
      ['pay_record', 'bank'],
      ['运费结算和到账记录', 'Freight settlements and payments'],
      ['结算单，和银行、微信到账记录', 'Settlement slips, and bank or WeChat payments'],
      { employerHolds: true },
    ),
    item(
      'employment.trucking.agreement',
      'key',
      ['contract'],
      ['和平台或车队的协议', 'The agreement with the platform or fleet'],
      ['注册协议、车辆挂靠或租赁合同', 'The sign-up agreement, vehicle affiliation or lease contract'],
    ),
    item(
      'employment.trucking.dispatch_chat',
      'helpful',
      ['chat'],
      ['车队群里的调度通知', "Dispatch notices in the fleet's group chat"],
      ['调度安排您跑哪条线、几点到的消息', 'Messages telling you which route to run and when to arrive'],
    ),
    item(
      'employment.trucking.route',
      'helpful',
      ['trajectory'],
      ['行车轨迹', 'Route history'],
      ['按公司要求的路线和时间行驶的轨迹截图', 'Screenshots of routes driven as the company told you'],
    ),
  ],
};
