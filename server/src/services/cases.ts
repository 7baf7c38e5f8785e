import { createHash, randomUUID } from 'node:crypto';
import { In, IsNull, QueryFailedError, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  OUTLET_SHARING_CONSENT,
  CASE_STATUS_LABELS,
  DEADLINE_BASIS,
  addDays,
  agreedPayment,
  confirmationWindows,
  DEFAULT_CLOCK_RULES,
  ROUTE_REASON_LABELS,
  allowedActions,
  chinaDate,
  creditCodeProblem,
  daysBetween,
  fenToYuan,
  idNumberProblem,
  limitation,
  maskIdNumber,
  maskPhone,
  mediationWindow,
  routeClaim,
  transition,
  yuanToFen,
  type CaseAction,
  type CaseActionBody,
  type CaseStatus,
  type CaseSummary,
  type CaseView,
  type ClaimCreateBody,
  type ClockRules,
  type AgreementBody,
  type RevealBody,
  type SignAgreementBody,
  type ConfirmationOutcomeBody,
  type EnforcementBody,
  type AssignLawyerBody,
  type CaseQueueQuery,
  type ConfirmationRequestBody,
  type PerformanceBody,
  type AttendanceBody,
  type SessionBody,
  type DispatchBody,
  type UrgentConsultationBody,
  type TransferBody,
  type FieldError,
  type Label,
  type MessageView,
  type Principal,
  chinaDateTime,
  respondentKey,
  NOTIFY_ON_ACTION,
  isTerminal,
  CASE_STATUSES,
  type WorkbenchCounts,
  type NotificationParams,
} from '@gig/shared';
import type { NotificationService } from './notifications';
import { CaseCounterEntity, CaseEntity, CaseEventEntity, CaseMessageEntity, EvidenceFileEntity, StaffUserEntity, StationEntity } from '../entities';
import { evidenceView } from './evidence';
import { audit } from './audit';
import type { ClaimDetails, StoredDeadline } from '../entities/case.entity';
import { AppError } from '../errors';
import type { DataProtector } from './crypto';
import { inScope, stationScope, type StationService } from './stations';

/** Actions this API takes today: each needs no more than a reason. */
export const REASON_ACTIONS = ['accept', 'reject', 'start_mediation', 'record_failure', 'request_arbitration', 'withdraw', 'close', 'record_default', 'confirm_receipt', 'report_non_payment'] as const satisfies readonly CaseAction[];
/** Actions with data of their own have their own methods: transfer, dispatch, takeBack, flagUrgent, recordAgreement, recordPerformance, requestConfirmation. */
export type ReasonAction = (typeof REASON_ACTIONS)[number];
const REASON_REQUIRED: readonly CaseAction[] = ['reject', 'record_failure', 'take_back', 'transfer', 'confirmation_refused'];

const NEXT_STEP: Record<'routed' | 'no_station' | 'not_labour', Label> = {
  routed: {
    'zh-CN': '调解站将在3个工作日内联系您核实情况；调解期限为收到申请之日起15日，期满未达成协议的，您可以申请劳动仲裁。',
    en: 'The station will contact you within 3 working days to check the facts. Mediation has 15 days from receipt; without an agreement by then you may apply for arbitration.',
  },
  no_station: {
    'zh-CN': '您的申请已保存，但暂时没有调解站可以受理。市人社局将为您指定调解站，您也可以拨打12333咨询。',
    en: 'Your claim is saved, but no station can take it yet. The city bureau will assign one; you can also call 12333.',
  },
  not_labour: {
    'zh-CN': '家庭直接雇用的家政服务纠纷不属于劳动争议，已转人民调解；人民调解员会与您联系，您也可以向法院起诉。',
    en: 'A dispute with a household employer is not a labour dispute: it went to people’s mediation, who will contact you. You may also go to a civil court.',
  },
};

/** InnoDB may pick a transaction as a deadlock victim (two first filings of a year); run it again. */
async function withDeadlockRetry<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      const code = (err as { driverError?: { code?: string } }).driverError?.code;
      if (i >= attempts || (code !== 'ER_LOCK_DEADLOCK' && code !== 'ER_LOCK_WAIT_TIMEOUT')) throw err;
    }
  }
}

/** Which deadlines still run in each stage; the earliest of them is the case's next due date. */
/** What a view shows in place of personal data the retention timer erased. */
const PURGED = '—';

export const RUNNING: Partial<Record<CaseStatus, readonly string[]>> = {
  submitted: ['mediation_window', 'limitation'],
  accepted: ['mediation_window', 'limitation'],
  dispatched: ['mediation_window', 'limitation'],
  mediating: ['mediation_window', 'limitation'],
  mediation_failed: ['limitation'],
  agreement: ['agreed_payment', 'arbitration_review', 'judicial_confirmation', 'limitation'],
  defaulted: ['arbitration_review', 'judicial_confirmation', 'limitation'],
};

/** What a case event adds to the worker's notification: the reason, and a session's time and place. */
function notificationParams(reason: string | null, data: Record<string, unknown> | null): NotificationParams {
  const session = data?.session as { startsAt: string; mode: string; address: string | null; link: string | null } | undefined;
  return {
    reason,
    ...(session
      ? { sessionAt: chinaDateTime(new Date(session.startsAt)), sessionPlace: session.address ?? session.link ?? '' }
      : {}),
  };
}

export function nextDue(status: CaseStatus, deadlines: readonly StoredDeadline[]): string | null {
  const running = RUNNING[status] ?? [];
  return deadlines.filter((d) => running.includes(d.kind)).map((d) => d.due).sort()[0] ?? null;
}

function encodeCursor(c: { n: string; d: string }): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(cursor: string): { n: string; d?: string } {
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof c.n === 'string') return c;
  } catch {
    /* fall through */
  }
  throw new AppError('VALIDATION_FAILED', { fields: [{ path: '/query/cursor', rule: 'cursor', message: 'not a cursor from this API' }] });
}

