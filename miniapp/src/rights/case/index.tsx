import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { CASE_OUTCOME, CLAIM_TYPE, INDUSTRY, type KnowledgeEntryView } from '@gig/shared';
import { ApiError, call } from '../../api';
import { l, useLocale } from '../../i18n';
import { tn, type KnowledgeWord } from '../../knowledge-words';
import { entryName, openEntry, useTitle } from '../../knowledge/links';
import { Source, Top, WaysOn } from '../../components/knowledge/EntryParts';

const param = (v: string | undefined) => (v ? decodeURIComponent(v) : '');

function Part({ word, text, testid }: { word: KnowledgeWord; text: string; testid?: string }) {
  if (!text) return null;
  return (
    <>
      <View className="label">{tn(word)}</View>
      <View className="kn-body" data-testid={testid}>
        {text}
      </View>
    </>
  );
}

/**
 * One typical case: 示例 first and large when it is an example (no source), then the trade and claim
 * types, what happened, what was disputed, how it ended and why, the articles it rests on (each
 * opens), and its source and date.
 */
export default function TypicalCasePage() {
  const lang = useLocale();
  useTitle('casePage', lang);
  const { params } = useRouter();
  const [e, setE] = useState<KnowledgeEntryView | null>(null);
  const [basis, setBasis] = useState<KnowledgeEntryView[]>([]);
  const [missing, setMissing] = useState<string | null>(null);
  useEffect(() => {
    const id = param(params.id);
    if (!id) return setMissing(tn('notFound'));
    call('public.knowledge.get', { params: { id } }).then(
      async (c) => {
        setE(c);
        const ids = c.case?.basisIds ?? [];
        const got = await Promise.all(
          ids.map((b) => call('public.knowledge.get', { params: { id: b } }).catch(() => null)),
        );
        setBasis(got.filter((x): x is KnowledgeEntryView => !!x));
      },
      (err: ApiError) => setMissing(err.status === 404 ? tn('notFound') : err.message),
    );
  }, [params.id]);
  const c = e?.case;
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
          {e.example && (
            <View className="kn-example" data-testid="case-example">
              {tn('exampleWhy')}
            </View>
          )}
          <View className="card" data-testid="typical-case">
            <View className="title" data-testid="case-title">
              {e.title}
            </View>
            <View className="muted">
              {[
                ...e.industries.map((i) => l(INDUSTRY.labels[i])),
                ...e.claimTypes.map((t) => l(CLAIM_TYPE.labels[t])),
              ].join(' · ')}
            </View>
            {c && (
              <View className="badge" style={{ marginTop: '8px' }} data-testid="case-outcome">
                {l(CASE_OUTCOME.labels[c.outcome])}
              </View>
            )}
            {c ? (
              <>
                <Part word="facts" text={c.facts} testid="case-facts" />
                <Part word="focus" text={c.disputeFocus} />
                <Part word="reasoning" text={c.reasoning} />
              </>
            ) : (
              <View className="kn-body">{e.body}</View>
            )}
          </View>
          {basis.length > 0 && (
            <View className="card" data-testid="case-basis">
              <View className="label" style={{ marginTop: 0 }}>
                {tn('legalBasis')}
              </View>
              {basis.map((b) => (
                <View key={b.id} className="kn-ref tap" onClick={() => openEntry(b)} data-testid="basis-link">
                  <View>
                    <View className="kn-ref-name">{entryName(b)}</View>
                    {b.law && <View className="muted">{b.title}</View>}
                  </View>
                </View>
              ))}
            </View>
          )}
          <Source e={e} />
          <WaysOn />
        </>
      )}
    </View>
  );
}
