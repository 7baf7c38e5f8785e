import type {
  ClaimType,
  Industry,
  KnowledgeContent,
  KnowledgeEditorView,
  KnowledgeEntryView,
  KnowledgeHit,
  KnowledgeVersionView,
} from '@gig/shared';
import type { KnowledgeEntryEntity, KnowledgeVersionEntity } from '../../entities';

export const unspaced = <T extends string>(v: string): T[] => v.split(' ').filter(Boolean) as T[];

/** Content as stored, with every optional part present (older rows, imports). */
export function normalised(c: KnowledgeContent): KnowledgeContent {
  return {
    title: c.title,
    law: c.law ?? null,
    article: c.article ?? null,
    body: c.body,
    summary: c.summary,
    example: c.example,
    claimTypes: c.claimTypes ?? [],
    industries: c.industries ?? [],
    keywords: c.keywords ?? [],
    source: c.source ?? null,
    media: c.media ?? [],
    case: c.case ?? null,
  };
}

/** The published entry as anyone reads it. */
export function publicView(e: KnowledgeEntryEntity): KnowledgeEntryView {
  return {
    id: e.id,
    kind: e.kind,
    version: e.publishedVersion!,
    publishedAt: e.publishedAt?.toISOString() ?? null,
    ...normalised(e.published!),
  };
}

export function editorView(e: KnowledgeEntryEntity, latest: KnowledgeVersionEntity): KnowledgeEditorView {
  return {
    id: e.id,
    kind: e.kind,
    version: latest.version,
    publishedAt: e.publishedAt?.toISOString() ?? null,
    ...normalised(latest.content),
    status: latest.status,
    publishedVersion: e.publishedVersion,
    updatedAt: latest.updatedAt.toISOString(),
  };
}

export function versionView(v: KnowledgeVersionEntity): KnowledgeVersionView {
  return {
    version: v.version,
    status: v.status,
    superseded: v.superseded,
    note: v.note,
    authorId: v.authorId,
    publishedBy: v.publishedBy,
    createdAt: v.createdAt.toISOString(),
    publishedAt: v.publishedAt?.toISOString() ?? null,
    content: normalised(v.content),
  };
}

/** The first characters of a text, cut at a sentence end where there is one. */
export function snippetOf(text: string, max = 120): string {
  const flat = text
    .replace(/[#*>`_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const end = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('；'));
  return end > max / 2 ? cut.slice(0, end + 1) : `${cut}…`;
}

export function hitOf(e: KnowledgeEntryEntity, score: number): KnowledgeHit {
  const c = normalised(e.published!);
  return {
    id: e.id,
    kind: e.kind,
    title: c.title,
    law: c.law ?? null,
    article: c.article ?? null,
    summary: c.summary,
    example: c.example,
    claimTypes: unspaced<ClaimType>(e.claimTypes),
    industries: unspaced<Industry>(e.industries),
    outcome: e.outcome,
    snippet: snippetOf(c.case ? c.case.facts : c.body),
    score: Math.round(score * 1000) / 1000,
  };
}
