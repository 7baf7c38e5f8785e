import type { DataSource } from 'typeorm';
import {
  DEADLINE_BASIS,
  ROUTE_REASON_LABELS,
  access,
  chinaDate,
  courtPath,
  currentSignature,
  fenToYuan,
  maskIdNumber,
  maskPhone,
  offeredActions,
  type CaseActor,
  type CaseSummary,
  type CaseView,
  type Principal,
} from '@gig/shared';
import { CaseEventEntity, EvidenceFileEntity, StaffUserEntity, type CaseEntity } from '../../entities';
import type { DataProtector } from '../../adapters/crypto';
import { Rows } from '../../db/rows';
import type { StationService } from '../stations';
import { evidenceView } from '../evidence';
import { textOf } from './effects/agreement-terms';
import { consultationOf, outletReplyOf, sessionsOf } from './events';
import { factsOf } from './facts';
import type { Filed } from './filing';
import { partiesOf, type CaseReach } from './reach';

/** Who is on the respondent's side of the case only (its outlet), and nothing more. */
const outletSideOnly = (relations: readonly string[]) =>
  relations.every((r) => r === 'dispatched_outlet' || r === 'respondent_outlet');

/** What a view shows in place of personal data the retention timer erased. */
const PURGED = '—';

/** A case as one user sees it: masked personal data, the timeline, and what they may do now. */
export class CaseViews {
  private readonly events: Rows<CaseEventEntity>;
  private readonly evidence: Rows<EvidenceFileEntity>;

  constructor(
    private readonly ds: DataSource,
    private readonly protector: DataProtector,
    private readonly stations: StationService,
    private readonly reach: CaseReach,
  ) {
    this.events = new Rows(ds, CaseEventEntity);
    this.evidence = new Rows(ds, EvidenceFileEntity);
  }

  /** The case if this user may read it (404 otherwise), as they see it. */
  async get(p: Principal, id: string): Promise<CaseView> {
    return this.view((await this.reach.load(p, id)).c, p);
  }

  async view(c: CaseEntity, viewer: Principal): Promise<CaseView> {
    const [events, evidence, actor] = await Promise.all([
      this.events.where('caseId = ? ORDER BY seq', [c.id]),
      this.evidence.where('caseId = ? ORDER BY createdAt, id', [c.id]),
      this.reach.actorOf(viewer),
    ]);
    return this.build(c, viewer, actor, events, evidence);
  }

  /** The answer to a filing: a new case from the rows just written, a retry's case as it is now. */
  async filed(p: Principal, r: Filed): Promise<CaseView> {
    if (!r.written) return this.get(p, r.entity.id);
    const { events, evidence, claimant } = r.written;
    return this.build(r.entity, p, await this.reach.actorOf(p), events, evidence, claimant);
  }

  /** The view from rows already in hand (filing answers from the rows it has just written). */
  async build(
    c: CaseEntity,
    viewer: Principal,
    actor: CaseActor,
    events: CaseEventEntity[],
    evidence: EvidenceFileEntity[],
    /** The claimant as shown, when the caller has it in hand (filing): else decrypted from the row. */
    claimant?: CaseView['claimant'],
  ): Promise<CaseView> {
    const sessions = sessionsOf(events);
    const facts = factsOf(c, sessions.length, chinaDate(new Date()));
    const a = access(actor, partiesOf(c));
    const who = { role: viewer.role, relations: a.relations };
    const offered = offeredActions(facts, who);
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
      claimant: claimant ?? this.claimant(c),
      industry: c.industry,
      workMode: c.workMode,
      areaCode: c.areaCode,
      items: c.claim.items.map((i) => ({
        type: i.type as CaseView['items'][number]['type'],
        amountFen: i.amountFen,
        amountYuan: fenToYuan(i.amountFen),
        periodFrom: i.periodFrom,
        periodTo: i.periodTo,
        calculation: (i.calculation ?? null) as CaseView['items'][number]['calculation'],
      })),
      incidentDate: c.claim.incidentDate,
      limitationEvents: (c.claim.limitationEvents ?? []) as CaseView['limitationEvents'],
      description: c.claim.description,
      lawyer: c.lawyerId ? await this.lawyer(c.lawyerId) : null,
      notesSharedWithLawyer: c.notesShared,
      // Sensitive files (PIPL art 28) only for those the worker gave them to.
      evidence: evidence.filter((e) => !e.sensitive || a.sensitiveEvidence).map(evidenceView),
      workerSignature: this.drawnSignature(c, evidence),
      outletConsent: c.claim.outletConsent ?? null,
      sessions,
      agreement: c.agreement ?? null,
      agreementText: c.agreement ? textOf(c, c.agreement, this.protector).lines : null,
      outletReply: outletReplyOf(events),
      proposal: c.proposal ?? null,
      confirmation: c.confirmation ?? null,
      paymentOrder: c.paymentOrder ?? null,
      arbitration: c.arbitration
        ? { ...c.arbitration, courtPath: courtPath(c.arbitration, c.deadlines, facts.today) }
        : null,
      // The consultation's plan is the station's and its participants': not the respondent's side.
      consultation: c.urgent && !outletSideOnly(a.relations) ? consultationOf(events) : null,
      deadlines: c.deadlines.map((d) => ({ ...d, basis: DEADLINE_BASIS[d.kind as keyof typeof DEADLINE_BASIS] })),
      // Allowed now = offered without a refusal (one pass over the actions table, not two).
      allowedActions: offered.flatMap((o) => (o.refusal === null ? [o.action] : [])),
      actions: offered,
      events: events.map((e) => ({
        seq: e.seq,
        action: e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        actorRole: e.actorRole,
        reason: e.reason,
        at: e.createdAt.toISOString(),
      })),
    };
  }

  /** The worker's drawn signature on the current agreement text, if they gave one. */
  private drawnSignature(c: CaseEntity, evidence: EvidenceFileEntity[]): CaseView['workerSignature'] {
    const s = c.agreement && currentSignature(c.agreement, 'worker');
    const image = s ? evidence.find((e) => e.id === s.evidenceId) : undefined;
    return s?.evidenceId && image ? { evidenceId: image.id, sha256: image.sha256, at: s.at } : null;
  }

  private claimant(c: CaseEntity): CaseView['claimant'] {
    if (c.purgedAt) return { name: PURGED, idNumberMasked: PURGED, phoneMasked: PURGED };
    return {
      name: this.protector.decrypt(c.claimantNameEnc),
      idNumberMasked: maskIdNumber(this.protector.decrypt(c.idNumberEnc)),
      phoneMasked: maskPhone(this.protector.decrypt(c.phoneEnc)),
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
      respondent: {
        name: c.claim.respondent.name,
        creditCode: c.claim.respondent.creditCode,
        outletName: c.claim.respondent.outletName,
        partnerName: c.claim.respondent.partnerName,
      },
      totalFen: c.totalFen,
      urgent: c.urgent,
      legalAid: c.legalAid,
      submittedAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }
}
