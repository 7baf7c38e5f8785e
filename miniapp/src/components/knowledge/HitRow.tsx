import { Text, View } from '@tarojs/components';
import { CASE_OUTCOME, type KnowledgeHit } from '@gig/shared';
import { l } from '../../i18n';
import { tn } from '../../knowledge-words';
import { entryName, openEntry } from '../../knowledge/links';
import './knowledge.css';

/** The 示例 and 摘要 marks of an entry, as small tags. */
export function Marks({ e }: { e: { example: boolean; summary: boolean } }) {
  return (
    <>
      {e.example && (
        <Text className="kn-tag" data-testid="example-mark">
          {tn('example')}
        </Text>
      )}
      {e.summary && <Text className="kn-tag kn-tag-plain">{tn('summaryMark')}</Text>}
    </>
  );
}

/** One entry in a list: an article by its law and number (then its title), a case by its title and outcome. */
export function HitRow({ h, testid = 'hit', snippet = true }: { h: KnowledgeHit; testid?: string; snippet?: boolean }) {
  const name = entryName(h);
  return (
    <View className="card kn-hit tap" onClick={() => openEntry(h)} data-testid={testid} data-id={h.id}>
      <View>
        <Marks e={h} />
        <Text className="kn-hit-name">{name}</Text>
      </View>
      {name !== h.title && <View className="kn-hit-title">{h.title}</View>}
      {h.outcome && <View className="muted">{l(CASE_OUTCOME.labels[h.outcome])}</View>}
      {snippet && h.snippet && <View className="kn-snippet">{h.snippet}</View>}
    </View>
  );
}
