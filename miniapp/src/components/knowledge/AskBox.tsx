import { Button, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { AskAnswer } from '@gig/shared';
import { call } from '../../api';
import { showError } from '../../api/show-error';
import { locale } from '../../i18n';
import { tn } from '../../knowledge-words';
import { Answer } from './Answer';

const SAMPLES = ['sample1', 'sample2', 'sample3'] as const;

/** The question box: the worker's own words (or one of the questions often asked), and the answer below. */
export function AskBox() {
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState<AskAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  const [empty, setEmpty] = useState(false);
  const ask = async (q = question) => {
    const text = q.trim();
    setEmpty(!text);
    if (!text || busy) return;
    setBusy(true);
    try {
      setAnswer(await call('public.qa', { body: { question: text, locale: locale() } }));
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View>
      <View className="card">
        <View className="label" style={{ marginTop: 0 }}>
          {tn('askTitle')}
        </View>
        <Textarea
          className="input textarea"
          style={{ minHeight: '88px' }}
          value={question}
          maxlength={500}
          placeholder={tn('askHint')}
          onInput={(e) => setQuestion(e.detail.value)}
          data-testid="ask-question"
        />
        {empty && <View className="error">{tn('askEmpty')}</View>}
        <Button className="btn btn-primary" disabled={busy} onClick={() => void ask()} data-testid="ask">
          {busy ? tn('asking') : tn('ask')}
        </Button>
        <View className="hint">{tn('tryThese')}</View>
        <View className="chips" style={{ marginTop: '6px' }}>
          {SAMPLES.map((k) => (
            <View
              key={k}
              className="chip chip-small"
              onClick={() => (setQuestion(tn(k)), void ask(tn(k)))}
              data-testid={`ask-${k}`}
            >
              {tn(k)}
            </View>
          ))}
        </View>
      </View>
      {answer && <Answer a={answer} />}
    </View>
  );
}
