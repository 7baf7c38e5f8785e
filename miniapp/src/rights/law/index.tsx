import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { CASE_STATUS_LABELS, CLAIM_TYPE, type CaseStatus, type ClaimType, type KnowledgeHit } from '@gig/shared';
import { ApiError, call } from '../../api';
import { l, useLocale } from '../../i18n';
import { tn } from '../../knowledge-words';
import { findArticle, useTitle } from '../../knowledge/links';
import { STAGE_ARTICLES } from '../../knowledge/stages';
import { Top, WaysOn } from '../../components/knowledge/EntryParts';
import { HitRow } from '../../components/knowledge/HitRow';

/** The articles and policies of a claim type (the library's own links), or of a case's stage (knowledge/stages.ts). */
async function entriesFor(claimType: ClaimType | null, stage: CaseStatus | null): Promise<KnowledgeHit[]> {
  if (stage) {
    const found = await Promise.all((STAGE_ARTICLES[stage] ?? []).map(([law, n]) => findArticle(law, n)));
    return found.filter((h): h is KnowledgeHit => !!h);
  }
  if (!claimType) return [];
  const [articles, policies] = await Promise.all([
    call('public.knowledge.search', { query: { kind: 'article', claimType, limit: 50 } }),
    call('public.knowledge.search', { query: { kind: 'policy', claimType, limit: 20 } }),
  ]);
  // The library's order: by law, then by number.
  const sorted = [...articles.items].sort(
    (a, b) => (a.law ?? '').localeCompare(b.law ?? '', 'zh-CN') || (a.article ?? 0) - (b.article ?? 0),
  );
  return [...sorted, ...policies.items];
}

/** "What the law says": the articles for a claim type (?claimType=…) or for a case's stage (?stage=…). */
export default function LawPage() {
  const lang = useLocale();
  useTitle('lawPage', lang);
  const { params } = useRouter();
  const claimType = CLAIM_TYPE.values.includes(params.claimType as ClaimType) ? (params.claimType as ClaimType) : null;
  const stage = params.stage && params.stage in CASE_STATUS_LABELS ? (params.stage as CaseStatus) : null;
  const [hits, setHits] = useState<KnowledgeHit[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    entriesFor(claimType, stage).then(setHits, (err: ApiError) => setFailed(err.message));
  }, [claimType, stage]);
  const heading = stage
    ? tn('pair', { name: tn('stageTitle'), value: l(CASE_STATUS_LABELS[stage]) })
    : claimType
      ? tn('articlesFor', { type: l(CLAIM_TYPE.labels[claimType]) })
      : tn('lawPage');
  return (
    <View className="page">
      <Top />
      <View className="title" data-testid="law-heading">
        {heading}
      </View>
      {failed && <View className="error">{failed}</View>}
      {hits && !hits.length && <View className="card">{tn('noneFound')}</View>}
      {hits?.map((h) => (
        <HitRow key={h.id} h={h} testid="law-hit" />
      ))}
      {hits && <WaysOn />}
    </View>
  );
}
