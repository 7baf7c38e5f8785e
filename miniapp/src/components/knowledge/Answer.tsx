import { Button, Text, View } from '@tarojs/components';
import type { AskAnswer, AskCitation } from '@gig/shared';
import { tn } from '../../knowledge-words';
import { entryName, openEntry } from '../../knowledge/links';
import { goNext } from '../../knowledge/next';
import { Marks } from './HitRow';
import './knowledge.css';

/** A statement's text without its citation marks ([1], [2]…): those are drawn as links after it. */
const bare = (text: string) => text.replace(/\s*\[\d+\]/g, '');

/** The entries an answer cites, each opening its page: the articles (and guides), or the typical cases. */
function Refs({ title, refs, testid }: { title: string; refs: AskCitation[]; testid: string }) {
  if (!refs.length) return null;
  return (
    <>
      <View className="label">{title}</View>
      {refs.map((c) => (
        <View key={c.n} className="kn-ref tap" onClick={() => openEntry(c)} data-testid={testid}>
          <Text className="kn-ref-n">[{c.n}]</Text>
          <View>
            <Marks e={c} />
            <Text className="kn-ref-name">{entryName(c)}</Text>
            {c.law && c.article ? <View className="muted">{c.title}</View> : null}
          </View>
        </View>
      ))}
    </>
  );
}

/**
 * The legal Q&A's answer: each statement with its citations as links ([1] opens that article or
 * case), the articles and cases cited, the next steps (each goes where it says), and always the
 * "talk to a mediator" exit; the disclaimer last.
 */
export function Answer({ a }: { a: AskAnswer }) {
  const byN = new Map(a.citations.map((c) => [c.n, c]));
  const open = (n: number) => {
    const c = byN.get(n);
    if (c) openEntry(c);
  };
  const steps = a.next.filter((s) => s.kind !== 'mediator');
  return (
    <View className="card" data-testid="answer">
      <View className="label" style={{ marginTop: 0 }}>
        {a.scope === 'labour' ? tn('answer') : tn('outOfScope')}
      </View>
      {a.statements.length ? (
        a.statements.map((s, i) => (
          <View key={i} className="kn-statement" data-testid="statement">
            {bare(s.text)}
            {s.cites.map((n) => (
              <Text key={n} className="kn-cite" onClick={() => open(n)} data-testid="cite-mark">
                [{n}]
              </Text>
            ))}
          </View>
        ))
      ) : (
        <View className="kn-statement">{a.answer}</View>
      )}
      <Refs title={tn('basis')} refs={a.citations.filter((c) => c.kind !== 'case')} testid="citation" />
      <Refs title={tn('similarCases')} refs={a.citations.filter((c) => c.kind === 'case')} testid="citation-case" />
      {steps.length > 0 && <View className="label">{tn('nextSteps')}</View>}
      {steps.map((s) => (
        <Button key={s.kind} className="btn btn-ghost" onClick={() => goNext(s)} data-testid={`next-${s.kind}`}>
          {s.label}
        </Button>
      ))}
      <Button className="btn btn-primary" onClick={() => goNext(a.mediator)} data-testid="answer-mediator">
        {a.mediator.label}
      </Button>
      <View className="hint">{a.disclaimer}</View>
    </View>
  );
}
