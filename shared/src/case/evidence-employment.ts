import type { Industry } from '../enums';
import { COMPANY_MODES, evidenceItem as item, type EvidenceItemSpec } from './evidence-item';
import { PLATFORM_TRADE_EVIDENCE } from './evidence-employment-platform';

/**
 * What proves the employment relationship, per industry, in the order a mediator asks for it. The
 * shape follows 劳社部发〔2005〕12号 art 2's list — (1) pay and social-insurance records, (2) a work
 * ID or service card, (3) recruitment or application forms, (4) attendance records, (5) other
 * workers' testimony — in the form each trade's evidence takes (the app's order records, the
 * depot's schedule, the platform agreement). Items 1, 3 and 4 the employer holds and must produce.
 */
export const EMPLOYMENT_EVIDENCE: { readonly [I in Industry]: readonly EvidenceItemSpec[] } = {
  ...PLATFORM_TRADE_EVIDENCE,
  domestic_service: [
    item(
      'employment.domestic.company_contract',
      'key',
      ['contract'],
      ['和家政公司签的合同', 'Your contract with the housekeeping company'],
      [
        '劳动合同、员工制协议或服务协议，看清公司名称和盖章',
        'The labour contract, staff agreement or service agreement, with its name and seal',
      ],
      { modes: ['platform_app', 'outlet', 'direct'] },
    ),
    item(
      'employment.domestic.household_terms',
      'key',
      ['contract', 'chat'],
      ['和雇主说好的活和工钱', 'What you and the household agreed'],
      [
        '书面约定，或微信里说好的工钱、休息日、干什么活',
        'A written note, or WeChat messages about pay, days off and duties',
      ],
      { modes: ['household'] },
    ),
    item(
      'employment.domestic.payments',
      'key',
      ['pay_record', 'bank'],
      ['雇主或公司的付款记录', 'Payments from the household or the company'],
      [
        '每月工钱的转账、微信付款或收条，看得出是谁付的钱',
        'Monthly transfers, WeChat payments or receipts showing who paid you',
      ],
      { employerHolds: true },
    ),
    item(
      'employment.domestic.assignments',
      'key',
      ['chat', 'work_record'],
      ['公司的派单和工作安排', 'Job assignments from the company'],
      ['公司派您去哪家做、做什么的消息或派工单', 'Messages or job sheets sending you to a home and saying what to do'],
      { modes: COMPANY_MODES },
    ),
    item(
      'employment.domestic.badge',
      'helpful',
      ['photo'],
      ['上岗证、工牌或工服照片', 'Photos of your work card, badge or uniform'],
      ['公司发的、印有公司名称的', 'Issued by the company, with its name'],
      { modes: COMPANY_MODES },
    ),
  ],
  other: [
    item(
      'employment.other.work_records',
      'key',
      ['work_record'],
      ['考勤或工作记录', 'Attendance or work records'],
      ['打卡、排班、接单或工作量记录', 'Clock-ins, shifts, orders or the work you did'],
      { employerHolds: true },
    ),
    item(
      'employment.other.pay',
      'key',
      ['pay_record', 'bank'],
      ['工资到账记录', 'Records of pay received'],
      [
        '工资条，或银行、微信、支付宝转账记录，看得出是谁付的钱',
        'Payslips, or bank, WeChat or Alipay transfers showing who paid you',
      ],
      { employerHolds: true },
    ),
    item(
      'employment.other.management',
      'helpful',
      ['chat', 'contract'],
      ['单位管理您的通知和制度', 'Notices and rules showing the company directs you'],
      ['工作群里的安排、规章制度、考核罚款', 'Work-chat instructions, company rules, ratings and fines'],
    ),
    item(
      'employment.other.badge',
      'helpful',
      ['photo'],
      ['工作证、工服照片', 'Photos of your work ID or uniform'],
      ['印有单位名称或标志的', "With the company's name or logo"],
    ),
    item(
      'employment.other.contract',
      'helpful',
      ['contract'],
      ['劳动合同或协议', 'A labour contract or agreement'],
      ['签过的都拍下来，看清单位名称', "Photograph whatever you signed, with the company's name"],
    ),
  ],
};

/**
 * Items for every industry, after its own: the rest of 12号 art 2's list, and the agency's contract.
 * (The social-insurance record, in the same list, is the social-insurance claim's: a payslip, the
 * category it is filed under, would tick it here for every claim.)
 */
export const EMPLOYMENT_COMMON: readonly EvidenceItemSpec[] = [
  item(
    'employment.agency_contract',
    'key',
    ['contract'],
    ['和劳务派遣或外包公司的合同', 'The contract with the staffing or outsourcing company'],
    [
      '看得出是哪家公司和您签的、派您去哪家单位干活',
      'It shows which company signed with you and where it sent you to work',
    ],
    { modes: ['agency'] },
  ),
  item(
    'employment.signup_form',
    'helpful',
    ['contract'],
    ['招工登记表或报名表', 'Recruitment or application forms'],
    [
      '入职时填的登记表、报名表；您拍过照片的也可以上传',
      'The forms you filled in when hired; upload a photo if you took one',
    ],
    { employerHolds: true, modes: COMPANY_MODES },
  ),
  item(
    'employment.witness',
    'helpful',
    ['chat'],
    ['同事能作证', 'Co-workers who can testify'],
    [
      '上传和同事的聊天记录，把同事的姓名、电话写在“发生了什么”里',
      'Upload chats with them, and put their names and phones in "What happened"',
    ],
  ),
];
