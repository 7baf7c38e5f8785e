import { createHash } from 'node:crypto';
import { workLogCanonical, type WorkLogEntryView } from '@gig/shared';
import type { WorkLogEntryEntity } from '../entities';

/** The work record's hash chain: each entry's SHA-256 recomputed from its row, and the walk along it. */

export const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** An object's JSON with its keys sorted at every level: the same body gives the same text. */
export function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

/** The hash a row should carry, recomputed from what it holds (see workLogCanonical). */
export function entryHash(r: WorkLogEntryEntity): string {
  return sha256(
    workLogCanonical({
      prevSha256: r.prevSha256,
      savedAt: r.savedAt.toISOString(),
      date: r.date,
      kind: r.kind,
      hoursX100: r.hoursX100,
      orders: r.orders,
      amountFen: r.amountFen,
      platform: r.platform,
      note: r.note,
      corrects: r.corrects,
      evidenceSha256: r.evidence.map((e) => e.sha256),
    }),
  );
}

export interface ChainCheck {
  chainIntact: boolean;
  brokenAt: number | null;
  headSha256: string | null;
}

/** Walks a worker's chain from its first entry: each hash recomputed, each link and place checked. */
export function checkChain(rows: WorkLogEntryEntity[]): ChainCheck {
  let prev: string | null = null;
  for (const [i, r] of rows.entries()) {
    if (r.seq !== i + 1 || r.prevSha256 !== prev || entryHash(r) !== r.sha256)
      return { chainIntact: false, brokenAt: i + 1, headSha256: rows.at(-1)!.sha256 };
    prev = r.sha256;
  }
  return { chainIntact: true, brokenAt: null, headSha256: prev };
}

export function entryView(r: WorkLogEntryEntity, correctedBy: string | null): WorkLogEntryView {
  return {
    id: r.id,
    seq: r.seq,
    date: r.date,
    kind: r.kind,
    hours: r.hoursX100 === null ? null : r.hoursX100 / 100,
    orders: r.orders,
    amountFen: r.amountFen,
    platform: r.platform,
    note: r.note,
    evidence: r.evidence,
    corrects: r.corrects,
    correctedBy,
    savedAt: r.savedAt.toISOString(),
    prevSha256: r.prevSha256,
    sha256: r.sha256,
  };
}
