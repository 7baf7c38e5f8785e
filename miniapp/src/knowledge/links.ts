import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect } from 'react';
import { articleLabel, type KnowledgeHit, type KnowledgeKind } from '@gig/shared';
import { call } from '../api';
import { locale } from '../i18n';
import { tn, type KnowledgeWord } from '../knowledge-words';

/**
 * Where "know your rights" lives: the tab page in the main package, the entry pages (an article,
 * a typical case, the law for a claim type or a case's stage) in the `rights` subpackage.
 */
export const RIGHTS_TAB = '/pages/rights/index';
export const ARTICLE_PAGE = '/rights/article/index';
export const CASE_PAGE = '/rights/case/index';
export const LAW_PAGE = '/rights/law/index';

/** The page an entry opens: a typical case its own page, an article (or policy, class) the article page. */
export function entryUrl(e: { id: string; kind: KnowledgeKind }): string {
  return `${e.kind === 'case' ? CASE_PAGE : ARTICLE_PAGE}?id=${encodeURIComponent(e.id)}`;
}
export function openEntry(e: { id: string; kind: KnowledgeKind }): void {
  void Taro.navigateTo({ url: entryUrl(e) });
}

/** An article by its law and number, for the tables that name them so (a case's stage). */
export function articleUrl(law: string, article: number): string {
  return `${ARTICLE_PAGE}?law=${encodeURIComponent(law)}&article=${article}`;
}

/** How an article is named on screen: 《劳动合同法》第四十七条, or in English 《劳动合同法》 art. 47. */
export function articleName(law: string, article: number): string {
  return locale() === 'en' ? `《${law}》 art. ${article}` : articleLabel(law, article);
}

/** What a hit or citation is called: its law and number for an article, else its title. */
export function entryName(e: { law?: string | null; article?: number | null; title: string }): string {
  return e.law && e.article ? articleName(e.law, e.article) : e.title;
}

/** The library's entry for an article named by law and number. */
export async function findArticle(law: string, article: number): Promise<KnowledgeHit | null> {
  const r = await call('public.knowledge.search', { query: { kind: 'article', law, article, limit: 1 } });
  return r.items[0] ?? null;
}

/** Keeps a subpackage page's title (the navigation bar, the browser tab) in the current language. */
export function useTitle(key: KnowledgeWord, lang: string): void {
  const set = () => void Taro.setNavigationBarTitle({ title: tn(key) }).catch(() => undefined);
  useDidShow(set);
  useEffect(set, [key, lang]);
}
