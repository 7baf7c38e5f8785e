import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { CaseStatus } from '@gig/shared';
import { tn } from '../../knowledge-words';
import { articleName, articleUrl, LAW_PAGE } from '../../knowledge/links';
import { STAGE_ARTICLES } from '../../knowledge/stages';
import './knowledge.css';

/** On the case page: the articles that govern where the case is now, each opening its text, and all of them on one page. */
export function StageLawCard({ status }: { status: CaseStatus }) {
  const refs = STAGE_ARTICLES[status] ?? [];
  if (!refs.length) return null;
  return (
    <View className="card" data-testid="stage-law">
      <View className="label" style={{ marginTop: 0 }}>
        {tn('stageTitle')}
      </View>
      {refs.slice(0, 3).map(([law, n]) => (
        <View
          key={`${law}${n}`}
          className="kn-ref tap"
          onClick={() => void Taro.navigateTo({ url: articleUrl(law, n) })}
          data-testid="stage-article"
        >
          <View className="kn-ref-name">{articleName(law, n)}</View>
        </View>
      ))}
      <View
        className="link tap"
        style={{ display: 'block', paddingTop: '10px' }}
        onClick={() => void Taro.navigateTo({ url: `${LAW_PAGE}?stage=${status}` })}
        data-testid="stage-law-more"
      >
        {tn('stageMore')} ›
      </View>
    </View>
  );
}
