import type { EntityManager } from 'typeorm';
import type { KnowledgeContent, KnowledgeKind } from '@gig/shared';
import { KnowledgeEntryEntity, KnowledgeVersionEntity } from '../entities';
import { KnowledgeIndex, spaced } from '../services/knowledge/search-index';
import { SEED_ARTICLES } from './knowledge-articles';
import { SEED_CASES } from './knowledge-cases';
import { SEED_GUIDES } from './knowledge-guides';

export { SEED_ARTICLES, SEED_CASES, SEED_GUIDES };

/** Inserts one entry as published version 1 (with its search terms), unless an entry of that kind and title exists. */
async function put(
  em: EntityManager,
  kind: KnowledgeKind,
  content: KnowledgeContent,
): Promise<{ id: string; added: boolean }> {
  const existing = await em.findOneBy(KnowledgeEntryEntity, { kind, title: content.title });
  if (existing) return { id: existing.id, added: false };
  const now = new Date();
  const e = await em.save(
    em.create(KnowledgeEntryEntity, {
      kind,
      status: 'published',
      latestVersion: 1,
      publishedVersion: 1,
      title: content.title,
      law: content.law ?? null,
      article: content.article ?? null,
      claimTypes: spaced(content.claimTypes),
      industries: spaced(content.industries),
      outcome: content.case?.outcome ?? null,
      example: content.example,
      length: 0,
      published: content,
      publishedAt: now,
    }),
  );
  await em.save(
    em.create(KnowledgeVersionEntity, {
      entryId: e.id,
      version: 1,
      status: 'published',
      superseded: false,
      content,
      note: 'seed',
      authorId: null,
      publishedBy: null,
      publishedAt: now,
    }),
  );
  e.length = await new KnowledgeIndex(em.connection).write(em, e.id, content);
  await em.save(e);
  return { id: e.id, added: true };
}

/**
 * The library's starting content (statute articles, policy guides, legal classes, example cases),
 * published. Run by the demo seed and by tests; entries already there (same kind and title) stay.
 */
export async function seedKnowledge(em: EntityManager): Promise<number> {
  let added = 0;
  const ids = new Map<string, string>();
  for (const art of SEED_ARTICLES) {
    const r = await put(em, 'article', { ...art, example: false, media: [], case: null });
    ids.set(`${art.law}#${art.article}`, r.id);
    added += Number(r.added);
  }
  for (const { kind, ...g } of SEED_GUIDES) {
    added += Number(
      (await put(em, kind, { ...g, law: null, article: null, example: false, media: [], case: null })).added,
    );
  }
  for (const c of SEED_CASES) {
    const { facts, disputeFocus, outcome, reasoning, basis, ...rest } = c;
    const basisIds = basis.map(([law, article]) => {
      const id = ids.get(`${law}#${article}`);
      if (!id) throw new Error(`seed case "${c.title}" rests on ${law} art. ${article}, which the seed does not hold`);
      return id;
    });
    const content: KnowledgeContent = {
      ...rest,
      law: null,
      article: null,
      source: null,
      media: [],
      case: { facts, disputeFocus, outcome, reasoning, basisIds },
    };
    added += Number((await put(em, 'case', content)).added);
  }
  return added;
}
