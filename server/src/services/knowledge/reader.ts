import { In, type DataSource } from 'typeorm';
import type {
  ClaimType,
  KnowledgeEntryView,
  KnowledgeHit,
  KnowledgeSearchQuery,
  KnowledgeSearchResult,
  KnowledgeSimilarBody,
  KnowledgeSimilarResult,
} from '@gig/shared';
import { CLAIM_TYPE, INDUSTRY } from '@gig/shared';
import { KnowledgeEntryEntity } from '../../entities';
import { AppError } from '../../errors';
import type { KnowledgeIndex, Scored, SearchFilters } from './search-index';
import { hitOf, publicView } from './views';

/** The published library as anyone reads it: search with filters, one entry, "cases like mine". */
export class KnowledgeReader {
  constructor(
    private readonly ds: DataSource,
    private readonly index: KnowledgeIndex,
  ) {}

  async get(id: string): Promise<KnowledgeEntryView> {
    const e = await this.ds.getRepository(KnowledgeEntryEntity).findOneBy({ id });
    if (!e || e.publishedVersion === null || !e.published) throw new AppError('NOT_FOUND');
    return publicView(e);
  }

  /** The entries of scored ids, in their order, as hits. */
  async hits(scored: readonly Scored[]): Promise<KnowledgeHit[]> {
    if (!scored.length) return [];
    const rows = await this.ds.getRepository(KnowledgeEntryEntity).findBy({ id: In(scored.map((s) => s.id)) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return scored.filter((s) => byId.get(s.id)?.published).map((s) => hitOf(byId.get(s.id)!, s.score));
  }

  /** The newest published entries passing the filters (a search without words). */
  async newest(filters: SearchFilters, limit: number, offset: number): Promise<KnowledgeSearchResult> {
    const { ids, total } = await this.index.newest(filters, limit, offset);
    return { items: await this.hits(ids.map((id) => ({ id, score: 0, matched: 0 }))), total };
  }

  async search(q: KnowledgeSearchQuery): Promise<KnowledgeSearchResult> {
    const limit = q.limit ?? 20;
    const offset = q.offset ?? 0;
    const filters: SearchFilters = {
      kind: q.kind,
      industry: q.industry,
      claimType: q.claimType,
      outcome: q.outcome,
      law: q.law,
      article: q.article,
    };
    if (!q.q?.trim()) return this.newest(filters, limit, offset);
    const { items, total } = await this.index.search(q.q, filters, { limit, offset });
    return { items: await this.hits(items), total };
  }

  /**
   * "Cases like mine": typical cases ranked by the worker's words and their claim types and
   * industry (a case sharing more of the claim types ranks higher), and the articles for those
   * claim types.
   */
  async similar(body: KnowledgeSimilarBody): Promise<KnowledgeSimilarResult> {
    const limit = body.limit ?? 5;
    const types = body.claimTypes ?? [];
    const words = [
      body.description ?? '',
      ...types.map((t) => CLAIM_TYPE.labels[t]['zh-CN']),
      body.industry ? INDUSTRY.labels[body.industry]['zh-CN'] : '',
    ].join(' ');
    const cases = await this.rank(words, types, { kind: 'case', industry: body.industry }, limit);
    const articles = await this.rank(words, types, { kinds: ['article', 'policy'] }, limit);
    return { cases, articles };
  }

  /** Entries by text score plus a bonus per shared claim type; those of the claim types first when the text finds nothing. */
  private async rank(words: string, types: readonly ClaimType[], filters: SearchFilters, limit: number) {
    const scored = new Map((await this.index.search(words, filters, { limit: 50 })).items.map((s) => [s.id, s]));
    if (types.length) {
      for (const type of types) {
        const { ids } = await this.index.newest({ ...filters, claimType: type }, 200);
        for (const id of ids) {
          const cur = scored.get(id) ?? { id, score: 0, matched: 0 };
          cur.score += 2;
          scored.set(id, cur);
        }
      }
    }
    const best = [...scored.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
    return this.hits(best);
  }
}