/** Sessions from their schedule_session events, with the latest attendance recorded for each. */
function sessionsOf(events: CaseEventEntity[]): CaseView['sessions'] {
  type Session = Omit<CaseView['sessions'][number], 'present'>;
  const present = new Map<string, CaseView['sessions'][number]['present']>();
  for (const e of events) {
    const d = e.data as { sessionId?: string; present?: { side: string; name: string }[] } | null;
    if (e.action === 'record_attendance' && d?.sessionId) present.set(d.sessionId, d.present ?? []);
  }
  return events
    .filter((e) => e.action === 'schedule_session')
    .map((e) => (e.data as { session: Session }).session)
    .map((s) => ({ ...s, present: present.get(s.id) ?? null }));
}

/** The latest signature the worker gave, from its sign_agreement event. */
function signatureOf(events: CaseEventEntity[]): CaseView['workerSignature'] {
  const e = [...events].reverse().find((x) => x.action === 'sign_agreement');
  const d = e?.data as { signatureEvidenceId: string; sha256: string } | undefined;
  return e && d ? { evidenceId: d.signatureEvidenceId, sha256: d.sha256, at: e.createdAt.toISOString() } : null;
}

/** The current consultation is the latest flag_urgent event's participants and plan. */
function consultationOf(events: CaseEventEntity[]): CaseView['consultation'] {
  const e = [...events].reverse().find((x) => x.action === 'flag_urgent');
  if (!e?.data) return null;
  const d = e.data as { participants: { role: string; name: string }[]; plan: string };
  return { participants: d.participants, plan: d.plan, reason: e.reason ?? '', flaggedAt: e.createdAt.toISOString() };
}

export interface Actor {
  principal: Principal;
  requestId: string;
}

/** Filing, viewing and moving cases. Every status change goes through `act`. */
export class CaseService {
  constructor(
    private readonly ds: DataSource,
    private readonly protector: DataProtector,
    private readonly stations: StationService,
    private readonly clock: ClockRules = DEFAULT_CLOCK_RULES,
    private readonly notifier: NotificationService | null = null,
  ) {}

  // ---- filing -------------------------------------------------------------------------------------

  /**
   * Files a claim once per Idempotency-Key: a retry (also two at once) returns the same case;
   * the same key with other content is a 409.
   */
  async file(actor: Actor, body: ClaimCreateBody, idempotencyKey: string): Promise<{ entity: CaseEntity; replayed: boolean; nextStep: Label }> {
    const worker = actor.principal;
    const requestHash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
    const existing = await this.ds.getRepository(CaseEntity).findOneBy({ workerId: worker.id, idempotencyKey });
    if (existing) return this.replay(existing, requestHash);

    this.checkClaim(body);
    const evidenceIds = body.evidenceIds ?? [];
    if (evidenceIds.length) {
      const drafts = await this.ds.getRepository(EvidenceFileEntity).findBy({ id: In(evidenceIds), ownerWorkerId: worker.id, caseId: IsNull() });
      const found = new Set(drafts.map((d) => d.id));
      const fields = evidenceIds.flatMap((id, i) => (found.has(id) ? [] : [{ path: `/body/evidenceIds/${i}`, rule: 'draft', message: 'not one of your uploaded files waiting for a claim' }]));
      if (fields.length) throw new AppError('VALIDATION_FAILED', { fields });
    }
    const items = body.items.map((i) => ({
      type: i.type,
      amountFen: yuanToFen(i.amountYuan)!,
      amountYuan: i.amountYuan,
      periodFrom: i.periodFrom ?? null,
      periodTo: i.periodTo ?? null,
      note: i.note ?? null,
    }));
    const all = await this.ds.getRepository(StationEntity).find();
    const route = routeClaim(
      { industry: body.industry, workMode: body.workMode, areaCode: body.areaCode, scannedStationCode: body.stationCode ?? null, preferredChannel: body.preferredChannel ?? null, mediationType: body.mediationType ?? null },
      all,
    );
    const now = new Date();
    const today = chinaDate(now);
    const knownOn = body.knownOn ?? body.incidentDate;
    const wageOnly = body.items.every((i) => i.type === 'unpaid_wages');
    const deadlines: StoredDeadline[] = [mediationWindow(today, this.clock)];
    // The claim itself is a mediation application: it interrupts the limitation (LDMAL art 27).
    const limit = limitation(
      { knownOn, interruptions: [today], wageClaimWhileEmployed: wageOnly && body.employmentOngoing === true, employmentEndedOn: body.employmentEndedOn ?? null },
      this.clock,
    );
    if (limit) deadlines.push(limit);
    const claim: ClaimDetails = {
      respondent: {
        name: body.respondent.name,
        creditCode: body.respondent.creditCode?.toUpperCase() ?? null,
        outletName: body.respondent.outletName ?? null,
        outletAddress: body.respondent.outletAddress ?? null,
        contactName: body.respondent.contactName ?? null,
        contactPhone: body.respondent.contactPhone ?? null,
        partnerName: body.respondent.partnerName ?? null,
        partnerCreditCode: body.respondent.partnerCreditCode?.toUpperCase() ?? null,
      },
      items,
      incidentDate: body.incidentDate,
      knownOn,
      employmentOngoing: body.employmentOngoing ?? false,
      employmentEndedOn: body.employmentEndedOn ?? null,
      description: body.description,
      scannedStationCode: body.stationCode ?? null,
      preferredChannel: body.preferredChannel ?? null,
      outletConsent: body.outletConsent ? { version: body.outletConsent, at: now.toISOString() } : null,
    };

    try {
      const entity = await withDeadlockRetry(() => this.ds.transaction(async (em) => {
        const number = await this.nextNumber(em, Number(today.slice(0, 4)));
        const c = em.create(CaseEntity, {
          number,
          status: 'submitted',
          stationId: route.station?.id ?? null,
          routeReason: route.reason,
          mediationType: route.mediationType,
          labourDispute: route.labourDispute,
          scannedStationSkipped: route.scannedStationSkipped,
          workerId: worker.id,
          idempotencyKey,
          requestHash,
          industry: body.industry,
          workMode: body.workMode,
          areaCode: body.areaCode,
          respondentName: body.respondent.name,
          respondentKey: respondentKey(body.respondent.name),
          respondentCreditCode: body.respondent.creditCode?.toUpperCase() ?? null,
          claimantNameEnc: this.protector.encrypt(body.claimant.name),
          idNumberEnc: this.protector.encrypt(body.claimant.idNumber.toUpperCase()),
          idNumberHash: this.protector.lookupHash('id', body.claimant.idNumber.toUpperCase()),
          phoneEnc: this.protector.encrypt(body.claimant.phone),
          claim,
          totalFen: items.reduce((s, i) => s + i.amountFen, 0),
          legalAid: body.legalAid,
          urgent: false,
          deadlines: deadlines.map(({ kind, from, due }) => ({ kind, from, due })),
          nextDue: nextDue('submitted', deadlines),
          claimTypes: ` ${[...new Set(body.items.map((i) => i.type))].join(' ')} `,
          receivedAt: now,
        });
        await em.save(c);
        if (evidenceIds.length) {
          const attached = await em.update(EvidenceFileEntity, { id: In(evidenceIds), ownerWorkerId: worker.id, caseId: IsNull() }, { caseId: c.id });
          if (attached.affected !== evidenceIds.length) throw new AppError('VALIDATION_FAILED', { fields: [{ path: '/body/evidenceIds', rule: 'draft', message: 'some files were attached elsewhere meanwhile' }] });
        }
        await this.appendEvent(em, c, { action: 'submit', from: null, to: 'submitted', actor, reason: null, data: { routeReason: route.reason, stationCode: route.station?.code ?? null, evidence: evidenceIds.length } });
        if (claim.outletConsent) await this.recordOutletConsent(em, actor, c);
        return c;
      }));
      const nextStep = !route.labourDispute ? NEXT_STEP.not_labour : route.station ? NEXT_STEP.routed : NEXT_STEP.no_station;
      return { entity, replayed: false, nextStep };
    } catch (err) {
      // Two retries at once: the unique (worker, key) index let one in; answer with it.
      if (err instanceof QueryFailedError) {
        const winner = await this.ds.getRepository(CaseEntity).findOneBy({ workerId: worker.id, idempotencyKey });
        if (winner) return this.replay(winner, requestHash);
      }
      throw err;
    }
  }

