import { Not, type DataSource, type EntityManager } from 'typeorm';
import {
  parseKnowledgeMarkdown,
  KnowledgeCreateBody,
  type KnowledgeAdminQuery,
  type KnowledgeContent,
  type KnowledgeEditorView,
  type KnowledgeKind,
  type KnowledgeUpdateBody,
  type KnowledgeVersionView,
  type Principal,
} from '@gig/shared';
import { KnowledgeEntryEntity, KnowledgeVersionEntity } from '../../entities';
import { AppError, fieldError } from '../../errors';
import { partValidator } from '../../ajv';
import { audit } from '../audit';
import { checkContent, refuseIfPersonalData } from './rules';
import { spaced, type KnowledgeIndex } from './search-index';
import { editorView, normalised, versionView } from './views';

const validateCreate = partValidator(KnowledgeCreateBody, 'body');

/**
 * The editors' side of the library: drafts, review, publishing and versions. A published version
 * is never changed: editing a published entry starts the next version, and publishing it
 * supersedes the one before (kept, with who published it and when).
 */
export class KnowledgeEditor {
  constructor(
    private readonly ds: DataSource,
    private readonly index: KnowledgeIndex,
  ) {}

  async list(q: KnowledgeAdminQuery): Promise<{ items: KnowledgeEditorView[]; total: number }> {
    const qb = this.ds.getRepository(KnowledgeEntryEntity).createQueryBuilder('e');
    if (q.kind) qb.andWhere('e.kind = :kind', { kind: q.kind });
    if (q.status) qb.andWhere('e.status = :status', { status: q.status });
    if (q.q?.trim()) qb.andWhere('e.title LIKE :q', { q: `%${q.q.trim().replace(/[%_\\]/g, '')}%` });
    const [rows, total] = await qb
      .orderBy('e.updatedAt', 'DESC')
      .addOrderBy('e.id', 'ASC')
      .skip(q.offset ?? 0)
      .take(q.limit ?? 50)
      .getManyAndCount();
    const latest = await Promise.all(rows.map((r) => this.latest(this.ds.manager, r)));
    return { items: rows.map((r, i) => editorView(r, latest[i]!)), total };
  }

  async get(id: string): Promise<KnowledgeEditorView> {
    const e = await this.entry(this.ds.manager, id);
    return editorView(e, await this.latest(this.ds.manager, e));
  }

  async versions(id: string): Promise<KnowledgeVersionView[]> {
    await this.entry(this.ds.manager, id);
    const rows = await this.ds
      .getRepository(KnowledgeVersionEntity)
      .find({ where: { entryId: id }, order: { version: 'DESC' } });
    return rows.map(versionView);
  }

  async create(
    actor: Principal,
    body: KnowledgeCreateBody,
    requestId?: string,
    em?: EntityManager,
  ): Promise<KnowledgeEditorView> {
    const { kind, ...rest } = body;
    const content = normalised(rest);
    checkContent(kind, content);
    const run = async (m: EntityManager) => {
      const e = await m.save(
        m.create(KnowledgeEntryEntity, {
          kind,
          status: 'draft',
          latestVersion: 1,
          publishedVersion: null,
          title: content.title,
          law: content.law,
          article: content.article,
          claimTypes: '',
          industries: '',
          outcome: null,
          example: content.example,
          length: 0,
          published: null,
          publishedAt: null,
        }),
      );
      const v = await m.save(
        m.create(KnowledgeVersionEntity, {
          entryId: e.id,
          version: 1,
          status: 'draft',
          superseded: false,
          content,
          note: null,
          authorId: actor.id,
          publishedBy: null,
          publishedAt: null,
        }),
      );
      await audit(m, this.auditOf(actor, 'knowledge.create', e.id, { kind, version: 1 }, requestId));
      return editorView(e, v);
    };
    return em ? run(em) : this.ds.transaction(run);
  }

  /** Changes the draft; an entry in review goes back to draft; a published one gets a new draft version. */
  async update(
    actor: Principal,
    id: string,
    body: KnowledgeUpdateBody,
    requestId?: string,
  ): Promise<KnowledgeEditorView> {
    const { note, ...rest } = body;
    const content = normalised(rest);
    return this.ds.transaction(async (m) => {
      const e = await this.entry(m, id, true);
      checkContent(e.kind, content);
      let v = await this.latest(m, e);
      if (v.status === 'published') {
        v = m.create(KnowledgeVersionEntity, {
          entryId: e.id,
          version: e.latestVersion + 1,
          status: 'draft',
          superseded: false,
          content,
          note: note ?? null,
          authorId: actor.id,
          publishedBy: null,
          publishedAt: null,
        });
        e.latestVersion = v.version;
      } else {
        Object.assign(v, { content, status: 'draft', note: note ?? v.note, authorId: actor.id });
      }
      v = await m.save(v);
      Object.assign(e, { status: 'draft', title: content.title, law: content.law, article: content.article });
      await m.save(e);
      await audit(m, this.auditOf(actor, 'knowledge.update', e.id, { version: v.version }, requestId));
      return editorView(e, v);
    });
  }

