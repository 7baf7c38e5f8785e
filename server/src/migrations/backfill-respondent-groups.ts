import type { QueryRunner } from 'typeorm';
import { assignGroup, creditCodeKey, type GroupStore } from '@gig/shared';

interface Spelling {
  k: string;
  n: string;
  c: string | null;
  group?: string;
}

/**
 * Sets cases.respondentGroup on the cases filed before it existed, as filing would have (shared
 * `assignGroup`, as it is at this migration): each distinct (folded name, name, code) in the order
 * first received, with the aliases and the codes' keys kept in memory, then one UPDATE per
 * spelling on ix_cases_respondent_key and a row per alias. `q` quotes an identifier for the dialect.
 */
export async function backfillRespondentGroups(qr: QueryRunner, q: (id: string) => string): Promise<void> {
  const [key, name, code, received, group] = [
    'respondentKey',
    'respondentName',
    'respondentCreditCode',
    'receivedAt',
    'respondentGroup',
  ].map(q) as [string, string, string, string, string];
  const rows: Spelling[] = await qr.query(
    `SELECT ${key} AS k, ${name} AS n, ${code} AS c, MIN(${received}) AS f FROM ${q('cases')} GROUP BY ${key}, ${name}, ${code} ORDER BY f, k`,
  );
  const aliases = new Map<string, string>();
  const codes = new Map<string, string>();
  const move = (m: Map<string, string>, from: string, to: string) => {
    for (const [k, v] of m) if (v === from) m.set(k, to);
  };
  const store: GroupStore = {
    aliasOf: async (nameKey) => aliases.get(nameKey),
    groupOfCode: async (c) => codes.get(c),
    merge: async (from, to, nameKey) => {
      for (const r of rows) if (r.group === from) r.group = to;
      move(aliases, from, to);
      move(codes, from, to);
      aliases.set(nameKey, to);
    },
  };
  for (const r of rows) {
    r.group = await assignGroup(store, r.n, r.c);
    const cc = creditCodeKey(r.c);
    if (cc && !codes.has(cc)) codes.set(cc, r.group);
  }
  for (const r of rows) {
    const sameCode = r.c === null ? `${code} IS NULL` : `${code} = ?`;
    await qr.query(
      `UPDATE ${q('cases')} SET ${group} = ? WHERE ${key} = ? AND ${name} = ? AND ${sameCode}`,
      r.c === null ? [r.group, r.k, r.n] : [r.group, r.k, r.n, r.c],
    );
  }
  for (const [nameKey, g] of aliases)
    await qr.query(`INSERT INTO ${q('respondent_aliases')} (${q('nameKey')}, ${group}) VALUES (?, ?)`, [nameKey, g]);
}
