import type { DataSource, EntityManager } from 'typeorm';
import type { KnowledgeContent, KnowledgeKind } from '@gig/shared';
import { KnowledgeEntryEntity, KnowledgeTermEntity } from '../../entities';
import { terms, weightedTerms } from './segment';
import { Postings, type Scored, type SearchFilters } from './postings';

export type { Scored, SearchFilters } from './postings';

const INSERT_CHUNK = 200;
/** Entries whose terms are read in one statement when the index is loaded. */
const LOAD_CHUNK = 500;
/** After a publication elsewhere, the newest entries are read again, this many, then four times more… */
const RECENT_FIRST = 50;

/** Space-separated values with a space at each end, so `LIKE '% x %'` finds one of them. */
export const spaced = (values: readonly string[]) => (values.length ? ` ${values.join(' ')} ` : '');
const unspaced = (value: string) => value.split(' ').filter(Boolean);

interface EntryRow {
  id: string;
  kind: KnowledgeKind;
  industries: string;
  claimTypes: string;
  outcome: string | null;
  law: string | null;
  article: number | string | null;
  length: number | string;
  publishedVersion: number | string;
}

/**
 * The library's search index. Each published entry's weighted jieba terms are kept in the database
 * (knowledge_terms, written when the entry is published) and, for searching, in memory
 * (postings.ts): a search ranks the entries by BM25 without a statement. Every process loads the
 * index on its first search (or at start, `warm`); each search then asks the database, in one
 * index-only statement, whether anything was published since (the count of published entries and
 * the sum of their published versions: every publication makes the sum grow), here or in another
 * process, and reads only what changed.
 */
export class KnowledgeIndex {
  private current: Postings | null = null;
  private loading: Promise<Postings> | null = null;
  /** Load order, for "newest first" without reading dates (entries are loaded oldest publication first). */
  private order = 0;

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

  /** Loads the index now rather than on the first search. */
  async warm(): Promise<void> {
    await this.postings();
  }

  /**
   * The published entries matching the filters, best first, scored by BM25 over the text's terms,
   * and how many match in all.
   */
  async search(
    text: string,
    filters: SearchFilters,
    page: { limit: number; offset?: number } = { limit: 50 },
  ): Promise<{ items: Scored[]; total: number }> {
    const query = [...new Set(terms(text))].slice(0, 40);
    if (!query.length) return { items: [], total: 0 };
    return (await this.postings()).search(query, filters, page.limit, page.offset ?? 0);
  }

  /** The newest published entries passing the filters (a search without words). */
  async newest(filters: SearchFilters, limit: number, offset = 0): Promise<{ ids: string[]; total: number }> {
    return (await this.postings()).newest(filters, limit, offset);
  }

  private async postings(): Promise<Postings> {
    // Searches arriving while the database is asked share the one answer.
    if (this.loading) return this.loading;
    this.loading = this.refresh().finally(() => (this.loading = null));
    return this.loading;
  }

  /** Brings the index up to date: the entries published since (or everything, the first time). */
  private async refresh(): Promise<Postings> {
    const stamp = await this.stamp();
    const cur = this.current;
    const agrees = (p: Postings) => p.size === stamp.count && p.versionSum === stamp.versions;
    if (cur && agrees(cur)) return cur;
    // What changed is among the latest publications (by time; the processes' clocks may differ a
    // little, so read more of them until the figures agree, then everything).
    let next: Postings | null = null;
    if (cur && cur.dead < cur.size)
      for (let k = RECENT_FIRST; !next && k < stamp.count; k *= 4) {
        await this.load(cur, await this.entries(k));
        if (agrees(cur)) next = cur;
      }
    if (!next) {
      next = new Postings();
      await this.load(next, await this.entries(null));
    }
    this.current = next;
    return next;
  }

  private async stamp(): Promise<{ count: number; versions: number }> {
    const r = await this.ds
      .createQueryBuilder(KnowledgeEntryEntity, 'e')
      .select('COUNT(*)', 'count')
      .addSelect('COALESCE(SUM(e.publishedVersion), 0)', 'versions')
      .where('e.publishedVersion IS NOT NULL')
      .getRawOne<{ count: string | number; versions: string | number }>();
    return { count: Number(r?.count ?? 0), versions: Number(r?.versions ?? 0) };
  }

