import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { ACTIONS, CASE_ACTION_LABELS, type CaseView } from '@gig/shared';
import { words } from '../../api';
import { legalAidDeclined, legalAidProblems, offerOf, type LegalAidForm } from '../../case/forms';
import { l, t } from '../../i18n';
import { tc, type CaseWordKey } from '../../case-words';

const PROBLEM_WORDS: Record<string, CaseWordKey> = {
  required: 'atLeast5',
  too_short: 'atLeast5',
  too_long: 'atMost500',
};

/**
 * Legal aid at any stage: while not asked for, what it is and a short form with the two things
 * the desk needs (money difficulties; what help), checked with the server's own schema; once
 * asked, that the desk will call; after a refusal, its reason and that the worker may ask again.
 * The assigned lawyer has a card of their own (LawyerCard).
 */
export function LegalAidCard({
  view,
  onRequest,
}: {
  view: CaseView;
  onRequest: (f: LegalAidForm) => Promise<boolean>;
}) {
  const [form, setForm] = useState<LegalAidForm | null>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  if (view.lawyer) return null;
  if (view.legalAid)
    return (
      <View className="card" data-testid="legal-aid-asked">
        <View className="label" style={{ marginTop: 0 }}>
          {l(CASE_ACTION_LABELS.request_legal_aid)}
        </View>
        <View className="plain">{tc('legalAidAsked')}</View>
      </View>
    );
  const offer = offerOf(view, 'request_legal_aid');
  if (!offer) return null;
  const declined = legalAidDeclined(view);
  const problems = form ? legalAidProblems(form, view.status) : {};
  const submit = async () => {
    setTried(true);
    if (!form || Object.keys(legalAidProblems(form, view.status)).length || busy) return;
    setBusy(true);
    try {
      if (await onRequest(form)) setForm(null);
    } finally {
      setBusy(false);
    }
  };
  const help = ACTIONS.request_legal_aid.help;
  return (
    <View className="card" data-testid="legal-aid">
      <View className="card-title">{tc('legalAidTitle')}</View>
      {declined && (
        <View className="notice" data-testid="legal-aid-declined">
          {tc('legalAidDeclined')}
          {declined.reason} {tc('askAgain')}
        </View>
      )}
      {help && <View className="plain">{l(help)}</View>}
      {!form && (
        <Button
          className="btn btn-ghost"
          disabled={offer.refusal !== null}
          onClick={() => offer.refusal === null && (setForm({ hardship: undefined, situation: '' }), setTried(false))}
          data-testid="act-request_legal_aid"
        >
          {l(CASE_ACTION_LABELS.request_legal_aid)}
        </Button>
      )}
      {offer.refusal && <View className="note">{words(offer.refusal)}</View>}
      {form && (
        <View data-testid="legal-aid-form">
          <View className="label">{tc('hardshipQ')}</View>
          <View className="chips">
            {([true, false] as const).map((v) => (
              <View
                key={String(v)}
                className={`chip chip-big${form.hardship === v ? ' chip-on' : ''}`}
                onClick={() => setForm({ ...form, hardship: v })}
                data-testid={`hardship-${v ? 'yes' : 'no'}`}
              >
                {form.hardship === v ? '● ' : '○ '}
                {v ? tc('hardshipYes') : tc('hardshipNo')}
              </View>
            ))}
          </View>
          {tried && problems.hardship && <View className="error">{tc('chooseOne')}</View>}
          <View className="label">{tc('situationQ')}</View>
          <Textarea
            className={`input textarea${tried && problems.situation ? ' input-error' : ''}`}
            value={form.situation}
            maxlength={500}
            placeholder={tc('situationHint')}
            onInput={(e) => setForm({ ...form, situation: e.detail.value })}
            data-testid="legal-aid-situation"
          />
          <View className="hint">
            <Text>
              {form.situation.trim().length} {tc('words5to500')}
            </Text>
          </View>
          {tried && problems.situation && (
            <View className="error">{tc(PROBLEM_WORDS[problems.situation] ?? 'atLeast5')}</View>
          )}
          <View className="buttons">
            <Button className="btn btn-ghost" onClick={() => setForm(null)}>
              {t('cancel')}
            </Button>
            <Button className="btn btn-primary" onClick={submit} disabled={busy} data-testid="legal-aid-send">
              {busy ? tc('sending') : t('submit')}
            </Button>
          </View>
        </View>
      )}
    </View>
  );
}
