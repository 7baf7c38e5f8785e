import type { CaseOutcome, ClaimType, Industry, KnowledgeKind } from '@gig/shared';

export interface SearchFilters {
  kind?: KnowledgeKind;
  kinds?: readonly KnowledgeKind[];
  industry?: Industry;
  /** The entry concerns this claim type. */
  claimType?: ClaimType;
  outcome?: CaseOutcome;
  /** A statute's articles (by the law's name as the library writes it), or one of them. */
  law?: string;
  article?: number;
}

export interface Scored {
  id: string;
  score: number;
  /** How many distinct query terms the entry holds. */
  matched: number;
}

/** A published entry as the index keeps it: what the filters and the ranking need, not its text. */
export interface IndexedDoc {
  id: string;
  kind: KnowledgeKind;
  industries: readonly string[];
  claimTypes: readonly string[];
  outcome: string | null;
  law: string | null;
  article: number | null;
  length: number;
  publishedVersion: number;
  /** Later publications have higher numbers ("newest first" without dates). */
  order: number;
}

/** BM25's usual constants: term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;

/** Whether a published entry passes the filters (an entry that names no industry concerns them all). */
export function passes(d: IndexedDoc, f: SearchFilters): boolean {
  if (f.kind && d.kind !== f.kind) return false;
  if (f.kinds?.length && !f.kinds.includes(d.kind)) return false;
  if (f.industry && d.industries.length && !d.industries.includes(f.industry)) return false;
  if (f.claimType && !d.claimTypes.includes(f.claimType)) return false;
  if (f.outcome && d.outcome !== f.outcome) return false;
  if (f.law && d.law !== f.law) return false;
  if (f.article && d.article !== f.article) return false;
  return true;
}

const byScore = (a: Scored, b: Scored) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The published library's inverted index in memory: for each term, the entries holding it with
 * their weights (flat pairs of document slot and weight). Replacing an entry leaves its old slot
 * dead (skipped by every read) until the owner rebuilds the whole index.
 */
export class Postings {
  private readonly docs: (IndexedDoc | null)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private totalLength = 0;
  dead = 0;

  get size(): number {
    return this.slotOf.size;
  }

  /** The sum of the published version numbers: grows with every publication (see KnowledgeIndex). */
  versionSum = 0;

  has(id: string): IndexedDoc | null {
    const slot = this.slotOf.get(id);
    return slot === undefined ? null : (this.docs[slot] ?? null);
  }

  /** Adds an entry, or replaces the one with its id (unless it is the same version), with its weighted terms. */
  put(doc: IndexedDoc, terms: Iterable<[string, number]>): void {
    if (this.has(doc.id)?.publishedVersion === doc.publishedVersion) return;
    this.remove(doc.id);
    const slot = this.docs.length;
    this.docs.push(doc);
    this.slotOf.set(doc.id, slot);
    this.totalLength += doc.length;
    this.versionSum += doc.publishedVersion;
    for (const [term, weight] of terms) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push(slot, weight);
    }
  }

  private remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const old = this.docs[slot]!;
    this.totalLength -= old.length;
    this.versionSum -= old.publishedVersion;
    this.docs[slot] = null;
    this.slotOf.delete(id);
    this.dead++;
  }

  /**
   * The entries holding any of the terms and passing the filters, best first by BM25 over the
   * terms (idf from the live entries), with how many match in all.
   */
  search(
    query: readonly string[],
    filters: SearchFilters,
    limit: number,
    offset = 0,
  ): { items: Scored[]; total: number } {
    const n = this.slotOf.size;
    if (!n) return { items: [], total: 0 };
    const avg = this.totalLength / n || 1;
    // Dense arrays over the slots (a Map per hit was most of a search's time at 12,000 entries).
    const score = new Float64Array(this.docs.length);
    const matched = new Uint16Array(this.docs.length);
    const touched: number[] = [];
    for (const term of query) {
      const list = this.postings.get(term);
      if (!list) continue;
      let df = 0;
      for (let i = 0; i < list.length; i += 2) if (this.docs[list[i]!]) df++;
      if (!df) continue;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (let i = 0; i < list.length; i += 2) {
        const slot = list[i]!;
        const d = this.docs[slot];
        if (!d || !passes(d, filters)) continue;
        const tf = list[i + 1]!;
        if (!matched[slot]) touched.push(slot);
        score[slot]! += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * d.length) / avg));
        matched[slot]!++;
      }
    }
    const all = touched.map((slot) => ({ id: this.docs[slot]!.id, score: score[slot]!, matched: matched[slot]! }));
    return { items: top(all, offset + limit).slice(offset), total: all.length };
  }

  /** The newest published entries passing the filters, and how many pass. */
  newest(filters: SearchFilters, limit: number, offset = 0): { ids: string[]; total: number } {
    const pass = this.docs.filter((d): d is IndexedDoc => !!d && passes(d, filters));
    pass.sort((a, b) => b.order - a.order);
    return { ids: pass.slice(offset, offset + limit).map((d) => d.id), total: pass.length };
  }
}

/** The best `k` of the scored entries, in order (a partial selection: most searches keep 50 of thousands). */
function top(all: Scored[], k: number): Scored[] {
  if (all.length <= k * 4) return all.sort(byScore).slice(0, k);
  const best: Scored[] = [];
  for (const s of all) {
    if (best.length < k) {
      best.push(s);
      if (best.length === k) best.sort(byScore);
    } else if (byScore(s, best[k - 1]!) < 0) {
      let i = k - 1;
      while (i > 0 && byScore(s, best[i - 1]!) < 0) i--;
      best.splice(i, 0, s);
      best.pop();
    }
  }
  return best.length < k ? best.sort(byScore) : best;
}
