import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { respondentKey } from '@gig/shared';
import { CaseEntity } from '../../entities';
import type { ReachBranch } from './reach';
import { CASE_NUMBER, CASE_NUMBER_START } from './case-number';
import { keysContaining, likeEscaped } from './respondent-keys';

/**
 * How the queue stays fast on a large table: a list is a union of branches, each a set of
 * equalities one index covers (a reach relation × one status × one respondent key × one due day),
 * read with the keyset cursor and LIMIT in that index's order, then merged and de-duplicated in
 * memory. No branch sorts, and none scans more than a page beyond its filters.
 */

/** The upper end of a prefix range in binary order (SQLite's default collation). */
const TOP = '\u{10FFFF}';

/** At most this many queries for one page. */
const MAX_BRANCHES = 32;

/**
 * Splits every branch by one of several alternative conditions (or keeps it when there are none).
 * Each result is its own query, so parameter names need only be distinct within a branch.
 */
export function split(branches: ReachBranch[], alts: ReachBranch[]): ReachBranch[] {
  if (alts.length === 0) return branches;
  if (branches.length * alts.length > MAX_BRANCHES) {
    // Too many queries: or the alternatives in each branch instead (the same rows; that branch sorts).
    const any = {
      where: alts.map((a) => `(${a.where})`).join(' OR '),
      params: Object.assign({}, ...alts.map((a) => a.params)),
    };
    return split(branches, [any]);
  }
  return branches.flatMap((b) =>
    alts.map((a) => ({ where: `(${b.where}) AND (${a.where})`, params: { ...b.params, ...a.params } })),
  );
}

/** One equality each, for a list of values of one column. */
export function each(column: string, name: string, values: readonly unknown[]): ReachBranch[] {
  return values.map((v, k) => ({ where: `${column} = :${name}${k}`, params: { [`${name}${k}`]: v } }));
}

const isSqlite = (ds: DataSource) => ds.options.type === 'better-sqlite3';

/** `column` starts with `prefix`, as an index range in both dialects. */
function startsWith(ds: DataSource, column: string, name: string, prefix: string): ReachBranch {
  if (isSqlite(ds))
    return {
      where: `${column} >= :${name}Lo AND ${column} < :${name}Hi`,
      params: { [`${name}Lo`]: prefix, [`${name}Hi`]: prefix + TOP },
    };
  return { where: `${column} LIKE :${name}Like ESCAPE '!'`, params: { [`${name}Like`]: `${likeEscaped(prefix)}%` } };
}

/** More distinct respondents than this contain the fragment: one filtering branch instead. */
const MAX_KEYS = 20;

/**
 * The search `q` as alternatives: a case number (exact, or a prefix such as `LD2026-0001`, by the
 * unique index), or else a fragment anywhere in the respondent's name, folded as `respondentKey`
 * folds it (width, case, spaces and brackets do not matter; `%` and `_` are literal). The matching
 * keys come from `respondent_keys` (one row per employer, not per case): up to 20 of them give one
 * branch each on the (respondentKey, number) index. More than 20 means a common fragment (a trade
 * name, "有限公司"): one branch that filters the cases in sort order by the fragment, which stops
 * after a page when they are dense and reads further when many small employers share the fragment.
 * Null when nothing can match.
 */
export async function searchAlternatives(ds: DataSource, q: string): Promise<ReachBranch[] | null> {
  const upper = q.trim().toUpperCase();
  if (CASE_NUMBER.test(upper)) return [{ where: 'c.number = :qNumber', params: { qNumber: upper } }];
  if (CASE_NUMBER_START.test(upper) && /\d/.test(upper)) return [startsWith(ds, 'c.number', 'qNumber', upper)];
  const key = respondentKey(q);
  if (!key) return null;
  const keys = await keysContaining(ds, key, MAX_KEYS + 1);
  if (keys.length === 0) return null;
  if (keys.length <= MAX_KEYS) return each('c.respondentKey', 'qKey', keys);
  return [{ where: "c.respondentKey LIKE :qLike ESCAPE '!'", params: { qLike: `%${likeEscaped(key)}%` } }];
}

