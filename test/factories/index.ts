import { randomUUID } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { addDays, chinaDate, type CaseAction, type ClaimCreateBody } from '@gig/shared';

/**
 * The test world's small factories (FixMyStreet-style): each test builds what it needs from these
 * and says only what is particular to it. No database or HTTP here: the server helpers take
 * these bodies to the real API (filing a claim: fileClaim in ./http).
 */

/** A courier's wage claim at the courier association station, valid as it stands. */
export const claim = (over: Partial<ClaimCreateBody> = {}): ClaimCreateBody => ({
  claimant: { name: '王小明', idNumber: '11010519491231002X', phone: '13812345678' },
  industry: 'courier',
  workMode: 'outlet',
  areaCode: '330302',
  respondent: { name: '温州某快递服务有限公司' },
  items: [{ type: 'unpaid_wages', amountYuan: '1000' }],
  incidentDate: '2026-10-01',
  description: '十月份工资未发放，多次催要无果。',
  stationCode: 'WZ-COURIER',
  legalAid: false,
  ...over,
});

/** China's calendar day today. */
export const today = (): string => chinaDate(new Date());

/** The urgent joint consultation's body (特事急诊). */
export const consultation = (participants: { role: string; name: string; staffId?: string }[] = []) => ({
  reason: '群体性欠薪，涉及二十余名骑手',
  participants: participants.length ? participants : [{ role: 'arbitrator', name: '张仲裁' }],
  plan: '一案一策：先行垫付工资，再追偿平台合作方。',
  meetingAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
  place: '市调解中心三楼会商室',
});

/** What an agreement may say differently: who pays, by when, how. */
export interface AgreementOver {
  payer?: string;
  effectiveOn?: string;
  dueDate?: string;
  paymentMethod?: string;
}

/**
 * A mediation agreement's body (record_agreement, outlet_settled): one wage item, due today, by
 * bank transfer, signed on paper by everyone today (so in effect at once).
 */
export const agreement = (amountYuan = '1000', over: AgreementOver = {}) => {
  const { payer = '温州某快递服务有限公司', ...rest } = over;
  return {
    items: [{ type: 'unpaid_wages', amountYuan, payer }],
    effectiveOn: today(),
    dueDate: today(),
    paymentMethod: 'bank_transfer',
    ...rest,
  };
};

/** The same terms, to be signed by each party in the app (not yet in effect). */
export const unsignedAgreement = (amountYuan = '1000', over: AgreementOver = {}) => {
  const { effectiveOn: _paper, ...terms } = agreement(amountYuan, over);
  return terms;
};

/** Ids a body may need: another intake station, an outlet, a lawyer, a session, a signature image. */
export interface BodyIds {
  otherStation?: string;
  outlet?: string;
  lawyer?: string;
  session?: string;
  signature?: string;
  /** The current agreement text's hash, and a scan on the case. */
  textSha256?: string;
  scan?: string;
}

/** A body each action's schema accepts (the effect may still refuse it, e.g. an unknown session). */
export function actionBody(action: CaseAction, ids: BodyIds = {}): Record<string, unknown> {
  const reason = { reason: '测试原因' };
  const outcome = (n: number) => ({
    authority: '鹿城区人民法院',
    documentNumber: `(2026)浙0302民特${n}号`,
    decidedOn: today(),
  });
  const bodies: Partial<Record<CaseAction, Record<string, unknown>>> = {
    reject: reason,
    record_failure: reason,
    take_back: reason,
    transfer: { toStationId: ids.otherStation ?? randomUUID(), ...reason },
    dispatch: { outletId: ids.outlet ?? randomUUID() },
    flag_urgent: consultation(),
    record_agreement: agreement(),
    outlet_settled: agreement(),
    record_performance: { paidYuan: '1000', paidOn: today() },
    assign_lawyer: { lawyerId: ids.lawyer ?? randomUUID() },
    record_confirmation: outcome(1),
    confirmation_refused: { ...outcome(2), ...reason },
    record_enforcement: { court: '鹿城区人民法院', appliedOn: today() },
    schedule_session: {
      startsAt: new Date(Date.now() + 86400_000).toISOString(),
      mode: 'online',
      link: 'https://meeting.example.cn/r/1',
      attendees: [{ side: 'worker', name: '王小明' }],
    },
    record_attendance: { sessionId: ids.session ?? randomUUID(), present: [] },
    sign_agreement: { textSha256: ids.textSha256 ?? '0'.repeat(64) },
    request_confirmation: { route: 'judicial_confirmation' },
    accept_arbitration: { acceptedOn: today(), arbitrationNumber: '温鹿劳人仲案字〔2026〕1号' },
    refuse_arbitration: { decidedOn: today(), ...reason },
    schedule_hearing: {
      startsAt: new Date(Date.now() + 7 * 86400_000).toISOString(),
      address: '仲裁院第一仲裁庭',
    },
    extend_award: reason,
    record_arbitral_mediation: { documentNumber: '温鹿劳人仲调字〔2026〕1号', decidedOn: today(), totalYuan: '3000' },
    record_award: award(),
    request_legal_aid: { hardship: true, situation: '收入低，不会写仲裁申请书，需要律师帮助。' },
    decline_legal_aid: reason,
    consent_confirmation: { evidenceId: ids.scan ?? randomUUID() },
    record_payment_order: { outcome: 'issued', court: '鹿城区人民法院', decidedOn: today() },
    outlet_reply: { account: '该骑手九月出勤22天，工资已核算，因平台罚款扣除部分金额。' },
    outlet_propose: proposal(),
    outlet_return: reason,
    answer_session: { sessionId: ids.session ?? randomUUID(), attend: true },
    confirm_agreement: { textSha256: ids.textSha256 ?? '0'.repeat(64) },
    record_signature: {
      side: 'respondent',
      name: '网点负责人',
      evidenceId: ids.scan ?? randomUUID(),
      textSha256: ids.textSha256 ?? '0'.repeat(64),
    },
    amend_agreement: { ...unsignedAgreement('900'), ...reason },
    report_unresolved: { answer: 'not_paid', reason: '说好一周内付款，到现在还没收到。' },
  };
  return bodies[action] ?? {};
}

/** The outlet's offer: one wage item paid in a week. */
export function proposal(amountYuan = '3000') {
  return {
    items: [{ type: 'unpaid_wages', amountYuan }],
    dueDate: addDays(today(), 7),
    paymentMethod: 'bank_transfer',
    note: '一周内转账',
  };
}

/** An award of one wage item, received today. */
export function award(items = [{ type: 'unpaid_wages', awardedYuan: '3000', standardsDispute: false }]) {
  return {
    documentNumber: '温鹿劳人仲裁字〔2026〕1号',
    awardedOn: today(),
    receivedOn: today(),
    minimumWageYuan: '2540',
    items,
  };
}

/** A real 1x1 PNG, built here so its bytes are what a phone would send; `seed` makes it unique. */
export function png(seed = 0): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
    return Buffer.concat([len, Buffer.from(type), data, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, seed & 255, (seed >> 8) & 255, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(b: Buffer): number {
  let c = ~0;
  for (const byte of b) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
