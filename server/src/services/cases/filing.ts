import { In, IsNull, QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import {
  claimLimitationFacts,
  chinaDate,
  claimRuleProblems,
  limitation,
  mediationWindow,
  nextDue,
  respondentKey,
  routableOf,
  routeClaim,
  yuanToFen,
  type ClaimCreateBody,
  type ClockRules,
  type Label,
} from '@gig/shared';
import { CaseCounterEntity, CaseEntity, EvidenceFileEntity, StationEntity } from '../../entities';
import type { ClaimDetails, StoredDeadline } from '../../entities/case.entity';
import type { DataProtector } from '../../adapters/crypto';
import { AppError } from '../../errors';
import { isUniqueViolation } from '../db-errors';
import { withWriteRetry } from '../db-retry';
import { appendEvent } from './events';
import { unknownFigureFields } from './filing-figures';
import { requestFingerprint } from './request-hash';
import { checkDailyClaims } from './filing-quota';
import { recordOutletConsent } from './privacy';
import type { Actor } from './reach';

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

/** Filing a claim: checked, routed, numbered, its deadlines computed, its personal data sealed. */
export class CaseFiling {
  constructor(
    private readonly ds: DataSource,
    private readonly protector: DataProtector,
    private readonly clock: ClockRules,
    /** CLAIMS_PER_WORKER_PER_DAY. */
    private readonly claimsPerDay = 10,
  ) {}

  /**
   * Files a claim once per Idempotency-Key: a retry (also two at once) returns the same case;
   * the same key with other content is a 409.
   */
  async file(
    actor: Actor,
    body: ClaimCreateBody,
    idempotencyKey: string,
  ): Promise<{ entity: CaseEntity; replayed: boolean; nextStep: Label }> {
    const worker = actor.principal;
    const fingerprint = requestFingerprint(body);
    const requestHash = fingerprint.hash;
    const existing = await this.ds.getRepository(CaseEntity).findOneBy({ workerId: worker.id, idempotencyKey });
    if (existing) return this.replay(existing, fingerprint.matches);

    const problems = claimRuleProblems(body, chinaDate(new Date()));
    if (problems.length)
      throw new AppError('VALIDATION_FAILED', { fields: problems.map((f) => ({ ...f, path: `/body${f.path}` })) });
    const unknownFigures = await unknownFigureFields(this.ds, body);
    if (unknownFigures.length) throw new AppError('VALIDATION_FAILED', { fields: unknownFigures });
    const evidenceIds = body.evidenceIds ?? [];
    if (evidenceIds.length) {
      const drafts = await this.ds
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
    const all = await this.ds.getRepository(StationEntity).find();
    const route = routeClaim(routableOf(body), all);
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
      const entity = await withWriteRetry(() =>
        this.ds.transaction(async (em) => {
          await checkDailyClaims(em, worker.id, today, this.claimsPerDay);
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
          await appendEvent(em, c, {
            action: 'submit',
            from: null,
            to: 'submitted',
            actor,
            reason: null,
            data: { routeReason: route.reason, stationCode: route.station?.code ?? null, evidence: evidenceIds.length },
          });
          if (claim.outletConsent) await recordOutletConsent(em, actor, c);
          return c;
        }),
      );
      const nextStep = !route.labourDispute
        ? NEXT_STEP.not_labour
        : route.station
          ? NEXT_STEP.routed
          : NEXT_STEP.no_station;
      return { entity, replayed: false, nextStep };
    } catch (err) {
      // Two retries at once: the unique (worker, key) index let one in; answer with it.
      if (err instanceof QueryFailedError) {
        const winner = await this.ds.getRepository(CaseEntity).findOneBy({ workerId: worker.id, idempotencyKey });
        if (winner) return this.replay(winner, fingerprint.matches);
      }
      throw err;
    }
  }

  private replay(c: CaseEntity, matches: (stored: string) => boolean) {
    if (!matches(c.requestHash)) throw new AppError('IDEMPOTENCY_CONFLICT', { details: { caseNumber: c.number } });
    const nextStep = !c.labourDispute ? NEXT_STEP.not_labour : c.stationId ? NEXT_STEP.routed : NEXT_STEP.no_station;
    return { entity: c, replayed: true, nextStep };
  }

  /**
   * LD<year>-<6 digits>, unique and gap-free per year: the counter row is incremented under its row
   * lock, in the filing's transaction, so a number is used exactly when its case is committed. On a
   * Galera cluster two nodes may increment at once; certification refuses the second at commit and
   * withWriteRetry files it again with the next number.
   */
  private async nextNumber(em: EntityManager, year: number): Promise<string> {
    const counters = em.getRepository(CaseCounterEntity);
    if (!(await counters.existsBy({ year }))) {
      // The year's first case; a concurrent filing may create the row first, which is fine. Only
      // that: a deadlock here has rolled the whole transaction back, and must reach the retry.
      await counters.insert({ year, last: 0 }).catch((err: unknown) => {
        if (!isUniqueViolation(err)) throw err;
      });
    }
    await counters.increment({ year }, 'last', 1);
    const { last } = await counters.findOneByOrFail({ year });
    return `LD${year}-${String(last).padStart(6, '0')}`;
  }
}