  private replay(c: CaseEntity, requestHash: string) {
    if (c.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_CONFLICT', { details: { caseNumber: c.number } });
    const nextStep = !c.labourDispute ? NEXT_STEP.not_labour : c.stationId ? NEXT_STEP.routed : NEXT_STEP.no_station;
    return { entity: c, replayed: true, nextStep };
  }

  /** Field rules beyond the schema, all reported at once. */
  private checkClaim(body: ClaimCreateBody): void {
    const fields: FieldError[] = [];
    const idp = idNumberProblem(body.claimant.idNumber);
    if (idp) fields.push({ path: '/body/claimant/idNumber', rule: idp, message: `not a valid ID number (${idp})` });
    for (const [key, code] of [['creditCode', body.respondent.creditCode], ['partnerCreditCode', body.respondent.partnerCreditCode]] as const) {
      const p = code ? creditCodeProblem(code) : null;
      if (p) fields.push({ path: `/body/respondent/${key}`, rule: p, message: `not a valid unified social credit code (${p})` });
    }
    body.items.forEach((i, n) => {
      const fen = yuanToFen(i.amountYuan);
      if (fen === null || fen <= 0) fields.push({ path: `/body/items/${n}/amountYuan`, rule: 'amount', message: 'must be an amount in yuan above zero, at most 2 decimals' });
      if (i.periodFrom && i.periodTo && i.periodFrom > i.periodTo) fields.push({ path: `/body/items/${n}/periodTo`, rule: 'after_from', message: 'must not be before periodFrom' });
    });
    const total = body.items.reduce((s, i) => s + (yuanToFen(i.amountYuan) ?? 0), 0);
    if (total > 2_000_000_000) fields.push({ path: '/body/items', rule: 'total', message: 'the total is above 20,000,000 yuan' });
    const today = chinaDate(new Date());
    for (const key of ['incidentDate', 'knownOn', 'employmentEndedOn'] as const) {
      const v = body[key];
      if (v && daysBetween(today, v) > 0) fields.push({ path: `/body/${key}`, rule: 'not_future', message: 'must not be in the future' });
    }
    if (body.knownOn && body.knownOn < body.incidentDate) fields.push({ path: '/body/knownOn', rule: 'after_incident', message: 'must not be before incidentDate' });
    if (fields.length) throw new AppError('VALIDATION_FAILED', { fields });
  }

  /** LD<year>-<6 digits>, unique per year: the counter row is incremented under its row lock. */
  private async nextNumber(em: EntityManager, year: number): Promise<string> {
    const counters = em.getRepository(CaseCounterEntity);
    if (!(await counters.existsBy({ year }))) {
      // The year's first case; a concurrent filing may create the row first, which is fine.
      await counters.insert({ year, last: 0 }).catch(() => undefined);
    }
    await counters.increment({ year }, 'last', 1);
    const { last } = await counters.findOneByOrFail({ year });
    return `LD${year}-${String(last).padStart(6, '0')}`;
  }

  // ---- moving a case ------------------------------------------------------------------------------

  /**
   * The one place a status changes: checks the table, the role and the station scope, then writes
   * the case and its event in one transaction. A forbidden action changes nothing.
   */
  async act(actor: Actor, caseId: string, action: ReasonAction, body: CaseActionBody): Promise<CaseEntity> {
    return this.move(actor, caseId, action, body, async () => ({ set: {}, data: null }));
  }

  /** Transfer to another intake station: the new station must accept it again. */
  async transfer(actor: Actor, caseId: string, body: TransferBody): Promise<CaseEntity> {
    return this.move(actor, caseId, 'transfer', body, async (c) => {
      const to = await this.ds.getRepository(StationEntity).findOneBy({ id: body.toStationId });
      const bad = (rule: string, message: string) => new AppError('VALIDATION_FAILED', { fields: [{ path: '/body/toStationId', rule, message }] });
      if (!to) throw bad('exists', 'no such station');
      if (!to.active) throw bad('active', 'this station no longer takes cases');
      if (to.kind !== 'association' && to.kind !== 'government') throw bad('intake', 'cases go to an association or government station');
      if (to.id === c.stationId) throw bad('different', 'the case is already at this station');
      return { set: { stationId: to.id, outletId: null }, data: { fromStationId: c.stationId, toStationId: to.id, toStationCode: to.code } };
    });
  }

  /**
   * Dispatch to one of the station's own employer outlets for a quick settlement: only with the
   * worker's separate consent to that sharing (PIPL art 23).
   */
  async dispatch(actor: Actor, caseId: string, body: DispatchBody): Promise<CaseEntity> {
    return this.move(actor, caseId, 'dispatch', body, async (c) => {
      if (!c.claim.outletConsent) throw new AppError('OUTLET_CONSENT_REQUIRED', { details: { status: c.status } });
      const outlet = await this.ds.getRepository(StationEntity).findOneBy({ id: body.outletId });
      if (!outlet || outlet.kind !== 'outlet' || outlet.parentId !== c.stationId || !outlet.active) {
        throw new AppError('VALIDATION_FAILED', { fields: [{ path: '/body/outletId', rule: 'own_outlet', message: "must be an active outlet under the case's station" }] });
      }
      return { set: { outletId: outlet.id }, data: { outletId: outlet.id, outletCode: outlet.code } };
    });
  }

  /** Flag the urgent joint consultation (特事急诊) with its participants and one-case plan; flagging again replaces the plan. */
  async flagUrgent(actor: Actor, caseId: string, body: UrgentConsultationBody): Promise<CaseEntity> {
    return this.move(actor, caseId, 'flag_urgent', body, async () => ({ set: { urgent: true }, data: { participants: body.participants, plan: body.plan } }));
  }

  async clearUrgent(actor: Actor, caseId: string, body: CaseActionBody): Promise<CaseEntity> {
    return this.move(actor, caseId, 'clear_urgent', body, async (c) => {
      if (!c.urgent) throw new AppError('INVALID_TRANSITION', { message: 'The case is not flagged urgent', details: { status: c.status, urgent: false } });
      return { set: { urgent: false }, data: null };
    });
  }

  /**
   * The mediation agreement (or the outlet's settlement): it opens the 30-day judicial-confirmation
   * and 15-day arbitration-review windows from the day it took effect, and the agreed payment date.
   */
  async recordAgreement(actor: Actor, caseId: string, action: 'record_agreement' | 'outlet_settled', body: AgreementBody): Promise<CaseEntity> {
    return this.move(actor, caseId, action, body, async (c) => {
      const fields: FieldError[] = [];
      const items = body.items.map((i, n) => {
        const fen = yuanToFen(i.amountYuan);
        if (fen === null || fen <= 0) fields.push({ path: `/body/items/${n}/amountYuan`, rule: 'amount', message: 'must be an amount in yuan above zero' });
        return { type: i.type, amountFen: fen ?? 0, payer: i.payer };
      });
      const today = chinaDate(new Date());
      if (body.effectiveOn > today) fields.push({ path: '/body/effectiveOn', rule: 'not_future', message: 'the agreement cannot take effect in the future' });
      if (body.effectiveOn < chinaDate(c.receivedAt)) fields.push({ path: '/body/effectiveOn', rule: 'after_receipt', message: 'must not be before the claim was received' });
      if (body.dueDate < body.effectiveOn) fields.push({ path: '/body/dueDate', rule: 'after_effective', message: 'must not be before the agreement took effect' });
      if (fields.length) throw new AppError('VALIDATION_FAILED', { fields });
      const agreement = { items, totalFen: items.reduce((a, i) => a + i.amountFen, 0), effectiveOn: body.effectiveOn, dueDate: body.dueDate, paymentMethod: body.paymentMethod };
      const kept = c.deadlines.filter((d) => !['judicial_confirmation', 'arbitration_review', 'agreed_payment'].includes(d.kind));
      const added = [...confirmationWindows(body.effectiveOn, this.clock), agreedPayment(body.dueDate, body.effectiveOn)].map(({ kind, from, due }) => ({ kind, from, due }));
      return { set: { agreement, deadlines: [...kept, ...added] }, data: { agreement } };
    });
  }

  /** Staff record what the employer paid. */
  async recordPerformance(actor: Actor, caseId: string, body: PerformanceBody): Promise<CaseEntity> {
    return this.move(actor, caseId, 'record_performance', body, async () => {
      const paidFen = yuanToFen(body.paidYuan);
      if (paidFen === null || paidFen <= 0) throw new AppError('VALIDATION_FAILED', { fields: [{ path: '/body/paidYuan', rule: 'amount', message: 'must be an amount in yuan above zero' }] });
      if (body.paidOn > chinaDate(new Date())) throw new AppError('VALIDATION_FAILED', { fields: [{ path: '/body/paidOn', rule: 'not_future', message: 'must not be in the future' }] });
      return { set: {}, data: { paidFen, paidOn: body.paidOn } };
    });
  }

  /** The worker asks for judicial confirmation or arbitration review, while its window is open. */
  async requestConfirmation(actor: Actor, caseId: string, body: ConfirmationRequestBody): Promise<CaseEntity> {
    return this.move(actor, caseId, 'request_confirmation', body, async (c) => {
      const window = c.deadlines.find((d) => d.kind === body.route);
      if (!window) throw new AppError('INVALID_TRANSITION', { message: 'No agreement has been recorded', details: { status: c.status } });
      if (chinaDate(new Date()) > window.due) {
        throw new AppError('INVALID_TRANSITION', { message: 'The window for this application has closed', details: { status: c.status, route: body.route, closedAfter: window.due } });
      }
      return { set: {}, data: { route: body.route, windowDue: window.due } };
    });
  }

  /** Schedule a mediation session: on site with an address, or online with a link. */
  async scheduleSession(actor: Actor, caseId: string, body: SessionBody): Promise<CaseEntity> {
    return this.move(actor, caseId, 'schedule_session', body, async (c) => {
      const fields: FieldError[] = [];
      if (body.mode === 'on_site' && !body.address) fields.push({ path: '/body/address', rule: 'required', message: 'an on-site session needs an address' });
      if (body.mode === 'online' && !body.link) fields.push({ path: '/body/link', rule: 'required', message: 'an online session needs a link' });
      if (new Date(body.startsAt) < c.receivedAt) fields.push({ path: '/body/startsAt', rule: 'after_receipt', message: 'must be after the claim was received' });
      if (fields.length) throw new AppError('VALIDATION_FAILED', { fields });
      const session = { id: randomUUID(), startsAt: new Date(body.startsAt).toISOString(), mode: body.mode, address: body.address ?? null, link: body.link ?? null, attendees: body.attendees };
      return { set: {}, data: { session } };
    });
  }

  /** Record who came to a session. */
  async recordAttendance(actor: Actor, caseId: string, body: AttendanceBody): Promise<CaseEntity> {
    return this.move(actor, caseId, 'record_attendance', body, async (c) => {
      const events = await this.ds.getRepository(CaseEventEntity).findBy({ caseId: c.id, action: 'schedule_session' });
      if (!events.some((e) => (e.data as { session?: { id: string } } | null)?.session?.id === body.sessionId)) {
        throw new AppError('VALIDATION_FAILED', { fields: [{ path: '/body/sessionId', rule: 'exists', message: 'no such session on this case' }] });
      }
      return { set: {}, data: { sessionId: body.sessionId, present: body.present } };
    });
  }

  /** Assign a legal-aid lawyer to a case whose worker asked for legal aid. */
  async assignLawyer(actor: Actor, caseId: string, body: AssignLawyerBody): Promise<CaseEntity> {
    const p = actor.principal;
    if (p.role === 'station_admin' && !(await this.isLegalAidDesk(p))) throw new AppError('FORBIDDEN');
    return this.move(actor, caseId, 'assign_lawyer', body, async (c) => {
      if (!c.legalAid) throw new AppError('INVALID_TRANSITION', { message: 'The worker did not ask for legal aid', details: { status: c.status, legalAid: false } });
      const lawyer = await this.ds.getRepository(StaffUserEntity).findOneBy({ id: body.lawyerId });
      if (!lawyer || lawyer.role !== 'legal_aid_lawyer' || lawyer.disabled) {
        throw new AppError('VALIDATION_FAILED', { fields: [{ path: '/body/lawyerId', rule: 'lawyer', message: 'must be an active legal-aid lawyer' }] });
      }
      return { set: { lawyerId: lawyer.id }, data: { lawyerId: lawyer.id, lawyerName: lawyer.displayName } };
    });
  }

  /** The court or commission confirmed the agreement (it can now be enforced), or refused it. */
  async recordConfirmation(actor: Actor, caseId: string, action: 'record_confirmation' | 'confirmation_refused', body: ConfirmationOutcomeBody): Promise<CaseEntity> {
    return this.move(actor, caseId, action, body, async () => {
      if (body.decidedOn > chinaDate(new Date())) throw new AppError('VALIDATION_FAILED', { fields: [{ path: '/body/decidedOn', rule: 'not_future', message: 'must not be in the future' }] });
      return { set: {}, data: { authority: body.authority, documentNumber: body.documentNumber, decidedOn: body.decidedOn } };
    });
  }

  /** The worker applied to the court for enforcement of the confirmed agreement. */
  async recordEnforcement(actor: Actor, caseId: string, body: EnforcementBody): Promise<CaseEntity> {
    return this.move(actor, caseId, 'record_enforcement', body, async () => {
      if (body.appliedOn > chinaDate(new Date())) throw new AppError('VALIDATION_FAILED', { fields: [{ path: '/body/appliedOn', rule: 'not_future', message: 'must not be in the future' }] });
      return { set: {}, data: { court: body.court, enforcementCaseNumber: body.enforcementCaseNumber ?? null, appliedOn: body.appliedOn } };
    });
  }

  /** The worker signs the agreement with a signature image they uploaded to the case. */
  async signAgreement(actor: Actor, caseId: string, body: SignAgreementBody): Promise<CaseEntity> {
    return this.move(actor, caseId, 'sign_agreement', body, async (c) => {
      const image = await this.ds.getRepository(EvidenceFileEntity).findOneBy({ id: body.signatureEvidenceId, caseId: c.id, uploadedByType: 'worker', kind: 'image' });
      if (!image) {
        throw new AppError('VALIDATION_FAILED', { fields: [{ path: '/body/signatureEvidenceId', rule: 'signature', message: 'must be an image you uploaded to this case' }] });
      }
      return { set: {}, data: { signatureEvidenceId: image.id, sha256: image.sha256 } };
    });
  }

  /** Take a dispatched case back from the outlet (it could not settle). */
  async takeBack(actor: Actor, caseId: string, body: CaseActionBody): Promise<CaseEntity> {
    return this.move(actor, caseId, 'take_back', body, async (c) => ({ set: { outletId: null }, data: { outletId: c.outletId } }));
  }

  private async move(
    actor: Actor,
    caseId: string,
    action: CaseAction,
    body: { reason?: string; expectedStatus?: CaseStatus },
    effect: (c: CaseEntity) => Promise<{ set: Partial<Pick<CaseEntity, 'stationId' | 'outletId' | 'urgent' | 'agreement' | 'deadlines' | 'lawyerId'>>; data: Record<string, unknown> | null }>,
  ): Promise<CaseEntity> {
    const { principal } = actor;
    const c = await this.load(principal, caseId);
    if (body.expectedStatus && body.expectedStatus !== c.status) throw this.conflict(c.status, principal);
    const t = transition(c.status, action, principal.role);
    if (!t.ok) {
      if (t.reason === 'role_not_allowed') throw new AppError('FORBIDDEN', { details: { status: c.status, allowedActions: t.allowed } });
      throw this.conflict(c.status, principal);
    }
    if (REASON_REQUIRED.includes(action) && !body.reason?.trim()) {
      throw new AppError('VALIDATION_FAILED', { fields: [{ path: '/body/reason', rule: 'required', message: `a reason is required to ${action}` }] });
    }
    if (action === 'request_arbitration' && c.status === 'mediating') {
      const window = c.deadlines.find((d) => d.kind === 'mediation_window');
      if (window && chinaDate(new Date()) <= window.due) {
        throw new AppError('INVALID_TRANSITION', { message: 'The 15-day mediation window is still open', details: { status: c.status, opensAfter: window.due, allowedActions: allowedActions(c.status, principal.role).filter((a) => a !== 'request_arbitration') } });
      }
    }
    const { set, data } = await effect(c);
    return this.ds.transaction(async (em) => {
      const res = await em
        .createQueryBuilder()
        .update(CaseEntity)
        .set({ ...set, status: t.to, nextDue: nextDue(t.to, set.deadlines ?? c.deadlines), version: () => 'version + 1', updatedAt: new Date() })
        .where('id = :id AND version = :version', { id: c.id, version: c.version })
        .execute();
      if (!res.affected) throw this.conflict(c.status, principal);
      const fresh = await em.findOneByOrFail(CaseEntity, { id: c.id });
      await this.appendEvent(em, fresh, { action, from: c.status, to: t.to, actor, reason: body.reason ?? null, data });
      // The audit log answers "who did what to which case" across cases; the event trail is per case.
      await audit(em, { actorType: principal.role === 'worker' ? 'worker' : 'staff', actorId: principal.id, action: `case.${action}`, targetType: 'case', targetId: c.id, detail: { caseNumber: c.number, from: c.status, to: t.to }, requestId: actor.requestId });
      // The worker is told in the same transaction: no event without its notification, or the reverse.
      const kind = NOTIFY_ON_ACTION[action];
      if (kind && this.notifier) await this.notifier.forCase(em, fresh, kind, notificationParams(body.reason ?? null, data));
      return fresh;
    });
  }

  private conflict(status: CaseStatus, p: Principal): AppError {
    return new AppError('INVALID_TRANSITION', { details: { status, statusLabel: CASE_STATUS_LABELS[status], allowedActions: allowedActions(status, p.role) } });
  }

  private async appendEvent(
    em: EntityManager,
    c: CaseEntity,
    e: { action: string; from: CaseStatus | null; to: CaseStatus; actor: Actor; reason: string | null; data: Record<string, unknown> | null },
  ): Promise<void> {
    const seq = (await em.countBy(CaseEventEntity, { caseId: c.id })) + 1;
    const p = e.actor.principal;
    await em.save(
      em.create(CaseEventEntity, {
        caseId: c.id,
        seq,
        action: e.action,
        fromStatus: e.from,
        toStatus: e.to,
        actorType: p.role === 'worker' ? 'worker' : 'staff',
        actorId: p.id,
        actorRole: p.role,
        stationId: c.stationId,
        reason: e.reason,
        data: e.data,
        requestId: e.actor.requestId,
      }),
    );
  }

  // ---- reading ------------------------------------------------------------------------------------

  /**
   * A case this principal may see: a worker only their own (another's is "not found", so ids
   * cannot be probed); staff the cases of their stations, city-wide roles all.
   */
  async load(p: Principal, id: string): Promise<CaseEntity> {
    const c = await this.ds.getRepository(CaseEntity).findOne({ where: { id }, relations: { station: { parent: true }, outlet: { parent: true } } });
    if (!c || (p.role === 'worker' && c.workerId !== p.id)) throw new AppError('NOT_FOUND');
    if (p.role !== 'worker' && !inScope(await stationScope(this.ds, p), c.stationId) && !(c.legalAid && (await this.isLegalAidDesk(p)))) {
      throw new AppError('OUT_OF_SCOPE');
    }
    return c;
  }

  /**
   * Narrows a query on cases (alias `c`) to what this staff member may see: their stations (and
   * outlets), every case for city-wide roles, legal-aid requests for the legal-aid desk. False when
   * they can see nothing at all.
   */
  async limitToReach(qb: SelectQueryBuilder<CaseEntity>, p: Principal): Promise<boolean> {
    const scope = await stationScope(this.ds, p);
    if (scope === 'all') return true;
    const legalAidDesk = await this.isLegalAidDesk(p);
    const ids = [...scope];
    if (ids.length === 0 && !legalAidDesk) return false;
    if (ids.length && legalAidDesk) qb.andWhere('(c.stationId IN (:...scope) OR c.legalAid = :la)', { scope: ids, la: true });
    else if (ids.length) qb.andWhere('c.stationId IN (:...scope)', { scope: ids });
    else qb.andWhere('c.legalAid = :la', { la: true });
    return true;
  }

  /** The workbench counts, within this user's reach (the same filters as the queue's). */
  async workbench(p: Principal): Promise<WorkbenchCounts> {
    const today = chinaDate(new Date());
    const open = CASE_STATUSES.filter((s) => !isTerminal(s));
    const count = async (where: (qb: SelectQueryBuilder<CaseEntity>) => void): Promise<number> => {
      const qb = this.ds.getRepository(CaseEntity).createQueryBuilder('c').where('c.status IN (:...open)', { open });
      if (!(await this.limitToReach(qb, p))) return 0;
      where(qb);
      return qb.getCount();
    };
    const [submitted, dueSoon, overdue, urgent, legalAid, awaitingWorker] = await Promise.all([
      count((qb) => qb.andWhere("c.status = 'submitted'")),
      count((qb) => qb.andWhere('c.nextDue >= :today AND c.nextDue <= :soon', { today, soon: addDays(today, 3) })),
      count((qb) => qb.andWhere('c.nextDue < :today', { today })),
      count((qb) => qb.andWhere('c.urgent = :t', { t: true })),
      count((qb) => qb.andWhere('c.legalAid = :t', { t: true })),
      count((qb) => qb.andWhere("c.status = 'agreement'")),
    ]);
    return { submitted, dueSoon, overdue, urgent, legalAid, awaitingWorker };
  }

  /** The worker agrees, after filing, to the case going to the employer's outlet; agreeing again changes nothing. */
  async consentToOutlet(actor: Actor, caseId: string): Promise<CaseEntity> {
    const c = await this.load(actor.principal, caseId);
    if (actor.principal.role !== 'worker') throw new AppError('FORBIDDEN');
    if (c.claim.outletConsent) return c;
    const claim = { ...c.claim, outletConsent: { version: OUTLET_SHARING_CONSENT.version, at: new Date().toISOString() } };
    await this.ds.transaction(async (em) => {
      await em.update(CaseEntity, { id: c.id }, { claim });
      await this.recordOutletConsent(em, actor, c);
    });
    return this.load(actor.principal, caseId);
  }

  /** The consent is part of the processing record (PIPL arts 55-56 keep such logs for 3 years). */
  private async recordOutletConsent(em: EntityManager, actor: Actor, c: CaseEntity): Promise<void> {
    await audit(em, { actorType: 'worker', actorId: actor.principal.id, action: 'case.outlet_consent', targetType: 'case', targetId: c.id, detail: { caseNumber: c.number, consentVersion: OUTLET_SHARING_CONSENT.version }, requestId: actor.requestId });
  }

  /** Writes an audit entry about a case (e.g. a document with personal data was generated). */
  async audited(p: Principal, requestId: string, action: string, c: CaseEntity): Promise<void> {
    await this.ds.transaction((em) => audit(em, { actorType: p.role === 'worker' ? 'worker' : 'staff', actorId: p.id, action, targetType: 'case', targetId: c.id, detail: { caseNumber: c.number }, requestId }));
  }

  /** Legal-aid lawyers and the staff of a legal-aid station see every case whose worker asked for legal aid. */
  async isLegalAidDesk(p: Principal): Promise<boolean> {
    if (p.role === 'legal_aid_lawyer') return true;
    if (!p.stationId || p.role === 'worker') return false;
    return (await this.ds.getRepository(StationEntity).findOneBy({ id: p.stationId }))?.kind === 'legal_aid';
  }

  /** Runs a move for a request and answers with the case as it is now, as this user sees it. */
  async answer(req: { principal: Principal | null; id: string }, move: (actor: Actor) => Promise<CaseEntity>): Promise<CaseView> {
    const moved = await move({ principal: req.principal!, requestId: req.id });
    return this.view(await this.reload(moved.id), req.principal!);
  }

  /** The full ID number or phone for staff who may see the case, written to the audit log with the reason. */
  async reveal(actor: Actor, caseId: string, body: RevealBody): Promise<{ field: string; value: string }> {
    const p = actor.principal;
    if (p.role === 'worker') throw new AppError('FORBIDDEN');
    const c = await this.load(p, caseId);
    if (c.purgedAt) throw new AppError('PERSONAL_DATA_PURGED', { details: { purgedAt: c.purgedAt.toISOString() } });
    const value = this.protector.decrypt(body.field === 'idNumber' ? c.idNumberEnc : c.phoneEnc);
    await this.ds.transaction((em) =>
      audit(em, { actorType: 'staff', actorId: p.id, action: 'personal_data.revealed', targetType: 'case', targetId: c.id, detail: { field: body.field, reason: body.reason, caseNumber: c.number }, requestId: actor.requestId }),
    );
    return { field: body.field, value };
  }

  // ---- messages ----------------------------------------------------------------------------------

  /** The thread on a case: workers see the messages, staff also the internal notes. */
  async messages(p: Principal, caseId: string): Promise<MessageView[]> {
    const c = await this.load(p, caseId);
    const rows = await this.ds.getRepository(CaseMessageEntity).find({ where: { caseId: c.id, ...(p.role === 'worker' ? { internal: false } : {}) }, order: { createdAt: 'ASC' } });
    return rows.map((m) => ({ id: m.id, clientId: m.clientId, authorType: m.authorType, authorRole: m.authorRole, authorName: m.authorName, body: m.body, internal: m.internal, at: m.createdAt.toISOString() }));
  }

  /** Posts once per clientId: a retry returns the message already posted; other text under the same id is a 409. */
  async post(p: Principal, caseId: string, body: { clientId: string; body: string; internal?: boolean }): Promise<{ replayed: boolean }> {
    const c = await this.load(p, caseId);
    const repo = this.ds.getRepository(CaseMessageEntity);
    const internal = p.role !== 'worker' && body.internal === true;
    const same = (m: CaseMessageEntity) => {
      if (m.authorId !== p.id || m.body !== body.body || m.internal !== internal) throw new AppError('IDEMPOTENCY_CONFLICT', { fields: [{ path: '/body/clientId', rule: 'unique', message: 'already used for another message' }] });
      return { replayed: true };
    };
    const existing = await repo.findOneBy({ caseId: c.id, clientId: body.clientId });
    if (existing) return same(existing);
    const authorName = p.role === 'worker' ? this.protector.decrypt(c.claimantNameEnc) : p.displayName;
    try {
      await this.ds.transaction(async (em) => {
        await em.save(em.create(CaseMessageEntity, { caseId: c.id, clientId: body.clientId, authorType: p.role === 'worker' ? 'worker' : 'staff', authorId: p.id, authorRole: p.role, authorName, body: body.body, internal }));
        if (p.role !== 'worker' && !internal && this.notifier) await this.notifier.forCase(em, c, 'station_message');
      });
    } catch (err) {
      const raced = await repo.findOneBy({ caseId: c.id, clientId: body.clientId });
      if (raced) return same(raced);
      throw err;
    }
    return { replayed: false };
  }

  /** The case with its stations, for answering the user who has just acted on it. */
  async reload(id: string): Promise<CaseEntity> {
    return this.ds.getRepository(CaseEntity).findOneOrFail({ where: { id }, relations: { station: { parent: true }, outlet: { parent: true } } });
  }

  async listForWorker(p: Principal): Promise<CaseEntity[]> {
    return this.ds.getRepository(CaseEntity).find({ where: { workerId: p.id }, relations: { station: { parent: true } }, order: { createdAt: 'DESC' } });
  }

  /**
   * The staff queue: cases of the user's stations (all for city-wide roles), filtered, searched,
   * sorted newest first (by case number) or by next due date, a page at a time. The cursor is the
   * last row's sort key, so pages stay right while new cases arrive.
   */
  async queue(p: Principal, q: CaseQueueQuery): Promise<{ items: CaseEntity[]; nextCursor: string | null }> {
    const scope = await stationScope(this.ds, p);
    const qb = this.ds.getRepository(CaseEntity).createQueryBuilder('c').leftJoinAndSelect('c.station', 's').leftJoinAndSelect('s.parent', 'sp');
    if (q.stationId && !inScope(scope, q.stationId)) throw new AppError('OUT_OF_SCOPE', { fields: [{ path: '/query/stationId', rule: 'scope', message: 'not one of your stations' }] });
    if (!(await this.limitToReach(qb, p))) return { items: [], nextCursor: null };
    if (q.stationId) qb.andWhere('c.stationId = :stationId', { stationId: q.stationId });
    if (q.status?.length) qb.andWhere('c.status IN (:...status)', { status: q.status });
    if (q.industry) qb.andWhere('c.industry = :industry', { industry: q.industry });
    if (q.claimType) qb.andWhere('c.claimTypes LIKE :claimType', { claimType: `% ${q.claimType} %` });
    if (q.urgent !== undefined) qb.andWhere('c.urgent = :urgent', { urgent: q.urgent });
    if (q.legalAid !== undefined) qb.andWhere('c.legalAid = :legalAid', { legalAid: q.legalAid });
    // Filing dates are China calendar days.
    if (q.filedFrom) qb.andWhere('c.receivedAt >= :filedFrom', { filedFrom: new Date(`${q.filedFrom}T00:00:00+08:00`) });
    if (q.filedTo) qb.andWhere('c.receivedAt < :filedTo', { filedTo: new Date(`${addDays(q.filedTo, 1)}T00:00:00+08:00`) });
    const today = chinaDate(new Date());
    if (q.due === 'overdue') qb.andWhere('c.nextDue < :today', { today });
    if (q.due === 'soon') qb.andWhere('c.nextDue >= :today AND c.nextDue <= :soon', { today, soon: addDays(today, 3) });
    if (q.q) {
      // '!' escapes the same way in SQLite and MariaDB string literals (a backslash does not).
      const like = `%${q.q.replace(/[!%_]/g, (ch) => `!${ch}`)}%`;
      qb.andWhere("(c.number LIKE :like ESCAPE '!' OR c.respondentName LIKE :like ESCAPE '!')", { like });
    }
    const limit = q.limit ?? 50;
    const after = q.cursor ? decodeCursor(q.cursor) : null;
    if (q.sort === 'due') {
      const key = "COALESCE(c.nextDue, '9999-12-31')";
      if (after) qb.andWhere(`(${key} > :ad OR (${key} = :ad AND c.number > :an))`, { ad: after.d ?? '9999-12-31', an: after.n });
      qb.orderBy(key, 'ASC').addOrderBy('c.number', 'ASC');
    } else {
      if (after) qb.andWhere('c.number < :an', { an: after.n });
      qb.orderBy('c.number', 'DESC');
    }
    // limit, not take: the joins are many-to-one, so rows are cases one for one.
    const rows = await qb.limit(limit + 1).getMany();
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor({ n: last.number, d: last.nextDue ?? '9999-12-31' }) : null };
  }