  async submit(actor: Principal, id: string, requestId?: string): Promise<KnowledgeEditorView> {
    return this.ds.transaction(async (m) => {
      const e = await this.entry(m, id, true);
      const v = await this.latest(m, e);
      if (v.status !== 'draft') throw new AppError('KNOWLEDGE_STATE', { details: { status: v.status } });
      v.status = 'review';
      e.status = 'review';
      await m.save(v);
      await m.save(e);
      await audit(m, this.auditOf(actor, 'knowledge.submit', e.id, { version: v.version }, requestId));
      return editorView(e, v);
    });
  }

  async publish(actor: Principal, id: string, requestId?: string): Promise<KnowledgeEditorView> {
    return this.ds.transaction(async (m) => {
      const e = await this.entry(m, id, true);
      const v = await this.latest(m, e);
      if (v.status !== 'review') throw new AppError('KNOWLEDGE_STATE', { details: { status: v.status } });
      const c = normalised(v.content);
      checkContent(e.kind, c);
      if (e.kind === 'case') {
        refuseIfPersonalData(c);
        await this.checkBasis(m, c);
      }
      if (e.kind === 'article') await this.checkUniqueArticle(m, e.id, c);
      if (e.publishedVersion !== null)
        await m.update(KnowledgeVersionEntity, { entryId: e.id, version: e.publishedVersion }, { superseded: true });
      const now = new Date();
      Object.assign(v, { status: 'published', publishedBy: actor.id, publishedAt: now });
      Object.assign(e, {
        status: 'published',
        publishedVersion: v.version,
        published: c,
        publishedAt: now,
        claimTypes: spaced(c.claimTypes),
        industries: spaced(c.industries),
        outcome: c.case?.outcome ?? null,
        example: c.example,
        length: await this.index.write(m, e.id, c),
      });
      await m.save(v);
      await m.save(e);
      await audit(m, this.auditOf(actor, 'knowledge.publish', e.id, { version: v.version }, requestId));
      return editorView(e, v);
    });
  }

  /** Imports every entry of a Markdown file as a draft, or none when one of them is at fault. */
  async importMarkdown(actor: Principal, markdown: string, requestId?: string): Promise<KnowledgeEditorView[]> {
    const { entries, problems } = parseKnowledgeMarkdown(markdown);
    if (problems.length)
      throw new AppError('VALIDATION_FAILED', {
        fields: problems.map((p) => ({
          path: `/body/markdown/${p.entry}/${p.field}`,
          rule: 'markdown',
          message: p.message,
        })),
      });
    entries.forEach((entry, i) => {
      if (!validateCreate(entry)) {
        const err = validateCreate.errors![0]!;
        throw fieldError(`/body/markdown/${i + 1}${err.instancePath}`, err.keyword, err.message ?? 'not valid');
      }
      checkContent(entry.kind, normalised(entry), `/body/markdown/${i + 1}`);
    });
    return this.ds.transaction(async (m) => {
      const out: KnowledgeEditorView[] = [];
      for (const entry of entries) out.push(await this.create(actor, entry, requestId, m));
      return out;
    });
  }

  private async checkBasis(m: EntityManager, c: KnowledgeContent): Promise<void> {
    for (const [i, id] of (c.case?.basisIds ?? []).entries()) {
      const basis = await m.findOneBy(KnowledgeEntryEntity, { id });
      if (!basis || basis.publishedVersion === null || basis.kind === 'case')
        throw fieldError(
          `/body/case/basisIds/${i}`,
          'published',
          'the legal basis must be a published article, policy or class',
        );
    }
  }

  private async checkUniqueArticle(m: EntityManager, id: string, c: KnowledgeContent): Promise<void> {
    const twin = await m.findOne(KnowledgeEntryEntity, {
      where: { id: Not(id), kind: 'article' as KnowledgeKind, law: c.law!, article: c.article! },
    });
    if (twin?.publishedVersion != null)
      throw fieldError('/body/article', 'unique', `${c.law} art. ${c.article} is already published as another entry`);
  }

  private async entry(m: EntityManager, id: string, lock = false): Promise<KnowledgeEntryEntity> {
    const e = await m.findOne(KnowledgeEntryEntity, {
      where: { id },
      ...(lock && m.connection.options.type !== 'better-sqlite3'
        ? { lock: { mode: 'pessimistic_write' as const } }
        : {}),
    });
    if (!e) throw new AppError('NOT_FOUND');
    return e;
  }

  private async latest(m: EntityManager, e: KnowledgeEntryEntity): Promise<KnowledgeVersionEntity> {
    return m.findOneByOrFail(KnowledgeVersionEntity, { entryId: e.id, version: e.latestVersion });
  }

  private auditOf(actor: Principal, action: string, id: string, detail: Record<string, unknown>, requestId?: string) {
    return {
      actorType: 'staff' as const,
      actorId: actor.id,
      action,
      targetType: 'knowledge',
      targetId: id,
      detail,
      requestId,
    };
  }
}
