import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useRef, useState } from 'react';
import {
  ACTIONS,
  CASE_ACTION_LABELS,
  OUTLET_SHARING_CONSENT,
  type CaseAction,
  type CaseView,
  type MessageList,
} from '@gig/shared';
import { ApiError, call, goSignIn, retryable, session, showError, uploadFile } from '../../api';
import { CaseActions } from '../../components/CaseActions';
import { AgreementCard } from '../../components/case/AgreementCard';
import { ArbitrationCard } from '../../components/case/ArbitrationCard';
import { EvidenceCard } from '../../components/case/EvidenceCard';
import { HandlerCard } from '../../components/case/HandlerCard';
import { MessagesCard } from '../../components/case/MessagesCard';
import { OutletConsentCard } from '../../components/case/OutletConsentCard';
import { DeadlinesCard, SessionsCard, TimelineCard } from '../../components/case/ProgressCards';
import { StatusCard } from '../../components/case/StatusCard';
import { uuid } from '../../draft';
import { runningDeadlines } from '../../format';
import { l, t, toggleLanguage, useLocale } from '../../i18n';

/** One case: what happens next and by when, who has it (or the arbitration), the agreement, what to do now, the timeline, evidence, messages. */
export default function CasePage() {
  useLocale('caseTitle');
  const { params } = useRouter();
  const id = params.id ?? '';
  const [view, setView] = useState<CaseView | null>(null);
  const [thread, setThread] = useState<MessageList['items']>([]);
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

  /** Records the worker's signature: the image as evidence, then the signing action naming it. */
  const sign = async (signature: string) => {
    const ev = await uploadFile(
      'cases.upload',
      { id },
      { path: signature, name: 'signature.png' },
      { category: 'signature' },
      () => undefined,
    );
    setView(await takeAction('sign_agreement', { signatureEvidenceId: ev.id, expectedStatus: view.status }));
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

  // Signing has its own pad in the agreement card; the rest come in the table's order.
  const offered = view.actions.filter((a) => a.action !== 'sign_agreement');
  return (
    <View className="page">
      <View className="lang" onClick={toggleLanguage}>
        {t('language')}
      </View>
      <StatusCard view={view} />
      {/* At arbitration the institution has the case: its card says who, where and how to call. */}
      {view.arbitration ? <ArbitrationCard view={view} /> : <HandlerCard view={view} />}
      <AgreementCard view={view} onSign={sign} />
      <OutletConsentCard view={view} onConsent={consentOutlet} />
      <CaseActions offered={offered} onAct={act} />
      <SessionsCard sessions={view.sessions} />
      {/* At arbitration only its own periods count: the mediation window and the like are over. */}
      <DeadlinesCard deadlines={view.arbitration ? runningDeadlines(view) : view.deadlines} />
      <TimelineCard events={view.events} />
      <EvidenceCard id={id} evidence={view.evidence} onUploaded={() => void load()} />
      <MessagesCard id={id} thread={thread} onThread={setThread} />
    </View>
  );
}
