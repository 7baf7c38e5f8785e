import {
  acceptanceDeadline,
  addDays,
  appealWindows,
  arbitrationInstitutions,
  awardDeadline,
  chinaDate,
  finalByAmountPossible,
  isFinalAward,
  type ArbitrationView,
  type AwardView,
  type Deadline,
  type FieldError,
} from '@gig/shared';
import { StationEntity, type CaseEntity } from '../../../entities';
import type { StoredDeadline } from '../../../entities/case.entity';
import { AppError, fieldError } from '../../../errors';
import { amountOf } from './amounts';
import type { Effects } from './types';

/** The periods the arbitration stage keeps; a new stage step replaces them, the others stay. */
const STAGE_KINDS = [
  'arbitration_acceptance',
  'arbitration_award',
  'worker_suit',
  'employer_set_aside',
  'employer_suit',
];

function withStage(c: CaseEntity, ...added: Deadline[]): StoredDeadline[] {
  const kept = c.deadlines.filter((d) => !STAGE_KINDS.includes(d.kind));
  return [...kept, ...added.map(({ kind, from, due }) => ({ kind, from, due }))];
}

function stage(c: CaseEntity): ArbitrationView {
  if (!c.arbitration) throw new AppError('INVALID_TRANSITION', { details: { status: c.status } });
  return c.arbitration;
}

const notFuture = (fields: FieldError[], path: string, day: string, today: string) => {
  if (day > today) fields.push({ path, rule: 'not_future', message: 'must not be in the future' });
};
const refuse = (fields: FieldError[]) => {
  if (fields.length) throw new AppError('VALIDATION_FAILED', { fields });
};

/** The arbitration stage: the worker's application, then the institution's decisions. */
export const ARBITRATION_EFFECTS: Pick<
  Effects,
  | 'request_arbitration'
  | 'accept_arbitration'
  | 'refuse_arbitration'
  | 'schedule_hearing'
  | 'extend_award'
  | 'record_arbitral_mediation'
  | 'record_award'
