import dayjs, { type Dayjs } from 'dayjs';
import type { Rule } from 'antd/es/form';
import {
  findPersonalData,
  KnowledgeContent,
  type CaseOutcome,
  type ClaimType,
  type Industry,
  type KnowledgeKind,
  type KnowledgeSource,
  type MediaKind,
  type PersonalDataFinding,
} from '@gig/shared';
import { rulesOf } from '../../schema-rules';

/** A field's length and pattern rules from the shared content schema (whether it is required is the kind's). */
export const limits = (...path: string[]): Rule[] =>
  rulesOf(KnowledgeContent, path).filter((r) => !('required' in r && r.required));

/** A date field's value: a picker's day, or the API's YYYY-MM-DD. */
type DayValue = Dayjs | string | null | undefined;

/** The editor form's values: the content's shape, with dates as pickers hold them and optional parts empty. */
export interface EntryValues {
  title?: string;
  law?: string | null;
  article?: number | null;
  body?: string;
  summary?: boolean;
  example?: boolean;
  claimTypes?: ClaimType[];
  industries?: Industry[];
  keywords?: string[];
  source?: {
    title?: string;
    issuer?: string;
    documentNumber?: string;
    url?: string;
    versionDate?: DayValue;
    effectiveDate?: DayValue;
  };
  media?: { kind?: MediaKind; url?: string; title?: string }[];
  case?: {
    facts?: string;
    disputeFocus?: string;
    outcome?: CaseOutcome;
    reasoning?: string;
    basisIds?: string[];
    decidedOn?: DayValue;
  };
  /** What changed, for the version history (an update's `note`). */
  note?: string;
}

const dayOf = (v: DayValue): string | undefined => (v ? dayjs(v).format('YYYY-MM-DD') : undefined);
const pickerDay = (v: string | undefined): Dayjs | undefined => (v ? dayjs(v) : undefined);
const text = (v: string | null | undefined): string | undefined => (v && v.trim() ? v.trim() : undefined);

/** A new entry's opening values. */
export function emptyValues(kind: KnowledgeKind): EntryValues {
  return {
    summary: false,
    example: false,
    claimTypes: [],
    industries: [],
    keywords: [],
    media: [],
    source: {},
    ...(kind === 'case' ? { case: { basisIds: [] } } : {}),
  };
}

/** The form's values from a stored version. */
export function valuesOf(c: KnowledgeContent): EntryValues {
  const s = c.source;
  return {
    title: c.title,
    law: c.law ?? undefined,
    article: c.article ?? undefined,
    body: c.body,
    summary: c.summary,
    example: c.example,
    claimTypes: c.claimTypes,
    industries: c.industries,
    keywords: c.keywords,
    source: s ? { ...s, versionDate: pickerDay(s.versionDate), effectiveDate: pickerDay(s.effectiveDate) } : {},
    media: c.media.map((m) => ({ ...m })),
    case: c.case ? { ...c.case, decidedOn: pickerDay(c.case.decidedOn) } : undefined,
  };
}

/** Whether the form names a source (any of its fields). */
export function sourceGiven(v: EntryValues): boolean {
  const s = v.source ?? {};
  return [s.title, s.issuer, s.documentNumber, s.url].some((x) => !!text(x)) || !!s.versionDate || !!s.effectiveDate;
}

/**
 * A typical case is an example (示例) when it is marked so or names no source: a case without its
 * publication can only be an example (the server's rule), so the page labels it 示例. A source
 * without its date is left to the server to refuse, with the field named.
 */
export function isExample(kind: KnowledgeKind, v: EntryValues): boolean {
  if (kind !== 'case') return false;
  return v.example === true || !sourceGiven(v);
}

