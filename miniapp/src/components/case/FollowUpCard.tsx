import { Button, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { CASE_ACTION_LABELS, FOLLOW_UP_ANSWER, type CaseView } from '@gig/shared';
import { words } from '../../api';
import { offerOf } from '../../case/forms';
import { l, t } from '../../i18n';
import { tc } from '../../case-words';

type Answer = (typeof FOLLOW_UP_ANSWER.values)[number];

/**
 * The follow-up after the end: on a closed case, "was it resolved?" with two answers. "Yes" ends
 * it; "no" asks what is still wrong (one tap for the usual three, and a few words) and sends the
 * case back to the station, until the last day the reopen window gives. Past that day the card
 * says so in words and what the worker can still do.
 */
export function FollowUpCard({
  view,
  onResolved,
  onUnresolved,
}: {
  view: CaseView;
  onResolved: () => Promise<boolean>;
  onUnresolved: (body: { answer: Answer; reason: string }) => Promise<boolean>;
}) {
  const [open, setOpen] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const yes = offerOf(view, 'confirm_resolved');
  const no = offerOf(view, 'report_unresolved');
  if (!yes && !no) return null;
  const until = view.deadlines.find((d) => d.kind === 'reopen_window')?.due;
  const once = async (f: () => Promise<boolean>) => {
    if (busy) return;
    setBusy(true);
    try {
      if (await f()) setOpen(false);
    } finally {
      setBusy(false);
    }
  };
  const send = () => {
    setTried(true);
    if (!answer || !reason.trim()) return;
    void once(() => onUnresolved({ answer, reason: reason.trim() }));
  };
  return (
    <View className="card" data-testid="follow-up">
      <View className="card-title">{tc('followUpAsk')}</View>
      {until && no?.refusal === null && (
        <View className="plain">
          {tc('followUpUntil')}
          {until}
        </View>
      )}
      {no?.refusal && <View className="notice">{words(no.refusal)}</View>}
      {!open && (
        <View className="buttons">
          {yes && (
            <Button
              className="btn btn-primary"
              disabled={busy || yes.refusal !== null}
              onClick={() => void once(onResolved)}
              data-testid="act-confirm_resolved"
            >
              {l(CASE_ACTION_LABELS.confirm_resolved)}
            </Button>
          )}
          {no && no.refusal === null && (
            <Button
              className="btn btn-ghost"
              onClick={() => (setOpen(true), setTried(false))}
              data-testid="act-report_unresolved"
            >
              {l(CASE_ACTION_LABELS.report_unresolved)}
            </Button>
          )}
        </View>
      )}
      {open && (
        <View data-testid="follow-up-form">
          <View className="chips">
            {FOLLOW_UP_ANSWER.values.map((v) => (
              <View
                key={v}
                className={`chip chip-big${answer === v ? ' chip-on' : ''}`}
                onClick={() => setAnswer(v)}
                data-testid={`follow-up-${v}`}
              >
                {answer === v ? '● ' : '○ '}
                {l(FOLLOW_UP_ANSWER.labels[v])}
              </View>
            ))}
          </View>
          {tried && !answer && <View className="error">{tc('chooseOne')}</View>}
          <View className="label">{tc('whatIsWrong')}</View>
          <Textarea
            className={`input textarea${tried && !reason.trim() ? ' input-error' : ''}`}
            value={reason}
            maxlength={1000}
            placeholder={tc('whatIsWrongHint')}
            onInput={(e) => setReason(e.detail.value)}
            data-testid="follow-up-reason"
          />
          {tried && !reason.trim() && <View className="error">{tc('writeSomething')}</View>}
          <View className="buttons">
            <Button className="btn btn-ghost" onClick={() => setOpen(false)}>
              {t('cancel')}
            </Button>
            <Button className="btn btn-primary" onClick={send} disabled={busy} data-testid="follow-up-send">
              {busy ? tc('sending') : tc('sendToStation')}
            </Button>
          </View>
        </View>
      )}
    </View>
  );
}
