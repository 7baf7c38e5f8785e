import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Button, Canvas, Text, Textarea, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import {
  ACTIONS,
  CASE_ACTION_LABELS,
  OUTLET_STAGES,
  CASE_STATUS_LABELS,
  CLAIM_TYPE,
  DEADLINE_KIND_LABELS,
  OUTLET_SHARING_CONSENT,
  PAYMENT_METHOD,
  WORKER_NEXT_STEP,
  type CaseAction,
  type CaseView,
  type DeadlineKind,
  type MessageList,
} from '@gig/shared';
import { ApiError, call, goSignIn, retryable, session, showError, uploadFile } from '../../api';
import { CaseActions } from '../../components/CaseActions';
import { callPhone, pickPhotos } from '../../platform';
import { attachSignature, type SignaturePad } from '../../platform/signature';
import { uuid } from '../../draft';
import { l, t, toggleLanguage, useLocale } from '../../i18n';
import { dateTime, daysUntil, statusClass, yuan } from '../../format';

/** One case: what happens next and by when, who has it, the agreement, what to do now, the timeline, evidence, messages. */
export default function CasePage() {
  useLocale('caseTitle');
  const { params } = useRouter();
  const id = params.id ?? '';
  const [view, setView] = useState<CaseView | null>(null);
  const [thread, setThread] = useState<MessageList['items']>([]);
  const [text, setText] = useState('');
  // One id per message being sent: tapping "send" again after a network failure cannot post it twice.
  const pendingMessageId = useRef(uuid());
  const [signing, setSigning] = useState(false);
  const [padReady, setPadReady] = useState(false);
  const [uploads, setUploads] = useState<{ name: string; progress: number; failed?: string }[]>([]);
  const pad = useRef<SignaturePad | null>(null);
  // One Idempotency-Key per action the worker means to take, kept while it may be retried.
  const intents = useRef<Partial<Record<CaseAction, string>>>({});

  const load = async () => {
    if (!session()) return goSignIn();
    try {
      setView(await call('cases.get', { params: { id } }));
      setThread((await call('cases.messages', { params: { id } })).items);
    } catch (err) {
      showError(err);
    }
  };
  useDidShow(() => void load());
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()));
  useEffect(() => {
    if (!signing) return;
    // The canvas exists after this render: attach the pad on the next tick.
    const timer = setTimeout(() => void attachSignature('sig').then((p) => ((pad.current = p), setPadReady(true))), 50);
    return () => {
      clearTimeout(timer);
      pad.current?.dispose();
      pad.current = null;
      setPadReady(false);
    };
  }, [signing]);

  if (!view) return <View className="page" />;

  const act = async (action: CaseAction) => {
    let data: Record<string, unknown> = { expectedStatus: view.status };
    if (action === 'request_confirmation') {
      const pick = await Taro.showActionSheet({ itemList: [t('court'), t('arbReview')] }).catch(() => null);
      if (!pick) return;
      data = { ...data, route: pick.tapIndex === 0 ? 'judicial_confirmation' : 'arbitration_review' };
    } else {
      const help = ACTIONS[action].help;
      const ok = await Taro.showModal({
        title: l(CASE_ACTION_LABELS[action]),
        content: help ? l(help) : '',
        confirmText: t('confirm'),
        cancelText: t('cancel'),
      });
      if (!ok.confirm) return;
    }
    try {
      setView(await takeAction(action, data));
      void Taro.showToast({ title: t('done'), icon: 'success' });
    } catch (err) {
      showError(err);
      void load(); // the case may have moved on: show it as it is now
    }
  };

  /** Sends an action with its intent's key: a retry after a lost answer is applied once. */
  const takeAction = async (action: CaseAction, data: Record<string, unknown>): Promise<CaseView> => {
    const key = (intents.current[action] ??= uuid());
    try {
      const answer = await call('cases.act', {
        params: { id, action },
        body: data,
        headers: { 'idempotency-key': key },
      });
      delete intents.current[action];
      return answer;
    } catch (err) {
      if (err instanceof ApiError && !retryable(err)) delete intents.current[action]; // answered: a new tap is a new intent
      throw err;
    }
  };

  const sign = async () => {
    const p = pad.current;
    if (!p || p.isEmpty()) return void Taro.showToast({ title: t('sign'), icon: 'none' });
    try {
      const ev = await uploadFile(
        'cases.upload',
        { id },
        { path: await p.toFile(), name: 'signature.png' },
        { category: 'signature' },
        () => undefined,
      );
      setView(await takeAction('sign_agreement', { signatureEvidenceId: ev.id, expectedStatus: view.status }));
      setSigning(false);
      void Taro.showToast({ title: t('signed'), icon: 'success' });
    } catch (err) {
      showError(err);
    }
  };

  const addEvidence = async () => {
    for (const f of await pickPhotos()) {
      setUploads((u) => [...u, { name: f.name, progress: 0 }]);
      const mark = (patch: { progress?: number; failed?: string }) =>
        setUploads((u) => u.map((x) => (x.name === f.name ? { ...x, ...patch } : x)));
      try {
        await uploadFile('cases.upload', { id }, f, { category: 'other' }, (p) => mark({ progress: p }));
        setUploads((u) => u.filter((x) => x.name !== f.name));
      } catch (err) {
        mark({ failed: (err as Error).message || t('uploadFailed') });
      }
    }
    void load();
  };

  const consentOutlet = async () => {
    const ok = await Taro.showModal({
      title: t('outletConsent'),
      content: l(OUTLET_SHARING_CONSENT.text),
      confirmText: t('agree'),
      cancelText: t('cancel'),
    });
    if (!ok.confirm) return;
    try {
      setView(await call('cases.consentOutlet', { params: { id }, body: { version: OUTLET_SHARING_CONSENT.version } }));
      void Taro.showToast({ title: t('done'), icon: 'success' });
    } catch (err) {
      showError(err);
    }
  };

  const send = async () => {
    if (!text.trim()) return;
    try {
      const r = await call('cases.post', {
        params: { id },
        body: { clientId: pendingMessageId.current, body: text.trim() },
      });
      pendingMessageId.current = uuid();
      setThread(r.items);
      setText('');
    } catch (err) {
      showError(err);
    }
  };

  // Signing has its own pad below; the rest come in the table's order.
  const offered = view.actions.filter((a) => a.action !== 'sign_agreement');
  const canSign = view.allowedActions.includes('sign_agreement') && !view.workerSignature;
  const upcoming = [...view.deadlines]
    .filter((d) => daysUntil(d.due) >= 0)
    .sort((a, b) => a.due.localeCompare(b.due))[0];
  const left = upcoming ? daysUntil(upcoming.due) : 0;
  const lastReason = [...view.events].reverse().find((e) => e.reason)?.reason;
  return (
    <View className="page">
      <View className="lang" onClick={toggleLanguage}>
        {t('language')}
      </View>
      <View className="card" style={{ marginTop: '36px' }}>
        <View className="row">
          <View className="big">{view.number}</View>
          <View className={`badge ${statusClass(view.status)}`} data-testid="status">
            {l(CASE_STATUS_LABELS[view.status])}
          </View>
        </View>
        <View className="label">{t('whatNext')}</View>
        <View data-testid="next-step">{l(WORKER_NEXT_STEP[view.status])}</View>
        {view.status === 'rejected' && lastReason && (
          <View className="error">
            {t('reason')}：{lastReason}
          </View>
        )}
        {upcoming && (
          <View style={{ marginTop: '12px' }} data-testid="next-deadline">
            <View className="muted">{l(DEADLINE_KIND_LABELS[upcoming.kind as DeadlineKind])}</View>
            <View className={`countdown${left <= 3 ? ' countdown-bad' : left <= 7 ? ' countdown-warn' : ''}`}>
              {left === 0 ? t('dueToday') : `${left} ${t('daysLeft')}`}
            </View>
            <View className="muted">
              {upcoming.due} · {l(upcoming.basis.law)}：{l(upcoming.basis.rule)}
            </View>
          </View>
        )}
      </View>

      {(view.outlet ?? view.station) && (
        <View className="card" data-testid="handler">
          <View className="label" style={{ marginTop: 0 }}>
            {t('station')}
          </View>
          {[view.outlet, view.station]
            .filter((s) => s !== null)
            .map((s) => (
              <View key={s.code} style={{ marginBottom: '8px' }}>
                <View style={{ fontWeight: 600 }}>{s.name}</View>
                <View className="muted">{s.address}</View>
                <View className="link" onClick={() => callPhone(s.phone)}>
                  ☎ {s.phone}
                </View>
              </View>
            ))}
        </View>
      )}

      {view.agreement && (
        <View className="card" data-testid="agreement">
          <View className="label" style={{ marginTop: 0 }}>
            {t('agreement')}
          </View>
          {view.agreement.items.map((i, n) => (
            <View key={n}>
              {l(CLAIM_TYPE.labels[i.type])}：¥{yuan(i.amountFen)}（{i.payer}）
            </View>
          ))}
          <View className="big">
            {t('total')}：¥{yuan(view.agreement.totalFen)}
          </View>
          <View>
            {t('dueDate')}：{view.agreement.dueDate} · {l(PAYMENT_METHOD.labels[view.agreement.paymentMethod])}
          </View>
          {view.workerSignature && (
            <View className="badge badge-ok" data-testid="signed">
              {t('signed')}
            </View>
          )}
          {canSign && !signing && (
            <Button className="btn btn-primary" onClick={() => setSigning(true)} data-testid="sign">
              {l(CASE_ACTION_LABELS.sign_agreement)}
            </Button>
          )}
          {signing && (
            <View>
              <View className="label">{t('sign')}</View>
              <Canvas
                type="2d"
                id="sig"
                className={`sig-pad${padReady ? ' sig-pad-ready' : ''}`}
                data-testid="sig-pad"
                onTouchStart={(e) => pad.current?.touch('start', e.touches[0]!.x, e.touches[0]!.y)}
                onTouchMove={(e) => pad.current?.touch('move', e.touches[0]!.x, e.touches[0]!.y)}
              />
              <View className="buttons">
                <Button className="btn btn-ghost" onClick={() => pad.current?.clear()}>
                  {t('clear')}
                </Button>
                <Button className="btn btn-primary" onClick={sign} data-testid="confirm-sign">
                  {t('confirmSign')}
                </Button>
              </View>
            </View>
          )}
        </View>
      )}

      {!view.outletConsent && OUTLET_STAGES.includes(view.status) && (
        <View className="card" data-testid="outlet-consent-card">
          <View className="label" style={{ marginTop: 0 }}>
            {t('outletConsent')}
          </View>
          <View className="hint">{t('outletConsentWhy')}</View>
          <Button className="btn btn-ghost" onClick={consentOutlet} data-testid="outlet-consent">
            {t('outletConsentGive')}
          </Button>
        </View>
      )}

      <CaseActions offered={offered} onAct={act} />

      {view.sessions.length > 0 && (
        <View className="card">
          <View className="label" style={{ marginTop: 0 }}>
            {t('sessions')}
          </View>
          {view.sessions.map((s) => (
            <View key={s.id} data-testid="session" style={{ marginBottom: '8px' }}>
              <View style={{ fontWeight: 600 }}>{dateTime(s.startsAt)}</View>
              <View className="muted">
                {s.mode === 'online' ? `${t('online')}：${s.link ?? ''}` : `${t('onSite')}：${s.address ?? ''}`}
              </View>
            </View>
          ))}
        </View>
      )}

      <View className="card">
        <View className="label" style={{ marginTop: 0 }}>
          {t('deadlines')}
        </View>
        {view.deadlines.map((d) => {
          const left = daysUntil(d.due);
          return (
            <View key={d.kind} style={{ marginBottom: '10px' }}>
              <View className="row">
                <View>{l(DEADLINE_KIND_LABELS[d.kind as DeadlineKind])}</View>
                <View className={`badge ${left < 0 ? 'badge-bad' : left <= 7 ? 'badge-warn' : ''}`}>
                  {left < 0 ? t('overdue') : `${left} ${t('daysLeft')}`}
                </View>
              </View>
              <View className="muted">
                {d.due} · {l(d.basis.law)}：{l(d.basis.rule)}
              </View>
            </View>
          );
        })}
      </View>

      <View className="card" data-testid="timeline">
        <View className="label" style={{ marginTop: 0 }}>
          {t('timeline')}
        </View>
        {[...view.events].reverse().map((e) => (
          <View key={e.seq} className="timeline-item">
            <View style={{ fontWeight: 600 }}>{l(CASE_STATUS_LABELS[e.toStatus])}</View>
            <View className="muted">{dateTime(e.at)}</View>
            {e.reason && (
              <View className="muted">
                {t('reason')}：{e.reason}
              </View>
            )}
          </View>
        ))}
      </View>

      <View className="card" data-testid="evidence">
        <View className="label" style={{ marginTop: 0 }}>
          {t('evidence')}
        </View>
        {view.evidence.map((e) => (
          <View key={e.id} style={{ marginBottom: '6px' }}>
            <View className="ellipsis">{e.name}</View>
            <View className="muted">SHA-256 {e.sha256.slice(0, 16)}…</View>
          </View>
        ))}
        {uploads.map((u) => (
          <View key={u.name} className={u.failed ? 'error' : 'muted'}>
            {u.name} · {u.failed ?? `${t('uploading')} ${u.progress}%`}
          </View>
        ))}
        <Button className="btn btn-ghost" onClick={addEvidence} data-testid="add-evidence">
          {t('addPhotos')}
        </Button>
      </View>

      <View className="card">
        <View className="label" style={{ marginTop: 0 }}>
          {t('messages')}
        </View>
        {thread.map((m) => (
          <View key={m.id} className={`bubble ${m.authorType === 'worker' ? 'bubble-mine' : ''}`}>
            <View className="muted">{m.authorType === 'worker' ? t('me') : m.authorName}</View>
            <Text>{m.body}</Text>
          </View>
        ))}
        <Textarea
          className="input"
          style={{ minHeight: '72px' }}
          value={text}
          maxlength={2000}
          placeholder={t('messageHint')}
          onInput={(e) => setText(e.detail.value)}
          data-testid="message"
        />
        <Button className="btn btn-ghost" onClick={send} data-testid="send-message">
          {t('send')}
        </Button>
      </View>
    </View>
  );
}