function sourceOf(v: EntryValues): KnowledgeSource | null {
  if (!sourceGiven(v)) return null;
  const s = v.source ?? {};
  const out: KnowledgeSource = { title: text(s.title) ?? '' };
  if (text(s.issuer)) out.issuer = text(s.issuer);
  if (text(s.documentNumber)) out.documentNumber = text(s.documentNumber);
  if (text(s.url)) out.url = text(s.url);
  if (dayOf(s.versionDate)) out.versionDate = dayOf(s.versionDate);
  if (dayOf(s.effectiveDate)) out.effectiveDate = dayOf(s.effectiveDate);
  return out;
}

/** The content the API takes, from the form: only the parts the entry's kind has, empty optionals left out. */
export function contentOf(kind: KnowledgeKind, v: EntryValues): KnowledgeContent {
  const c = v.case ?? {};
  return {
    title: (v.title ?? '').trim(),
    law: kind === 'article' ? (text(v.law) ?? null) : null,
    article: kind === 'article' ? (v.article ?? null) : null,
    body: (v.body ?? '').trim(),
    summary: v.summary === true,
    example: isExample(kind, v),
    claimTypes: v.claimTypes ?? [],
    industries: v.industries ?? [],
    keywords: [...new Set((v.keywords ?? []).map((k) => k.trim()).filter(Boolean))],
    source: sourceOf(v),
    media:
      kind === 'policy' || kind === 'class'
        ? (v.media ?? [])
            .filter((m) => text(m.url))
            .map((m) => ({
              kind: m.kind ?? 'video',
              url: text(m.url)!,
              ...(text(m.title) ? { title: text(m.title) } : {}),
            }))
        : [],
    case:
      kind === 'case'
        ? {
            facts: (c.facts ?? '').trim(),
            disputeFocus: (c.disputeFocus ?? '').trim(),
            outcome: c.outcome!,
            reasoning: (c.reasoning ?? '').trim(),
            basisIds: c.basisIds ?? [],
            ...(dayOf(c.decidedOn) ? { decidedOn: dayOf(c.decidedOn) } : {}),
          }
        : null,
  };
}

/** The texts of a typical case the automatic check reads (as the server's check does), by field. */
export const CHECKED_FIELDS = ['title', 'body', 'case/facts', 'case/disputeFocus', 'case/reasoning'] as const;
export type CheckedField = (typeof CHECKED_FIELDS)[number];

export interface Finding extends PersonalDataFinding {
  field?: string;
}

/** What the automatic personal-data check finds in a typical case's texts (nothing for other kinds). */
export function findingsIn(kind: KnowledgeKind, v: EntryValues): Finding[] {
  if (kind !== 'case') return [];
  const texts: Record<CheckedField, string> = {
    title: v.title ?? '',
    body: v.body ?? '',
    'case/facts': v.case?.facts ?? '',
    'case/disputeFocus': v.case?.disputeFocus ?? '',
    'case/reasoning': v.case?.reasoning ?? '',
  };
  return CHECKED_FIELDS.flatMap((field) => findPersonalData(texts[field]).map((f) => ({ ...f, field })));
}

/** Lists the form shows as one field (an item's error is the list's). */
const LISTS = new Set(['claimTypes', 'industries', 'keywords', 'basisIds']);

/**
 * The form field an API error names ('/body/source/versionDate' → ['source', 'versionDate']), or
 * null when the form has no such field. A part required as a whole points at its first field.
 */
export function formPath(apiPath: string): (string | number)[] | null {
  const parts = apiPath
    .replace(/^\/body\/?/, '')
    .split('/')
    .filter(Boolean);
  if (!parts.length) return null;
  const out: (string | number)[] = [];
  for (const p of parts) {
    if (/^\d+$/.test(p)) {
      if (LISTS.has(String(out[out.length - 1]))) break;
      out.push(Number(p));
    } else out.push(p);
  }
  if (out.length === 1 && out[0] === 'source') return ['source', 'title'];
  if (out.length === 1 && out[0] === 'case') return ['case', 'facts'];
  const known = new Set(['title', 'law', 'article', 'body', 'summary', 'example', 'source', 'media', 'case', 'note']);
  return known.has(String(out[0])) || LISTS.has(String(out[0])) ? out : null;
}
