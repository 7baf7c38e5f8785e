import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import {
  ACTIONS,
  CASE_ACTION_LABELS,
  OUTLET_SHARING_CONSENT,
  WORKER_NEXT_STEP,
  type CaseAction,
  type CaseView,
  type MessageList,
} from '@gig/shared';
import { ApiError, call, goSignIn, retryable, session } from '../../api';
import { showError } from '../../api/show-error';
import { uploadFile } from '../../api/upload';
import { caseActor } from '../../case/act';
import { signBody } from '../../case/agreement';
import { leadsTo, legalAidBody, listed, type LegalAidForm } from '../../case/forms';
import { CaseActions } from '../../components/CaseActions';
import { ClaimCard } from '../../components/case/ClaimCard';
import { WayHome } from '../../components/case/WayHome';
import { AgreementCard } from '../../components/case/AgreementCard';
import { ArbitrationCard } from '../../components/case/ArbitrationCard';
import { ConfirmationCard, PaymentOrderCard, type ConfirmationRoute } from '../../components/case/CourtCards';
import { EvidenceCard } from '../../components/case/EvidenceCard';
import { HandlerCard } from '../../components/case/HandlerCard';
import { LawyerCard } from '../../components/case/LawyerCard';
import { LegalAidCard } from '../../components/case/LegalAidCard';
import { FollowUpCard } from '../../components/case/FollowUpCard';
import { MessagesCard } from '../../components/case/MessagesCard';
import { OfferCard } from '../../components/case/OfferCard';
import { OutletConsentCard } from '../../components/case/OutletConsentCard';
import { DeadlinesCard, SessionsCard, TimelineCard } from '../../components/case/ProgressCards';
import { StatusCard } from '../../components/case/StatusCard';
import { LimitationNotice } from '../../components/case/LimitationNotice';
import { StageLawCard } from '../../components/knowledge/StageLawCard';
import { runningDeadlines, yuan } from '../../format';
import { l, t, toggleLanguage, useLocale } from '../../i18n';
import '../../components/case/case.css';
import { tc } from '../../case-words';

/**
 * One case: what happens next and by when, who has it (or the arbitration), the lawyer, the
 * outlet's offer, the agreement to read and sign, confirmation and the payment order, what else
 * the worker can do now, legal aid, the timeline, evidence, messages.
 */