  async view(c: CaseEntity, viewer: Principal): Promise<CaseView> {
    const events = await this.ds.getRepository(CaseEventEntity).find({ where: { caseId: c.id }, order: { seq: 'ASC' } });
    return {
      ...this.summary(c),
      outlet: c.outlet ? this.stations.toCard(c.outlet) : null,
      routing: {
        reason: c.routeReason,
        reasonText: ROUTE_REASON_LABELS[c.routeReason],
        mediationType: c.mediationType,
        labourDispute: c.labourDispute,
        scannedStationSkipped: c.scannedStationSkipped,
      },
      claimant: c.purgedAt
        ? { name: PURGED, idNumberMasked: PURGED, phoneMasked: PURGED }
        : {
            name: this.protector.decrypt(c.claimantNameEnc),
            idNumberMasked: maskIdNumber(this.protector.decrypt(c.idNumberEnc)),
            phoneMasked: maskPhone(this.protector.decrypt(c.phoneEnc)),
          },
      industry: c.industry,
      workMode: c.workMode,
      areaCode: c.areaCode,
      items: c.claim.items.map((i) => ({ type: i.type as CaseView['items'][number]['type'], amountFen: i.amountFen, amountYuan: fenToYuan(i.amountFen), periodFrom: i.periodFrom, periodTo: i.periodTo })),
      incidentDate: c.claim.incidentDate,
      description: c.claim.description,
      lawyer: c.lawyerId ? await this.lawyer(c.lawyerId) : null,
      evidence: (await this.ds.getRepository(EvidenceFileEntity).find({ where: { caseId: c.id }, order: { createdAt: 'ASC' } })).map(evidenceView),
      workerSignature: signatureOf(events),
      outletConsent: c.claim.outletConsent ?? null,
      sessions: sessionsOf(events),
      agreement: (c.agreement as CaseView['agreement']) ?? null,
      consultation: c.urgent ? consultationOf(events) : null,
      deadlines: c.deadlines.map((d) => ({ ...d, basis: DEADLINE_BASIS[d.kind as keyof typeof DEADLINE_BASIS] })),
      allowedActions: allowedActions(c.status, viewer.role),
      events: events.map((e) => ({ seq: e.seq, action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, actorRole: e.actorRole, reason: e.reason, at: e.createdAt.toISOString() })),
    };
  }

  private async lawyer(id: string): Promise<{ id: string; name: string } | null> {
    const u = await this.ds.getRepository(StaffUserEntity).findOneBy({ id });
    return u ? { id: u.id, name: u.displayName } : null;
  }

  summary(c: CaseEntity): CaseSummary {
    return {
      id: c.id,
      number: c.number,
      status: c.status,
      station: c.station ? this.stations.toCard(c.station) : null,
      respondent: { name: c.claim.respondent.name, creditCode: c.claim.respondent.creditCode, outletName: c.claim.respondent.outletName, partnerName: c.claim.respondent.partnerName },
      totalFen: c.totalFen,
      urgent: c.urgent,
      legalAid: c.legalAid,
      submittedAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }
}
