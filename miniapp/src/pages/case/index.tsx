import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Button, Canvas, Input, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import {
  CASE_ACTION_LABELS,
  CASE_STATUS_LABELS,
  CLAIM_TYPE,
  DEADLINE_KIND_LABELS,
  PAYMENT_METHOD,
  type CaseAction,
  type CaseView,
  type DeadlineKind,
  type MessageList,
} from '@gig/shared';
import { ApiError, goSignIn, request, session, showError } from '../../api';
import { apiBase, upload } from '../../platform';
import { attachSignature, type SignaturePad } from '../../platform/signature';
import { l, t, toggleLanguage, useLocale } from '../../i18n';
import { daysUntil, statusClass, yuan } from '../../format';

/** What the worker may do here, in the order they are offered (signing has its own pad). */
const WORKER_ACTIONS: readonly CaseAction[] = ['confirm_receipt', 'report_non_payment', 'request_confirmation', 'request_arbitration', 'withdraw'];

/** One case: status, who has it, deadlines with their basis, the timeline, what to do now, messages. */
export default function CasePage() {
  useLocale();
  const { params } = useRouter();
  const id = params.id ?? '';
  const [view, setView] = useState<CaseView | null>(null);
  const [thread, setThread] = useState<MessageList['items']>([]);
  const [text, setText] = useState('');
  const [signing, setSigning] = useState(false);
  const pad = useRef<SignaturePad | null>(null);

  const load = async () => {
    if (!session()) return goSignIn();
    try {
      setView(await request<CaseView>('GET', `/api/cases/${id}`));
      setThread((await request<MessageList>('GET', `/api/cases/${id}/messages`)).items);
    } catch (err) {
      showError(err);
    }
  };
  useDidShow(() => void load());
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()));
  useEffect(() => {
    if (!signing) return;
    const timer = setTimeout(() => void attachSignature('sig').then((p) => (pad.current = p)), 50);
    return () => {
      clearTimeout(timer);
      pad.current?.dispose();
      pad.current = null;
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
      const ok = await Taro.showModal({ title: l(CASE_ACTION_LABELS[action]), content: '', confirmText: t('confirm') });
      if (!ok.confirm) return;
    }
    try {
      setView(await request<CaseView>('POST', `/api/cases/${id}/actions/${action}`, { data }));
      void Taro.showToast({ title: t('done'), icon: 'success' });
    } catch (err) {
      showError(err);
      void load();
    }
  };

  const sign = async () => {
    const p = pad.current;
    if (!p || p.isEmpty()) return void Taro.showToast({ title: t('sign'), icon: 'none' });
    try {
      const file = await p.toFile();
      const r = await upload({ url: `${apiBase}/api/cases/${id}/evidence`, filePath: file, name: 'signature.png', fields: { category: 'signature' }, token: session()?.accessToken ?? null, onProgress: () => undefined });
      if (r.status !== 200 && r.status !== 201) throw new ApiError(r.status, 'UPLOAD', '');
      const ev = r.body as { id: string };
      setView(await request<CaseView>('POST', `/api/cases/${id}/actions/sign_agreement`, { data: { signatureEvidenceId: ev.id } }));
      setSigning(false);
      void Taro.showToast({ title: t('signed'), icon: 'success' });
    } catch (err) {
      showError(err);
    }
  };

  const send = async () => {
    if (!text.trim()) return;
    try {
      const r = await request<MessageList>('POST', `/api/cases/${id}/messages`, { data: { clientId: `${Date.now()}-${Math.random().toString(36).slice(2, 10)}`, body: text.trim() } });
      setThread(r.items);
      setText('');
    } catch (err) {
      showError(err);
    }
  };

  const offered = WORKER_ACTIONS.filter((a) => view.allowedActions.includes(a));
  const canSign = view.allowedActions.includes('sign_agreement') && !view.workerSignature;
  return (
    <View className="page">
      <View className="lang" onClick={toggleLanguage}>{t('language')}</View>
      <View className="card" style={{ marginTop: '36px' }}>
        <View className="row">
          <View style={{ fontWeight: 700, fontSize: '18px' }}>{view.number}</View>
          <View className={`badge ${statusClass(view.status)}`} data-testid="status">{l(CASE_STATUS_LABELS[view.status])}</View>
        </View>
        {view.station && (
          <View className="muted">
            {t('station')}：{view.station.name} · {view.station.phone}
          </View>
        )}
      </View>

      {view.agreement && (
        <View className="card" data-testid="agreement">
          <View className="label">{t('agreement')}</View>
          {view.agreement.items.map((i, n) => (
            <View key={n}>{l(CLAIM_TYPE.labels[i.type])}：¥{yuan(i.amountFen)}（{i.payer}）</View>
          ))}
          <View>{t('total')}：¥{yuan(view.agreement.totalFen)} · {l(PAYMENT_METHOD.labels[view.agreement.paymentMethod])}</View>
          <View>{t('dueDate')}：{view.agreement.dueDate}</View>
          {view.workerSignature && <View className="badge badge-ok" data-testid="signed">{t('signed')}</View>}
          {canSign && !signing && <Button className="btn btn-primary" onClick={() => setSigning(true)} data-testid="sign">{l(CASE_ACTION_LABELS.sign_agreement)}</Button>}
          {signing && (
            <View>
              <View className="label">{t('sign')}</View>
              <Canvas
                type="2d"
                id="sig"
                style={{ width: '100%', height: '180px', border: '1px dashed #86909c', borderRadius: '8px', background: '#fff', display: 'block' }}
                onTouchStart={(e) => pad.current?.touch('start', e.touches[0]!.x, e.touches[0]!.y)}
                onTouchMove={(e) => pad.current?.touch('move', e.touches[0]!.x, e.touches[0]!.y)}
                data-testid="sig-pad"
              />
              <View style={{ display: 'flex', gap: '12px' }}>
                <Button className="btn btn-ghost" onClick={() => pad.current?.clear()}>{t('clear')}</Button>
                <Button className="btn btn-primary" onClick={sign} data-testid="confirm-sign">{t('confirmSign')}</Button>
              </View>
            </View>
          )}
        </View>
      )}

      {offered.length > 0 && (
        <View className="card">
          <View className="label">{t('actions')}</View>
          {offered.map((a) => (
            <Button key={a} className={`btn ${a === 'withdraw' || a === 'report_non_payment' ? 'btn-danger' : 'btn-ghost'}`} onClick={() => act(a)} data-testid={`act-${a}`}>
              {l(CASE_ACTION_LABELS[a])}
            </Button>
          ))}
        </View>
      )}

      <View className="card">
        <View className="label">{t('deadlines')}</View>
        {view.deadlines.map((d) => {
          const left = daysUntil(d.due);
          return (
            <View key={d.kind} style={{ marginBottom: '10px' }}>
              <View className="row">
                <View>{l(DEADLINE_KIND_LABELS[d.kind as DeadlineKind])}</View>
                <View className={`badge ${left < 0 ? 'badge-bad' : left <= 7 ? 'badge-warn' : ''}`}>{left < 0 ? t('overdue') : `${left} ${t('daysLeft')}`}</View>
              </View>
              <View className="muted">
                {d.due} · {l(d.basis.law)}：{l(d.basis.rule)}
              </View>
            </View>
          );
        })}
      </View>

      <View className="card" data-testid="timeline">
        <View className="label">{t('timeline')}</View>
        {[...view.events].reverse().map((e) => (
          <View key={e.seq} className="timeline-item">
            <View style={{ fontWeight: 600 }}>{l(CASE_STATUS_LABELS[e.toStatus])}</View>
            <View className="muted">{new Date(e.at).toLocaleString()}</View>
            {e.reason && <View className="muted">{t('reason')}：{e.reason}</View>}
          </View>
        ))}
        {view.sessions.map((s) => (
          <View key={s.id} className="card" data-testid="session">
            {new Date(s.startsAt).toLocaleString()} · {s.address ?? s.link}
          </View>
        ))}
      </View>

      <View className="card">
        <View className="label">{t('messages')}</View>
        {thread.map((m) => (
          <View key={m.id} style={{ marginBottom: '8px' }}>
            <View className="muted">{m.authorName}</View>
            <View>{m.body}</View>
          </View>
        ))}
        <Input className="input" value={text} placeholder={t('messageHint')} onInput={(e) => setText(e.detail.value)} />
        <Button className="btn btn-ghost" onClick={send}>{t('send')}</Button>
      </View>
    </View>
  );
}