export default function CasePage() {
  useLocale('caseTitle');
  const { params } = useRouter();
  const id = params.id ?? '';
  const [view, setView] = useState<CaseView | null>(null);
  const [thread, setThread] = useState<MessageList['items']>([]);
  const [focusMessage, setFocusMessage] = useState(false);
  // One Idempotency-Key per action the worker means to take, kept while it may be retried.
  const send = useMemo(() => caseActor(id), [id]);

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

  /** Asks before an action: what it does (the table's words) and what comes next; true to go on. */
  const askFirst = async (action: CaseAction, extra?: string): Promise<boolean> => {
    const help = ACTIONS[action].help;
    const next = leadsTo(view.status, action);
    const content = [extra, help && l(help), next && `${tc('thenNext')}${l(WORKER_NEXT_STEP[next])}`]
      .filter(Boolean)
      .join('\n');
    const ok = await Taro.showModal({
      title: l(CASE_ACTION_LABELS[action]),
      content,
      confirmText: t('confirm'),
      confirmColor: ACTIONS[action].danger ? '#cb2634' : '#1f4e9c',
      cancelText: t('cancel'),
    });
    return ok.confirm;
  };

  /** Takes an action; on a refusal says why in words and shows the case as it is now. True when done. */
  const run = async (action: CaseAction, body: Record<string, unknown> = {}): Promise<boolean> => {
    try {
      setView(await send(action, { expectedStatus: view.status, ...body }));
      void Taro.showToast({ title: t('done'), icon: 'success' });
      return true;
    } catch (err) {
      showError(err);
      if (err instanceof ApiError && !retryable(err)) void load(); // the case may have moved on
      return false;
    }
  };

  const act = async (action: CaseAction) => {
    if (await askFirst(action)) await run(action);
  };

  /** The worker's signature: the drawn image (if any) as evidence, then the text's hash they read. */
  const sign = async (file: string | null) => {
    try {
      const ev = file
        ? await uploadFile(
            'cases.upload',
            { id },
            { path: file, name: 'signature.png' },
            { category: 'signature' },
            () => undefined,
          )
        : null;
      setView(await send('sign_agreement', signBody(view, ev?.id)));
    } catch (err) {
      // A changed text, a signature already given, an agreement already in effect: show it as it is now.
      if (err instanceof ApiError && !retryable(err)) await load();
      throw err;
    }
  };

  const acceptOffer = async () => {
    const total = view.proposal ? `${tc('total')} ¥${yuan(view.proposal.totalFen)}` : undefined;
    if (await askFirst('accept_proposal', total)) {
      if (await run('accept_proposal'))
        void Taro.pageScrollTo({ selector: '#agreement-text', duration: 0 }).catch(() => undefined);
    }
  };
  const declineOffer = (reason: string) => run('decline_proposal', reason ? { reason } : {});
  const requestConfirmation = async (route: ConfirmationRoute) => {
    if (await askFirst('request_confirmation')) await run('request_confirmation', { route });
  };
  const requestLegalAid = (f: LegalAidForm) => run('request_legal_aid', legalAidBody(f, view.status));
  const resolved = () => run('confirm_resolved');
  const unresolved = async (body: { answer: string; reason: string }) =>
    (await askFirst('report_unresolved')) && run('report_unresolved', body);
  const messageLawyer = () => {
    setFocusMessage(false);
    void Taro.pageScrollTo({ selector: '#messages', duration: 0 }).catch(() => undefined);
    setTimeout(() => setFocusMessage(true), 50);
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

  const agreementFirst = view.status === 'agreement';
  const agreement = <AgreementCard view={view} onSign={sign} />;
  return (
    <View className="page">
      <View className="lang" onClick={toggleLanguage}>
        {t('language')}
      </View>
      <StatusCard view={view} />
      <FollowUpCard view={view} onResolved={resolved} onUnresolved={unresolved} />
      <LimitationNotice view={view} />
      {/* At arbitration the institution has the case: its card says who, where and how to call. */}
      <ArbitrationCard view={view} />
      <OfferCard view={view} onAccept={() => void acceptOffer()} onDecline={declineOffer} />
      {/* While the agreement is the stage it leads; afterwards (default, payment order, …) what to do now comes first. */}
      {agreementFirst && agreement}
      <ConfirmationCard view={view} onRequest={(r) => void requestConfirmation(r)} />
      <PaymentOrderCard view={view} />
      <SessionsCard sessions={view.sessions} />
      <OutletConsentCard view={view} onConsent={consentOutlet} />
      {/* The rest of what the worker can do now; signing, the offer, confirmation and legal aid have their cards. */}
      <CaseActions offered={listed(view.actions)} onAct={act} />
      {!agreementFirst && agreement}
      <LawyerCard view={view} onMessage={messageLawyer} />
      {!view.arbitration && <HandlerCard view={view} />}
      {/* At arbitration only its own periods count: the mediation window and the like are over. */}
      <DeadlinesCard deadlines={view.arbitration ? runningDeadlines(view) : view.deadlines} />
      <LegalAidCard view={view} onRequest={requestLegalAid} />
      <StageLawCard status={view.status} />
      <ClaimCard view={view} />
      <TimelineCard events={view.events} />
      <EvidenceCard view={view} onUploaded={() => void load()} />
      <MessagesCard id={id} thread={thread} onThread={setThread} withLawyer={!!view.lawyer} focus={focusMessage} />
      <WayHome />
    </View>
  );
}