> = {
  /**
   * To the institution with jurisdiction (art 21) with the whole file: the case's evidence and
   * thread move with it, the mediation station hands it over. Received today: art 29's clock starts.
   */
  async request_arbitration({ c, body, ds, clock, today }) {
    const stations = await ds.getRepository(StationEntity).findBy({ kind: 'arbitration', active: true });
    const candidates = arbitrationInstitutions(stations, { performanceArea: c.areaCode });
    const pick = body.institutionId ? candidates.find((x) => x.station.id === body.institutionId) : candidates[0];
    if (body.institutionId && !pick)
      throw fieldError('/body/institutionId', 'jurisdiction', 'this institution has no jurisdiction over the case');
    if (!pick) throw new AppError('NO_JURISDICTION', { details: { status: c.status, areaCode: c.areaCode } });
    const acceptance = acceptanceDeadline(today, clock);
    const arbitration: ArbitrationView = {
      institutionId: pick.station.id,
      basis: pick.basis,
      receivedOn: today,
      acceptedOn: null,
      arbitrationNumber: null,
      refusedOn: null,
      refusalReason: null,
      extended: false,
      hearing: null,
      mediation: null,
      award: null,
    };
    return {
      set: { stationId: pick.station.id, outletId: null, arbitration, deadlines: withStage(c, acceptance) },
      data: {
        fromStationId: c.stationId,
        toStationId: pick.station.id,
        toStationCode: pick.station.code,
        basis: pick.basis,
        receivedOn: today,
        acceptanceDue: acceptance.due,
      },
    };
  },

  /** Art 43: the award is due 45 days from acceptance. */
  async accept_arbitration({ c, body, clock, today }) {
    const a = stage(c);
    const fields: FieldError[] = [];
    notFuture(fields, '/body/acceptedOn', body.acceptedOn, today);
    if (body.acceptedOn < a.receivedOn)
      fields.push({ path: '/body/acceptedOn', rule: 'after_receipt', message: 'must not be before the application' });
    refuse(fields);
    const award = awardDeadline(body.acceptedOn, {}, clock);
    return {
      set: {
        arbitration: { ...a, acceptedOn: body.acceptedOn, arbitrationNumber: body.arbitrationNumber },
        deadlines: withStage(c, award),
      },
      data: { acceptedOn: body.acceptedOn, arbitrationNumber: body.arbitrationNumber, awardDue: award.due },
    };
  },

  async refuse_arbitration({ c, body, today }) {
    const a = stage(c);
    const fields: FieldError[] = [];
    notFuture(fields, '/body/decidedOn', body.decidedOn, today);
    refuse(fields);
    return {
      set: { arbitration: { ...a, refusedOn: body.decidedOn, refusalReason: body.reason }, deadlines: withStage(c) },
      data: { decidedOn: body.decidedOn },
    };
  },

  /** Art 35: written notice at least 5 days before the hearing. */
  async schedule_hearing({ c, body, today }) {
    const a = stage(c);
    const startsAt = new Date(body.startsAt);
    const earliest = addDays(today, 5);
    if (chinaDate(startsAt) < earliest)
      throw fieldError(
        '/body/startsAt',
        'notice_period',
        `the parties must be told at least 5 days before (${earliest})`,
      );
    const hearing = { startsAt: startsAt.toISOString(), address: body.address, tribunal: body.tribunal ?? null };
    return { set: { arbitration: { ...a, hearing } }, data: hearing };
  },

  /** Art 43: 15 more days, once, with the chair's approval (the reason records it). */
  async extend_award({ c, clock }) {
    const a = stage(c);
    if (!a.acceptedOn) throw new AppError('INVALID_TRANSITION', { details: { status: c.status } });
    const award = awardDeadline(a.acceptedOn, { extended: true }, clock);
    return {
      set: { arbitration: { ...a, extended: true }, deadlines: withStage(c, award) },
      data: { awardDue: award.due },
    };
  },

  /** Art 42: the tribunal's mediation statement ends the arbitration. */
  async record_arbitral_mediation({ c, body, today }) {
    const a = stage(c);
    const fields: FieldError[] = [];
    notFuture(fields, '/body/decidedOn', body.decidedOn, today);
    const totalFen = amountOf(fields, '/body/totalYuan', body.totalYuan, true);
    refuse(fields);
    const mediation = { documentNumber: body.documentNumber, decidedOn: body.decidedOn, totalFen };
    return { set: { arbitration: { ...a, mediation }, deadlines: withStage(c) }, data: mediation };
  },

  /**
   * Each item is final or not (art 47): a standards dispute always is; a money item when the amount
   * awarded is at most 12 × the minimum wage on the award date. The windows count from receipt:
   * for final items the worker's 15 days and the employer's 30 to set aside; for the others 15
   * days for either side (arts 48-50). A mixed award runs both sets.
   */
  async record_award({ c, body, clock, today }) {
    const a = stage(c);
    const fields: FieldError[] = [];
    notFuture(fields, '/body/awardedOn', body.awardedOn, today);
    notFuture(fields, '/body/receivedOn', body.receivedOn, today);
    if (body.receivedOn < body.awardedOn)
      fields.push({ path: '/body/receivedOn', rule: 'after_award', message: 'cannot be before the award date' });
    if (a.acceptedOn && body.awardedOn < a.acceptedOn)
      fields.push({ path: '/body/awardedOn', rule: 'after_acceptance', message: 'cannot be before acceptance' });
    const minimumWageFen = amountOf(fields, '/body/minimumWageYuan', body.minimumWageYuan);
    const items = body.items.map((i, n) => {
      const awardedFen = amountOf(fields, `/body/items/${n}/awardedYuan`, i.awardedYuan, true);
      const final =
        i.standardsDispute || (finalByAmountPossible(i.type) && isFinalAward({ awardedFen, minimumWageFen }, clock));
      return { type: i.type, awardedFen, standardsDispute: i.standardsDispute, final };
    });
    refuse(fields);
    const finals = items.filter((i) => i.final).length;
    const award: AwardView = {
      documentNumber: body.documentNumber,
      awardedOn: body.awardedOn,
      receivedOn: body.receivedOn,
      minimumWageFen,
      finalCapFen: clock.finalAwardMinimumWageMonths * minimumWageFen,
      items,
      totalFen: items.reduce((s, i) => s + i.awardedFen, 0),
      finality: finals === items.length ? 'final' : finals === 0 ? 'non_final' : 'mixed',
    };
    const windows = [
      ...(finals > 0 ? appealWindows(body.receivedOn, { final: true }, clock) : []),
      ...(finals < items.length ? appealWindows(body.receivedOn, { final: false }, clock) : []),
    ].filter((w, n, all) => all.findIndex((x) => x.kind === w.kind) === n);
    const suitDue = windows.find((w) => w.kind === 'worker_suit')!.due;
    return { set: { arbitration: { ...a, award }, deadlines: withStage(c, ...windows) }, data: { award, suitDue } };
  },
};