export interface Keyset {
  sort: 'newest' | 'due';
  after: { n: string; d?: string } | null;
  limit: number;
}

const NO_DUE = '9999-12-31';
type Page = CaseEntity[];

/**
 * Runs each branch in its index order from the cursor, `take` rows each, and merges them. With
 * several branches each reads only the sort keys (most of its rows lose the merge), and the
 * page's winners are then read whole, once, by id.
 */
async function runBranches(
  base: () => SelectQueryBuilder<CaseEntity>,
  branches: ReachBranch[],
  take: number,
  shape: (qb: SelectQueryBuilder<CaseEntity>) => void,
  compare: (a: CaseEntity, b: CaseEntity) => number,
): Promise<Page> {
  const keysOnly = branches.length > 1;
  const pages = await Promise.all(
    branches.map((b) => {
      const qb = base().andWhere(`(${b.where})`, b.params);
      if (keysOnly) qb.select(['c.id', 'c.number', 'c.nextDue']);
      shape(qb);
      // limit, not take: the joins are many-to-one, so rows are cases one for one.
      return qb.limit(take).getMany();
    }),
  );
  const seen = new Set<string>();
  const page = pages
    .flat()
    .sort(compare)
    .filter((c) => !seen.has(c.id) && Boolean(seen.add(c.id)))
    .slice(0, take);
  if (!keysOnly || !page.length) return page;
  const ids = page.map((c) => c.id);
  const rows = await base()
    .connection.getRepository(CaseEntity)
    .createQueryBuilder('c')
    .where('c.id IN (:...pageIds)', { pageIds: ids })
    .getMany();
  const byId = new Map(rows.map((c) => [c.id, c]));
  // In the merged order (a case gone in between is left out).
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const byNumber = (dir: 1 | -1) => (a: CaseEntity, b: CaseEntity) =>
  a.number < b.number ? -dir : a.number > b.number ? dir : 0;
const byDue = (a: CaseEntity, b: CaseEntity) =>
  (a.nextDue ?? NO_DUE) < (b.nextDue ?? NO_DUE)
    ? -1
    : (a.nextDue ?? NO_DUE) > (b.nextDue ?? NO_DUE)
      ? 1
      : byNumber(1)(a, b);

/**
 * One page (limit + 1 rows, to know whether there is another) of the union of `branches`, newest
 * first by case number, or by next due date (no date last) then case number. The due order reads
 * the dated cases by (nextDue, number) and, once they run out, the undated ones by number: the
 * same order as sorting on COALESCE(nextDue, '9999-12-31'), without a function over the column.
 */
export async function keysetPage(
  base: () => SelectQueryBuilder<CaseEntity>,
  branches: ReachBranch[],
  k: Keyset,
): Promise<Page> {
  const take = k.limit + 1;
  const { after } = k;
  if (k.sort === 'newest')
    return runBranches(
      base,
      branches,
      take,
      (qb) => {
        if (after) qb.andWhere('c.number < :an', { an: after.n });
        qb.orderBy('c.number', 'DESC');
      },
      byNumber(-1),
    );
  const ad = after?.d ?? NO_DUE;
  let dated: Page = [];
  if (!after || ad < NO_DUE) {
    dated = await runBranches(
      base,
      branches,
      take,
      (qb) => {
        qb.andWhere('c.nextDue IS NOT NULL');
        if (after) qb.andWhere('c.nextDue >= :ad AND (c.nextDue > :ad OR c.number > :an)', { ad, an: after.n });
        qb.orderBy('c.nextDue', 'ASC').addOrderBy('c.number', 'ASC');
      },
      byDue,
    );
    if (dated.length === take) return dated;
  }
  const undated = await runBranches(
    base,
    branches,
    take - dated.length,
    (qb) => {
      qb.andWhere('c.nextDue IS NULL');
      if (after && ad >= NO_DUE) qb.andWhere('c.number > :an', { an: after.n });
      qb.orderBy('c.number', 'ASC');
    },
    byNumber(1),
  );
  return [...dated, ...undated];
}
