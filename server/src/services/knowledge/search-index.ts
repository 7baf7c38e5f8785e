import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { CaseOutcome, ClaimType, Industry, KnowledgeContent, KnowledgeKind } from '@gig/shared';
import { KnowledgeEntryEntity, KnowledgeTermEntity } from '../../entities';
import { terms, weightedTerms } from './segment';

export interface SearchFilters {
  kind?: KnowledgeKind;
  kinds?: readonly KnowledgeKind[];
  industry?: Industry;
  /** The entry concerns this claim type. */
  claimType?: ClaimType;
  outcome?: CaseOutcome;
}

export interface Scored {
  id: string;
  score: number;
  /** How many distinct query terms the entry holds. */
  matched: number;
}

/** BM25's usual constants: term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;
const INSERT_CHUNK = 200;

/** Space-separated values with a space at each end, so `LIKE '% x %'` finds one of them. */
export const spaced = (values: readonly string[]) => (values.length ? ` ${values.join(' ')} ` : '');

/** Narrows a query on `e` (knowledge_entries) to published entries matching the filters. */
export function applyFilters<T extends object>(qb: SelectQueryBuilder<T>, f: SearchFilters): SelectQueryBuilder<T> {
  qb.andWhere('e.publishedVersion IS NOT NULL');
  if (f.kind) qb.andWhere('e.kind = :kind', { kind: f.kind });
  if (f.kinds?.length) qb.andWhere('e.kind IN (:...kinds)', { kinds: f.kinds });
  // An entry that names no industry concerns them all.
  if (f.industry) qb.andWhere("(e.industries = '' OR e.industries LIKE :industry)", { industry: `% ${f.industry} %` });
  if (f.claimType) qb.andWhere('e.claimTypes LIKE :claimType', { claimType: `% ${f.claimType} %` });
  if (f.outcome) qb.andWhere('e.outcome = :outcome', { outcome: f.outcome });
  return qb;
}

/**
 * The library's search index in the database (knowledge_terms): a published entry's weighted
 * jieba terms. A search reads the rows of the query's terms for the entries passing the filters,
 * and ranks them by BM25 in memory (document frequencies and the average length from SQL).
 */
export class KnowledgeIndex {
  constructor(private readonly ds: DataSource) {}

  /** Replaces an entry's terms with those of its newly published content; returns its length. */
  async write(em: EntityManager, entryId: string, content: KnowledgeContent): Promise<number> {
    const { weights, length } = weightedTerms(content);
    await em.delete(KnowledgeTermEntity, { entryId });
    const rows = [...weights].map(([term, weight]) => ({ term, entryId, weight }));
    for (let i = 0; i < rows.length; i += INSERT_CHUNK)
      await em.insert(KnowledgeTermEntity, rows.slice(i, i + INSERT_CHUNK));
    return length;
  }

  /**
   * The published entries matching the filters, best first, scored by BM25 over the text's terms
   * (the sum is computed by the database over the terms' rows; only the page comes back), and how
   * many entries match at all when `count` is asked.
   */
  async search(
    text: string,
    filters: SearchFilters,
    page: { limit: number; offset?: number; count?: boolean } = { limit: 50 },
    em: EntityManager = this.ds.manager,
  ): Promise<{ items: Scored[]; total: number }> {
    const none = { items: [], total: 0 };
    const query = [...new Set(terms(text))].slice(0, 40);
    if (!query.length) return none;
    const stats = await em
      .createQueryBuilder(KnowledgeEntryEntity, 'e')
      .select('COUNT(*)', 'n')
      .addSelect('AVG(e.length)', 'avg')
      .where('e.publishedVersion IS NOT NULL')
      .getRawOne<{ n: string | number; avg: string | number | null }>();
    const n = Number(stats?.n ?? 0);
    const avg = Number(stats?.avg ?? 0) || 1;
    if (!n) return none;
    const dfRows = await em
      .createQueryBuilder(KnowledgeTermEntity, 't')
      .select('t.term', 'term')
      .addSelect('COUNT(*)', 'df')
      .where('t.term IN (:...query)', { query })
      .groupBy('t.term')
      .getRawMany<{ term: string; df: string | number }>();
    if (!dfRows.length) return none;
    const params: Record<string, unknown> = { present: dfRows.map((r) => r.term) };
    const idf = dfRows
      .map((r, i) => {
        const df = Number(r.df);
        params[`t${i}`] = r.term;
        params[`w${i}`] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        return `WHEN :t${i} THEN :w${i}`;
      })
      .join(' ');
    // BM25: idf × tf·(k1+1) / (tf + k1·(1 − b + b·len/avg)), summed over the query's terms.
    const norm = `(t.weight + ${K1} * (${1 - B} + ${B} * e.length / ${avg.toFixed(4)}))`;
    const score = `SUM((CASE t.term ${idf} ELSE 0 END) * t.weight * ${K1 + 1} / ${norm})`;
    const base = () =>
      applyFilters(
        em
          .createQueryBuilder(KnowledgeTermEntity, 't')
          .innerJoin(KnowledgeEntryEntity, 'e', 'e.id = t.entryId')
          .where('t.term IN (:...present)'),
        filters,
      ).setParameters(params);
    const rows = await base()
      .select('t.entryId', 'id')
      .addSelect(score, 'score')
      .addSelect('COUNT(*)', 'matched')
      .groupBy('t.entryId')
      .orderBy('score', 'DESC')
      .addOrderBy('t.entryId', 'ASC')
      .offset(page.offset ?? 0)
      .limit(page.limit)
      .getRawMany<{ id: string; score: string | number; matched: string | number }>();
    const items = rows.map((r) => ({ id: r.id, score: Number(r.score), matched: Number(r.matched) }));
    if (!page.count) return { items, total: items.length };
    const counted = await base().select('COUNT(DISTINCT t.entryId)', 'total').getRawOne<{ total: string | number }>();
    return { items, total: Number(counted?.total ?? 0) };
  }
}
