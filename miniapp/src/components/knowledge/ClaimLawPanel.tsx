import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { ClaimType, Industry, KnowledgeSimilarResult } from '@gig/shared';
import { call } from '../../api';
import { tn } from '../../knowledge-words';
import { entryName, openEntry } from '../../knowledge/links';
import { Marks } from './HitRow';
import './knowledge.css';

/**
 * Beside the claim types in the wizard: the articles for what the worker claims and the typical
 * cases nearest to it ("cases like mine" from the draft's trade and claim types), a few of each,
 * each opening its page. Nothing is shown when the library has nothing for them.
 */
export function ClaimLawPanel({ types, industry }: { types: readonly ClaimType[]; industry?: Industry }) {
  const key = [...new Set(types)]
    .filter((t) => t !== 'other')
    .sort()
    .join(',');
  const [found, setFound] = useState<KnowledgeSimilarResult | null>(null);
  useEffect(() => {
    if (!key) return setFound(null);
    let live = true;
    const claimTypes = key.split(',') as ClaimType[];
    call('public.knowledge.similar', { body: { claimTypes, ...(industry ? { industry } : {}), limit: 3 } }).then(
      (r) => live && setFound(r),
      () => live && setFound(null),
    );
    return () => void (live = false);
  }, [key, industry]);
  if (!found || (!found.articles.length && !found.cases.length)) return null;
  const list = (title: string, hits: KnowledgeSimilarResult['cases'], testid: string) =>
    hits.length > 0 && (
      <>
        <View className="label">{title}</View>
        {hits.map((h) => (
          <View key={h.id} className="kn-ref tap" onClick={() => openEntry(h)} data-testid={testid}>
            <View>
              <Marks e={h} />
              <View className="kn-ref-name">{entryName(h)}</View>
              {h.law && <View className="muted">{h.title}</View>}
            </View>
          </View>
        ))}
      </>
    );
  return (
    <View className="card" data-testid="claim-law">
      {list(tn('claimLaw'), found.articles.slice(0, 3), 'claim-law-article')}
      {list(tn('claimCases'), found.cases.slice(0, 2), 'claim-law-case')}
    </View>
  );
}
