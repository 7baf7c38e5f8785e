import { randomUUID } from 'node:crypto';
import { In, IsNull, QueryFailedError, type DataSource } from 'typeorm';
import {
  claimLimitationFacts,
  chinaDate,
  claimRuleProblems,
  limitation,
  maskIdNumber,
  maskPhone,
  mediationWindow,
  nextDue,
  respondentKey,
  routableOf,
  routeClaim,
  yuanToFen,
  type CaseView,
  type ClaimCreateBody,
  type ClockRules,
  type Label,
} from '@gig/shared';
import { CaseEntity, CaseEventEntity, EvidenceFileEntity } from '../../entities';
import type { ClaimDetails, StoredDeadline } from '../../entities/case.entity';
import type { DataProtector } from '../../adapters/crypto';
import { AppError } from '../../errors';
import { withWriteRetry } from '../db-retry';
import { Rows } from '../../db/rows';
import type { StationDirectory } from '../station-directory';
import { nextCaseNumber } from './case-number';
import { eventOf } from './events';
import { unknownFigureFields } from './filing-figures';
import { requestFingerprint } from './request-hash';
import { checkDailyClaims } from './filing-quota';
import { recordOutletConsent } from './privacy';
import { recordRespondentKey, rememberRespondentKey } from './respondent-keys';
import { respondentGroupFor } from '../warnings/keys';
import type { Actor } from './reach';
import { applyStats, filingChange } from '../stats/rollup';
import { moveOpenCounts } from './open-counts';