  /** The published entries' index fields: the `latest` most recently published, or all. */
  private async entries(latest: number | null): Promise<EntryRow[]> {
    const qb = this.ds.createQueryBuilder(KnowledgeEntryEntity, 'e').select('e.id', 'id');
    for (const c of [
      'kind',
      'industries',
      'claimTypes',
      'outcome',
      'law',
      'article',
      'length',
      'publishedVersion',
    ] as const)
      qb.addSelect(`e.${c}`, c);
    qb.where('e.publishedVersion IS NOT NULL');
    // Oldest first, as `load` numbers them.
    if (latest === null) return qb.orderBy('e.publishedAt', 'ASC').addOrderBy('e.id', 'ASC').getRawMany<EntryRow>();
    const rows = await qb
      .orderBy('e.publishedAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(latest)
      .getRawMany<EntryRow>();
    return rows.reverse();
  }

  /**
   * The terms of these entries, one row per entry (`term:weight` joined by spaces: terms are
   * letters, digits and CJK only): a row per term made MariaDB's driver parse a million rows for a
   * large library. An entry whose list came back shorter than its count (GROUP_CONCAT's length cap)
   * is read again row by row.
   */
  private async termsOf(ids: string[]): Promise<Map<string, [string, number][]>> {
    const sqlite = this.ds.options.type === 'better-sqlite3';
    const joined = sqlite
      ? "group_concat(t.term || ':' || t.weight, ' ')"
      : "GROUP_CONCAT(CONCAT(t.term, ':', t.weight) SEPARATOR ' ')";
    const rows = await this.ds
      .createQueryBuilder(KnowledgeTermEntity, 't')
      .select('t.entryId', 'entryId')
      .addSelect(joined, 'terms')
      .addSelect('COUNT(*)', 'n')
      .where('t.entryId IN (:...ids)', { ids })
      .groupBy('t.entryId')
      .getRawMany<{ entryId: string; terms: string | null; n: number | string }>();
    const byEntry = new Map<string, [string, number][]>();
    const short: string[] = [];
    for (const r of rows) {
      const list = (r.terms ?? '').split(' ').flatMap((tw): [string, number][] => {
        const at = tw.lastIndexOf(':');
        return at > 0 ? [[tw.slice(0, at), Number(tw.slice(at + 1))]] : [];
      });
      if (list.length === Number(r.n)) byEntry.set(r.entryId, list);
      else short.push(r.entryId);
    }
    if (short.length) {
      const each = await this.ds
        .createQueryBuilder(KnowledgeTermEntity, 't')
        .select('t.entryId', 'entryId')
        .addSelect('t.term', 'term')
        .addSelect('t.weight', 'weight')
        .where('t.entryId IN (:...ids)', { ids: short })
        .getRawMany<{ entryId: string; term: string; weight: number | string }>();
      for (const t of each) {
        let list = byEntry.get(t.entryId);
        if (!list) byEntry.set(t.entryId, (list = []));
        list.push([t.term, Number(t.weight)]);
      }
    }
    return byEntry;
  }

  /** Puts the entries with their terms (read a chunk of entries at a time) into the postings. */
  private async load(into: Postings, rows: EntryRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += LOAD_CHUNK) {
      const chunk = rows.slice(i, i + LOAD_CHUNK);
      const byEntry = await this.termsOf(chunk.map((r) => r.id));
      for (const r of chunk) {
        into.put(
          {
            id: r.id,
            kind: r.kind,
            industries: unspaced(r.industries ?? ''),
            claimTypes: unspaced(r.claimTypes ?? ''),
            outcome: r.outcome,
            law: r.law,
            article: r.article === null ? null : Number(r.article),
            length: Number(r.length),
            publishedVersion: Number(r.publishedVersion),
            order: this.order++,
          },
          byEntry.get(r.id) ?? [],
        );
      }
    }
  }
}
