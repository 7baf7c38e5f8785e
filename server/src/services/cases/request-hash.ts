import { createHash } from 'node:crypto';

/** JSON with every object's keys sorted, so the same request in another key order is the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The fingerprint of a request under an Idempotency-Key: the SHA-256 of its canonical JSON. A
 * retry matches it whatever the order of its keys; `matches` also accepts the fingerprint of the
 * text as sent (how requests were fingerprinted before), so a retry across that deploy still
 * replays instead of conflicting.
 */
export function requestFingerprint(value: unknown): { hash: string; matches: (stored: string) => boolean } {
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');
  const hash = sha(canonicalJson(value));
  return { hash, matches: (stored) => stored === hash || stored === sha(JSON.stringify(value)) };
}
