import { Readable } from 'node:stream';
import { In, IsNull, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import {
  addDays,
  chinaDate,
  summarise,
  workLogProblems,
  yuanToFen,
  type DataRequestQuery,
  type EvidenceView,
  type FieldError,
  type Principal,
  type WorkLogAttachBody,
  type WorkLogEntryBody,
  type WorkLogEntryView,
  type WorkLogPage,
  type WorkLogQuery,
} from '@gig/shared';
import { EvidenceFileEntity, WorkLogEntryEntity } from '../entities';
import { AppError } from '../errors';
import { audit } from './audit';
import type { RequestContext } from './auth';
import { isUniqueViolation } from './db-errors';
import { KeyedMutex, lockWorker } from './evidence-intake';
import type { DocumentService } from './documents';
import { evidenceView, type EvidenceService, type Upload } from './evidence';
import type { ProfileService } from './profiles';
import type { CaseReach } from './cases/reach';
import { dataRequestLetter, workLogPdf } from './work-log-pdf';
import { checkChain, entryHash, entryView, sha256, stableJson, type ChainCheck } from './work-log-chain';

/** A worker's chain with what corrects what, and the range asked for. */
export interface WorkLogRange {
  all: WorkLogEntryEntity[];
  inRange: WorkLogEntryEntity[];
  correctedBy: Map<string, string>;
  check: ChainCheck;
}

/**
 * The worker's own work record (issue 17 point 5): append-only entries, each hash-stamped by the
 * server when saved and chained to the worker's previous one, so an edited or deleted past entry
 * shows; summaries by ISO week and month.
 */
export class WorkLogService {
  private readonly workers = new KeyedMutex();

  constructor(
    private readonly ds: DataSource,
    private readonly deps: {
      documents: DocumentService;
      evidence: EvidenceService;
      profiles: ProfileService;
      reach: CaseReach;
    },
  ) {}

  async range(workerId: string, q: WorkLogQuery): Promise<WorkLogRange> {
    const all = await this.ds.getRepository(WorkLogEntryEntity).find({ where: { workerId }, order: { seq: 'ASC' } });
    const correctedBy = new Map<string, string>();
    for (const r of all) if (r.corrects) correctedBy.set(r.corrects, r.id);
    const inRange = all
      .filter((r) => (!q.from || r.date >= q.from) && (!q.to || r.date <= q.to))
      .sort((a, b) => a.date.localeCompare(b.date) || a.seq - b.seq);
    return { all, inRange, correctedBy, check: checkChain(all) };
  }

  async list(workerId: string, q: WorkLogQuery): Promise<WorkLogPage> {
    if (q.from && q.to && q.from > q.to) throw rangeError('/querystring/to');
    const { inRange, correctedBy, check } = await this.range(workerId, q);
    const counted = inRange.filter((r) => !correctedBy.has(r.id));
    return {
      items: inRange.map((r) => entryView(r, correctedBy.get(r.id) ?? null)),
      weeks: summarise(counted, 'week'),
      months: summarise(counted, 'month'),
      ...check,
    };
  }

  /**
   * Saves one entry once per Idempotency-Key: a retry with the same body answers with the entry
   * already saved; another body under the key is refused. One worker's saves are taken one at a
   * time (in this process, and under the worker's row lock across processes) and the unique
   * (worker, seq) index refuses a fork that slips past both.
   */
  async save(
    workerId: string,
    body: WorkLogEntryBody,
    key: string,
    ctx: RequestContext,
  ): Promise<{ view: WorkLogEntryView; replayed: boolean }> {
    const problems = workLogProblems(body);
    // The date is the worker's; a day ahead of China's today is let through (a phone's clock, midnight).
    if (body.date > addDays(chinaDate(new Date()), 1))
      problems.push({ path: '/date', rule: 'not_future', message: 'date must not be after today' });
    if (problems.length) throw invalid(problems.map((f) => ({ ...f, path: `/body${f.path}` })));
    const requestSha256 = sha256(stableJson(body));
    const replay = await this.replay(workerId, key, requestSha256);
    if (replay) return replay;
    const evidence = await this.evidenceOf(workerId, body.evidenceIds ?? []);
    return this.workers.run(workerId, async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        try {
          const row = await this.ds.transaction((em) =>
            this.append(em, workerId, body, { key, requestSha256, evidence, ctx }),
          );
          return { view: entryView(row, null), replayed: false };
        } catch (err) {
          if (!isUniqueViolation(err)) throw err;
          const again = await this.replay(workerId, key, requestSha256);
          if (again) return again;
        }
      }
      throw new Error('work log: no free place in the chain after 5 tries');
    });
  }

  private async append(
    em: EntityManager,
    workerId: string,
    body: WorkLogEntryBody,
    o: { key: string; requestSha256: string; evidence: { id: string; sha256: string }[]; ctx: RequestContext },
  ): Promise<WorkLogEntryEntity> {
    await lockWorker(em, workerId);
    const repo = em.getRepository(WorkLogEntryEntity);
    if (body.corrects) await this.checkCorrects(em, workerId, body.corrects);
    const last = await repo.findOne({ where: { workerId }, order: { seq: 'DESC' } });
    const row = repo.create({
      workerId,
      seq: (last?.seq ?? 0) + 1,
      date: body.date,
      kind: body.kind,
      hoursX100: body.hours === undefined ? null : Math.round(body.hours * 100),
      orders: body.orders ?? null,
      amountFen: body.amountYuan === undefined ? null : yuanToFen(body.amountYuan),
      platform: body.platform?.trim() || null,
      note: body.note?.trim() || null,
      evidence: o.evidence,
      corrects: body.corrects ?? null,
      idempotencyKey: o.key,
      requestSha256: o.requestSha256,
      // The server's clock, never the phone's.
      savedAt: new Date(),
      prevSha256: last?.sha256 ?? null,
    });
    row.sha256 = entryHash(row);
    await repo.insert(row);
    await audit(em, {
      actorType: 'worker',
      actorId: workerId,
      action: 'worker.work_log_saved',
      targetType: 'worker',
      targetId: workerId,
      detail: { seq: row.seq, kind: row.kind, sha256: row.sha256, corrects: row.corrects },
      requestId: o.ctx.requestId,
    });
    return row;
  }

  /**
   * Erases the worker's whole record (PIPL art 47) and the entries' screenshots that no claim
   * holds (a file attached to a case is that case's evidence, kept with it). Audited, with counts.
   */
  async erase(workerId: string, ctx: RequestContext): Promise<{ entries: number; files: number }> {
    return this.workers.run(workerId, async () => {
      const { entries, keys } = await this.ds.transaction(async (em) => {
        const rows = await em.getRepository(WorkLogEntryEntity).find({ where: { workerId } });
        const ids = [...new Set(rows.flatMap((r) => r.evidence.map((e) => e.id)))];
        const drafts = ids.length
          ? await em
              .getRepository(EvidenceFileEntity)
              .findBy({ id: In(ids), ownerWorkerId: workerId, caseId: IsNull() })
          : [];
        if (drafts.length) await em.delete(EvidenceFileEntity, { id: In(drafts.map((f) => f.id)) });
        await em.delete(WorkLogEntryEntity, { workerId });
        await audit(em, {
          actorType: 'worker',
          actorId: workerId,
          action: 'worker.work_log_erased',
          targetType: 'worker',
          targetId: workerId,
          detail: { entries: rows.length, files: drafts.length },
          requestId: ctx.requestId,
        });
        return { entries: rows.length, keys: drafts.map((f) => f.storageKey) };
      });
      // The stored bytes go after the rows (a file left over is harmless; a row without its file is not).
      for (const key of keys) await this.deps.evidence.removeStored(key).catch(() => undefined);
      return { entries, files: keys.length };
    });
  }

  private async replay(workerId: string, key: string, requestSha256: string) {
    const repo = this.ds.getRepository(WorkLogEntryEntity);
    const held = await repo.findOneBy({ workerId, idempotencyKey: key });
    if (!held) return null;
    if (held.requestSha256 !== requestSha256) throw new AppError('IDEMPOTENCY_CONFLICT');
    const by = await repo.findOneBy({ workerId, corrects: held.id });
    return { view: entryView(held, by?.id ?? null), replayed: true };
  }

  /** The worker's own files, with their hashes as stored now (each id named when it is not one). */
  private async evidenceOf(workerId: string, ids: string[]) {
    if (!ids.length) return [];
    const rows = await this.ds.getRepository(EvidenceFileEntity).findBy({ id: In(ids), ownerWorkerId: workerId });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const missing: FieldError[] = ids.flatMap((id, i) =>
      byId.has(id) ? [] : [{ path: `/body/evidenceIds/${i}`, rule: 'exists', message: `no file ${id} of yours` }],
    );
    if (missing.length) throw invalid(missing);
    return ids.map((id) => ({ id, sha256: byId.get(id)!.sha256 }));
  }

  private async checkCorrects(em: EntityManager, workerId: string, id: string): Promise<void> {
    const repo = em.getRepository(WorkLogEntryEntity);
    const where: FindOptionsWhere<WorkLogEntryEntity> = { workerId, id };
    if (!(await repo.findOneBy(where)))
      throw invalid([{ path: '/body/corrects', rule: 'exists', message: `no entry ${id} in your work record` }]);
    const later = await repo.findOneBy({ workerId, corrects: id });
    if (later) throw new AppError('WORK_LOG_ALREADY_CORRECTED', { details: { correctedBy: later.id } });
  }

  /**
   * Attaches a date range to the worker's own case: the PDF of its entries and hashes, kept as
   * evidence (work_record) through the evidence service, so the same bytes again are the same file.
   */
  async attach(
    p: Principal,
    caseId: string,
    span: WorkLogAttachBody,
  ): Promise<{ view: EvidenceView; replayed: boolean }> {
    if (span.from > span.to) throw rangeError('/body/to');
    await this.deps.reach.load(p, caseId, 'contribute');
    const r = await this.range(p.id, span);
    if (!r.inRange.length) throw new AppError('WORK_LOG_EMPTY_RANGE', { details: span });
    // What the PDF says, in short: the same range unchanged is the file already attached.
    const digest = sha256(
      stableJson([r.check, r.inRange.map((e) => [e.sha256, r.correctedBy.get(e.id) ?? null])]),
    ).slice(0, 16);
    const name = `work-record-${span.from}-${span.to}-${digest}.pdf`;
    const held = await this.ds
      .getRepository(EvidenceFileEntity)
      .findOneBy({ caseId, ownerWorkerId: p.id, category: 'work_record', originalName: name });
    if (held) return { view: evidenceView(held), replayed: true };
    const pdf = await workLogPdf(this.deps.documents, r, span);
    return this.deps.evidence.upload(p, pdfUpload(pdf, name), caseId);
  }

  /** The letter asking the platform for the worker's own data, filled in from the profile. */
  async letter(workerId: string, q: DataRequestQuery): Promise<Buffer> {
    if (q.from && q.to && q.from > q.to) throw rangeError('/querystring/to');
    return dataRequestLetter(this.deps.documents, await this.deps.profiles.get(workerId), q, new Date());
  }
}

/** A generated file as the evidence service takes an upload. */
function pdfUpload(pdf: Buffer, filename: string): Upload {
  return {
    filename,
    category: 'work_record',
    consent: null,
    body: Readable.from([pdf]),
    finish: async () => undefined,
    discard: () => undefined,
  };
}

const invalid = (fields: FieldError[]) => new AppError('VALIDATION_FAILED', { fields });
const rangeError = (path: string) => invalid([{ path, rule: 'order', message: 'to must not be before from' }]);
