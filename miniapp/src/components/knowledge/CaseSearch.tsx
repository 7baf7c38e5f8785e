import { Button, Input, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import {
  CASE_OUTCOME,
  CLAIM_TYPE,
  INDUSTRY,
  type CaseOutcome,
  type ClaimType,
  type Industry,
  type KnowledgeHit,
  type Label,
} from '@gig/shared';
import { call, words } from '../../api';
import { l } from '../../i18n';
import { tn } from '../../knowledge-words';
import { HitRow } from './HitRow';

interface Filters {
  industry?: Industry;
  claimType?: ClaimType;
  outcome?: CaseOutcome;
}
type Which = keyof Filters;
const FILTERS: {
  key: Which;
  word: 'industry' | 'claimType' | 'outcome';
  values: readonly string[];
  labels: Record<string, Label>;
}[] = [
  { key: 'industry', word: 'industry', values: INDUSTRY.values, labels: INDUSTRY.labels },
  { key: 'claimType', word: 'claimType', values: CLAIM_TYPE.values, labels: CLAIM_TYPE.labels },
  { key: 'outcome', word: 'outcome', values: CASE_OUTCOME.values, labels: CASE_OUTCOME.labels },
];
const PAGE = 5;

/**
 * The typical cases, by the worker's own words and by trade, claim type and outcome. Each filter
 * is one button saying what it is set to; tapping it shows its choices (one open at a time), so
 * the list stays on the first screen. Without words, the newest cases matching the filters.
 */
export function CaseSearch() {
  const [q, setQ] = useState('');
  const [asked, setAsked] = useState('');
  const [f, setF] = useState<Filters>({});
  const [open, setOpen] = useState<Which | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [found, setFound] = useState<{ items: KnowledgeHit[]; total: number } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    setFailed(false);
    call('public.knowledge.search', { query: { q: asked || undefined, kind: 'case', limit, ...f } }).then(
      (r) => live && setFound(r),
      () => live && setFailed(true),
    );
    return () => void (live = false);
  }, [asked, f, limit]);
  const pick = (key: Which, v: string | undefined) => {
    setF((x) => ({ ...x, [key]: v }));
    setOpen(null);
    setLimit(PAGE);
  };
  return (
    <View>
      <View className="card">
        <View className="label" style={{ marginTop: 0 }}>
          {tn('casesTitle')}
        </View>
        <View className="hint" style={{ marginBottom: '8px' }}>
          {tn('casesHint')}
        </View>
        <View className="kn-search">
          <Input
            className="input"
            value={q}
            placeholder={tn('searchHint')}
            confirmType="search"
            onInput={(e) => setQ(e.detail.value)}
            onConfirm={() => (setAsked(q.trim()), setLimit(PAGE))}
            data-testid="case-q"
          />
          <Button
            className="btn btn-primary"
            onClick={() => (setAsked(q.trim()), setLimit(PAGE))}
            data-testid="case-search"
          >
            {tn('search')}
          </Button>
        </View>
        <View className="chips" style={{ marginTop: '10px' }}>
          {FILTERS.map(({ key, word, labels }) => (
            <View
              key={key}
              className={`chip chip-small${f[key] ? ' kn-filter-on' : ''}${open === key ? ' chip-on' : ''}`}
              onClick={() => setOpen(open === key ? null : key)}
              data-testid={`filter-${key}`}
            >
              {tn('pair', { name: tn(word), value: f[key] ? l(labels[f[key]!]) : tn('any') })} ▾
            </View>
          ))}
        </View>
        {FILTERS.filter((x) => x.key === open).map(({ key, values, labels }) => (
          <View key={key} className="chips" style={{ marginTop: '10px' }} data-testid={`filter-${key}-choices`}>
            <View className={`chip chip-small${!f[key] ? ' chip-on' : ''}`} onClick={() => pick(key, undefined)}>
              {tn('any')}
            </View>
            {values.map((v) => (
              <View
                key={v}
                className={`chip chip-small${f[key] === v ? ' chip-on' : ''}`}
                onClick={() => pick(key, v)}
                data-testid={`filter-${key}-${v}`}
              >
                {l(labels[v])}
              </View>
            ))}
          </View>
        ))}
      </View>
      {failed && <View className="error">{words('NETWORK')}</View>}
      {found && (
        <View className="hint" style={{ margin: '0 4px 8px' }} data-testid="case-total">
          {found.total ? tn('found', { n: found.total }) : tn('noneFound')}
        </View>
      )}
      {found?.items.map((h) => (
        <HitRow key={h.id} h={h} testid="case-hit" />
      ))}
      {found && found.total > found.items.length && (
        <Button
          className="btn btn-ghost"
          onClick={() => setLimit((n) => Math.min(50, n + PAGE))}
          data-testid="case-more"
        >
          {tn('more')}
        </Button>
      )}
    </View>
  );
}
