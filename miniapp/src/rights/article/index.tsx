import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { KNOWLEDGE_KIND, type KnowledgeEntryView } from '@gig/shared';
import { ApiError, call } from '../../api';
import { l, useLocale } from '../../i18n';
import { tn } from '../../knowledge-words';
import { articleName, findArticle, useTitle } from '../../knowledge/links';
import { Concerns, Media, Source, Top, WaysOn } from '../../components/knowledge/EntryParts';
import { Marks } from '../../components/knowledge/HitRow';

const param = (v: string | undefined) => (v ? decodeURIComponent(v) : '');

/**
 * One statute article (or policy guide, legal class) as the library holds it: its law and number,
 * its text (摘要 when it is a summary), its source and version, the claim types it concerns.
 * Opened by id, or by law and number (?law=劳动合同法&article=47).
 */
export default function ArticlePage() {
  const lang = useLocale();
  useTitle('articlePage', lang);
  const { params } = useRouter();
  const [e, setE] = useState<KnowledgeEntryView | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  useEffect(() => {
    const id = param(params.id);
    const law = param(params.law);
    const article = Number(params.article);
    const load = async () => {
      const found = id ? id : law && article ? (await findArticle(law, article))?.id : null;
      if (!found) return setMissing(tn('notFound'));
      setE(await call('public.knowledge.get', { params: { id: found } }));
    };
    load().catch((err: ApiError) => setMissing(err.status === 404 ? tn('notFound') : err.message));
  }, [params.id, params.law, params.article]);
  // A policy guide or a legal class is titled by its kind, not "法律条文".
  useEffect(() => {
    if (e && e.kind !== 'article')
      void Taro.setNavigationBarTitle({ title: l(KNOWLEDGE_KIND.labels[e.kind]) }).catch(() => undefined);
  }, [e, lang]);
  return (
    <View className="page">
      <Top />
      {missing && (
        <View className="card" data-testid="entry-missing">
          {missing}
        </View>
      )}
      {e && (
        <>
          <View className="card" data-testid="article">
            <View className="muted">{l(KNOWLEDGE_KIND.labels[e.kind])}</View>
            {e.law && e.article ? (
              <View className="title" data-testid="article-name">
                {articleName(e.law, e.article)}
              </View>
            ) : null}
            <View className={e.law ? 'big' : 'title'} style={{ marginBottom: '12px' }}>
              <Marks e={e} />
              {e.title}
            </View>
            {e.summary && <View className="kn-summary">{tn('summaryWhy')}</View>}
            <View className="kn-body" data-testid="article-body">
              {e.body}
            </View>
          </View>
          <Media e={e} />
          <Source e={e} />
          <Concerns e={e} />
          <WaysOn />
        </>
      )}
    </View>
  );
}