/** What the worker is told right after filing, by where the claim went. */
const NEXT_STEP: Record<'routed' | 'no_station' | 'not_labour', Label> = {
  routed: {
    'zh-CN':
      '调解站将在3个工作日内联系您核实情况；调解期限为收到申请之日起15日，期满未达成协议的，您可以申请劳动仲裁。',
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

/**
 * What filing answers: the case, whether it was filed before (a retry), what the worker is told,
 * and for a new case the rows it has just written (the answer's view is made from them).
 */
export interface Filed {
  entity: CaseEntity;
  replayed: boolean;
  nextStep: Label;
  written?: { events: CaseEventEntity[]; evidence: EvidenceFileEntity[]; claimant: CaseView['claimant'] };
}

/** Filing a claim: checked, routed, numbered, its deadlines computed, its personal data sealed. */
export class CaseFiling {
  constructor(
    private readonly ds: DataSource,
    private readonly protector: DataProtector,
    private readonly clock: ClockRules,
    private readonly stations: StationDirectory,
    /** CLAIMS_PER_WORKER_PER_DAY. */
    private readonly claimsPerDay = 10,
  ) {
    this.cases = new Rows(ds, CaseEntity);
    this.events = new Rows(ds, CaseEventEntity);
  }

  private readonly cases: Rows<CaseEntity>;
  private readonly events: Rows<CaseEventEntity>;

  /**
   * Files a claim once per Idempotency-Key: a retry (also two at once) returns the same case;
   * the same key with other content is a 409.
   */
  async file(actor: Actor, body: ClaimCreateBody, idempotencyKey: string): Promise<Filed> {
    const worker = actor.principal;
    const fingerprint = requestFingerprint(body);
    const requestHash = fingerprint.hash;
    const existing = await this.byKey(worker.id, idempotencyKey);
    if (existing) return this.replay(existing, fingerprint.matches);

    const problems = claimRuleProblems(body, chinaDate(new Date()));
    if (problems.length)
      throw new AppError('VALIDATION_FAILED', { fields: problems.map((f) => ({ ...f, path: `/body${f.path}` })) });
    const unknownFigures = await unknownFigureFields(this.ds, body);
    if (unknownFigures.length) throw new AppError('VALIDATION_FAILED', { fields: unknownFigures });
    const evidenceIds = body.evidenceIds ?? [];
    let drafts: EvidenceFileEntity[] = [];
    if (evidenceIds.length) {
      drafts = await this.ds
        .getRepository(EvidenceFileEntity)
        .findBy({ id: In(evidenceIds), ownerWorkerId: worker.id, caseId: IsNull() });
      const found = new Set(drafts.map((d) => d.id));
      const fields = evidenceIds.flatMap((id, i) =>
        found.has(id)
          ? []
          : [
              {
                path: `/body/evidenceIds/${i}`,
                rule: 'draft',
                message: 'not one of your uploaded files waiting for a claim',
              },
            ],
      );
      if (fields.length) throw new AppError('VALIDATION_FAILED', { fields });
    }
    const items = body.items.map((i) => ({
      type: i.type,
      amountFen: yuanToFen(i.amountYuan)!,
      amountYuan: i.amountYuan,
      periodFrom: i.periodFrom ?? null,
      periodTo: i.periodTo ?? null,
      note: i.note ?? null,
      calculation: i.calculation ?? null,
    }));
    const route = routeClaim(routableOf(body), await this.stations.all());
    const now = new Date();
    const today = chinaDate(now);
    const knownOn = body.knownOn ?? body.incidentDate;
    const deadlines: StoredDeadline[] = [mediationWindow(today, this.clock)];
    // The claim itself is a mediation application: it interrupts the limitation (LDMAL art 27),
    // after the demands the worker says they made; a suspension they report extends it.
    const facts = claimLimitationFacts(body)!;
    const limit = limitation({ ...facts, interruptions: [...facts.interruptions, today] }, this.clock);
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
      limitationEvents: body.limitationEvents ?? [],
      description: body.description,
      scannedStationCode: body.stationCode ?? null,
      preferredChannel: body.preferredChannel ?? null,
      outletConsent: body.outletConsent ? { version: body.outletConsent, at: now.toISOString() } : null,
    };

    try {
      const written = await withWriteRetry(() =>
        this.ds.transaction(async (em) => {
          await checkDailyClaims(em, this.cases, worker.id, today, this.claimsPerDay);
          const number = await nextCaseNumber(em, Number(today.slice(0, 4)));
          const c = Object.assign(new CaseEntity(), {
            id: randomUUID(),
            version: 1,
            createdAt: now,
            updatedAt: now,
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
            respondentGroup: await respondentGroupFor(em, body.respondent.name, body.respondent.creditCode ?? null),
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
          } satisfies Partial<CaseEntity>);
          // One prepared INSERT; nothing to read back (the row is what `c` holds).
          await this.cases.insert(em, c);
          await recordRespondentKey(em, c.respondentKey);
          if (evidenceIds.length) {
            const attached = await em.update(
              EvidenceFileEntity,
              { id: In(evidenceIds), ownerWorkerId: worker.id, caseId: IsNull() },
              { caseId: c.id },
            );
            if (attached.affected !== evidenceIds.length)
              throw new AppError('VALIDATION_FAILED', {
                fields: [
                  { path: '/body/evidenceIds', rule: 'draft', message: 'some files were attached elsewhere meanwhile' },
                ],
              });
          }
          const event = eventOf(c, 1, {
            action: 'submit',
            from: null,
            to: 'submitted',
            actor,
            reason: null,
            data: { routeReason: route.reason, stationCode: route.station?.code ?? null, evidence: evidenceIds.length },
          });
          Object.assign(event, { id: randomUUID(), createdAt: now });
          await this.events.insert(em, event);
          if (claim.outletConsent) await recordOutletConsent(em, actor, c);
          // The statistics' roll-up counts the filing in the same transaction.
          await applyStats(em, [filingChange(c, now)]);
          // The workbench's counts, likewise (last: the most shared rows).
          await moveOpenCounts(em, null, c);
          return { c, event };
        }),
      );
      rememberRespondentKey(this.ds, written.c.respondentKey);
      const c = Object.assign(written.c, {
        station: await this.stations.byId(written.c.stationId),
        outlet: null,
      });
      const evidence = drafts
        .map((d) => Object.assign(d, { caseId: c.id }))
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
      const nextStep = !route.labourDispute
        ? NEXT_STEP.not_labour
        : route.station
          ? NEXT_STEP.routed
          : NEXT_STEP.no_station;
      // The claimant as the view shows them, from the body just sealed (not decrypted back).
      const claimant = {
        name: body.claimant.name,
        idNumberMasked: maskIdNumber(body.claimant.idNumber.toUpperCase()),
        phoneMasked: maskPhone(body.claimant.phone),
      };
      return { entity: c, replayed: false, nextStep, written: { events: [written.event], evidence, claimant } };
    } catch (err) {
      // Two retries at once: the unique (worker, key) index let one in; answer with it.
      if (err instanceof QueryFailedError) {
        const winner = await this.byKey(worker.id, idempotencyKey);
        if (winner) return this.replay(winner, fingerprint.matches);
      }
      throw err;
    }
  }

  private replay(c: CaseEntity, matches: (stored: string) => boolean): Filed {
    if (!matches(c.requestHash)) throw new AppError('IDEMPOTENCY_CONFLICT', { details: { caseNumber: c.number } });
    const nextStep = !c.labourDispute ? NEXT_STEP.not_labour : c.stationId ? NEXT_STEP.routed : NEXT_STEP.no_station;
    return { entity: c, replayed: true, nextStep };
  }

  private byKey(workerId: string, idempotencyKey: string): Promise<CaseEntity | null> {
    return this.cases.one('workerId = ? AND idempotencyKey = ?', [workerId, idempotencyKey]);
  }
}
