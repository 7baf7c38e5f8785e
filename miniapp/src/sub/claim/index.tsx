import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import {
  routableOf,
  type EvidenceCategory,
  type FilingReceipt,
  type StationCard as Card,
  type RouteDecision,
} from '@gig/shared';
import { ApiError, call, goSignIn, retryable, session } from '../../api';
import { showError } from '../../api/show-error';
import { uploadFile } from '../../api/upload';
import { askSensitiveConsent } from '../../sensitive-consent';
import { askForUpdates } from '../../platform';
import { pickPhotos } from '../../platform/files';
import { intakeStations } from '../../stations';
import { clearDraft, loadDraft, newDraft, saveDraft, submission, type Draft, type EvidenceDraft } from '../../draft';
import { STEP_FIELDS, claimProblems, problemOfRule, type Problem } from '../../validation';
import { l, t, toggleLanguage, useLocale, type WordKey } from '../../i18n';
import { ItemsStep } from '../../components/claim/ItemsStep';
import { Receipt } from '../../components/claim/Receipt';
import { Review } from '../../components/claim/Review';
import { StationStep } from '../../components/claim/StationStep';
import { StoryStep } from '../../components/claim/StoryStep';
import { WorkStep } from '../../components/claim/WorkStep';
import { YouStep } from '../../components/claim/YouStep';
import { PROBLEM_WORDS } from '../../components/claim/words';

declare const WECHAT_TEMPLATE_ID: string;

const STEPS: WordKey[] = ['stepStation', 'stepYou', 'stepWork', 'stepClaim', 'stepStory', 'stepReview'];
/** The claim, one short step at a time; saved on the phone after every change. */
export default function Claim() {
  useLocale('claimTitle');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [shown, setShown] = useState<Record<string, string>>({});
  const [suggestion, setSuggestion] = useState<RouteDecision | null>(null);
  const [receipt, setReceipt] = useState<FilingReceipt | null>(null);
  const [busy, setBusy] = useState(false);
  const [station, setStation] = useState<Card | null>(null);
  const [category, setCategory] = useState<EvidenceCategory>('pay_record');
  const [choices, setChoices] = useState<Card[] | null>(null);
  const pickStation = async () => {
    if (choices) return setChoices(null);
    try {
      setChoices(await intakeStations());
    } catch (err) {
      showError(err);
    }
  };

  useDidShow(() => {
    if (!session()) {
      goSignIn('/sub/claim/index');
      return;
    }
    // A session that can no longer be refreshed goes to sign-in now, not after the last step
    // (the client does that, and brings the worker back here; the draft stays on the phone).
    call('auth.me', {}).catch(() => undefined);
    // From the phone's copy: the calculator page may have added items while this page was hidden.
    if (!receipt) setDraft((d) => loadDraft() ?? d ?? saveDraft(newDraft(null)));
  });
  const stationCode = draft?.body.stationCode;
  useEffect(() => {
    if (!stationCode) return setStation(null);
    call('public.station', { params: { code: stationCode } }).then(setStation, () => setStation(null));
  }, [stationCode]);
  if (receipt) return <Receipt r={receipt} />;
  if (!draft) return <View className="page" />;

  const body = draft.body;
  const update = (change: (d: Draft) => Draft) => setDraft((d) => (d ? saveDraft(change(d)) : d));
  const set = (patch: Partial<Draft['body']>) => update((d) => ({ ...d, body: { ...d.body, ...patch } }));
  const words = (problem: string | undefined) =>
    problem ? l(PROBLEM_WORDS[problem as Problem] ?? PROBLEM_WORDS.invalid) : '';
  const err = (path: string) => (shown[path] ? <View className="error">{words(shown[path])}</View> : null);
  const cls = (path: string) => `input${shown[path] ? ' input-error' : ''}`;

  const go = async (step: number) => {
    if (step > draft.step) {
      const problems = claimProblems(body, draft.step);
      setShown(problems);
      if (Object.keys(problems).length) return;
      if (draft.evidence.some((e) => e.status === 'uploading')) return;
    }
    setShown({});
    update((d) => ({ ...d, step }));
    if (step === 1 || step === 5) void routePreview();
  };
  const routePreview = async () => {
    try {
      setSuggestion(await call('public.route', { body: routableOf(body) }));
    } catch {
      setSuggestion(null);
    }
  };

  const sendFile = async (e: EvidenceDraft) => {
    const mark = (patch: Partial<EvidenceDraft>) =>
      update((d) => ({
        ...d,
        evidence: d.evidence.map((x) => (x.localPath === e.localPath ? { ...x, ...patch } : x)),
      }));
    mark({ status: 'uploading', progress: 0, error: undefined });
    try {
      const fields: Record<string, string> = {
        category: e.category ?? 'other',
        ...(e.consent ? { consent: e.consent } : {}),
      };
      const v = await uploadFile('evidence.upload', undefined, { path: e.localPath, name: e.name }, fields, (p) =>
        mark({ progress: p }),
      );
      // The same bytes twice are one piece of evidence: the server answers with the file it has.
      if (loadDraft()?.evidence.some((x) => x.id === v.id && x.localPath !== e.localPath)) {
        removeFile(e);
        void Taro.showToast({ title: t('alreadyAdded'), icon: 'none' });
        return;
      }
      mark({ status: 'done', progress: 100, id: v.id, sha256: v.sha256 });
    } catch (err) {
      mark({ status: 'failed', error: err instanceof ApiError ? err.message : undefined, retryable: retryable(err) });
    }
  };
  const removeFile = (e: EvidenceDraft) =>
    update((d) => ({ ...d, evidence: d.evidence.filter((x) => x.localPath !== e.localPath) }));
  /** Photos filed under `picked` (a checklist item tapped) or the category chosen below the list. */
  const addPhotos = async (picked: EvidenceCategory = category) => {
    const asked = await askSensitiveConsent(picked);
    if (asked === false) return;
    const consent = asked ?? undefined;
    const files: EvidenceDraft[] = (await pickPhotos()).map((f) => ({
      localPath: f.path,
      name: f.name,
      category: picked,
      consent,
      status: 'waiting',
      progress: 0,
    }));
    if (!files.length) return;
    update((d) => ({ ...d, evidence: [...d.evidence, ...files] }));
    for (const f of files) await sendFile(f);
  };

  const submit = async () => {
    const problems = claimProblems(submission(draft));
    if (Object.keys(problems).length) {
      setShown(problems);
      const first = Object.keys(problems)[0]!;
      const step = Number(
        Object.entries(STEP_FIELDS).find(([, prefixes]) =>
          prefixes.some((p) => first === p || first.startsWith(`${p}/`)),
        )?.[0] ?? 0,
      );
      update((d) => ({ ...d, step }));
      return;
    }
    setBusy(true);
    try {
      // The key made with the draft: a retry after a timeout returns the same case.
      const r = await call('cases.file', {
        body: submission(draft),
        headers: { 'idempotency-key': draft.idempotencyKey },
      });
      clearDraft();
      setReceipt(r);
      void askForUpdates(WECHAT_TEMPLATE_ID);
    } catch (e) {
      const ae = e as ApiError;
      if (ae.fields?.length)
        setShown(Object.fromEntries(ae.fields.map((f) => [f.path.replace(/^\/body/, ''), problemOfRule(f.rule)])));
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  const step = draft.step;
  return (
    <View className="page">
      <Text className="lang" onClick={toggleLanguage}>
        {t('language')}
      </Text>
      <View className="steps" style={{ marginTop: '36px' }}>
        {STEPS.map((s, i) => (
          <View key={s} className={`step${i <= step ? ' step-on' : ''}`} />
        ))}
      </View>
      <View className="title" data-testid="step-title">
        {t(STEPS[step]!)}
      </View>
      <View className="muted" style={{ marginBottom: '8px' }}>
        {t('draftSaved')}
      </View>

      {step === 0 && (
        <StationStep
          station={station}
          body={body}
          set={set}
          choices={choices}
          onPickStation={pickStation}
          onChoose={(code) => (set({ stationCode: code }), setChoices(null))}
        />
      )}

      {step === 1 && <YouStep body={body} set={set} err={err} cls={cls} />}

      {step === 2 && <WorkStep body={body} set={set} err={err} cls={cls} />}

      {step === 3 && <ItemsStep body={body} set={set} err={err} cls={cls} />}

      {step === 4 && (
        <StoryStep
          body={body}
          set={set}
          err={err}
          cls={cls}
          evidence={draft.evidence}
          category={category}
          onCategory={setCategory}
          onAddPhotos={addPhotos}
          onRetry={(e) => void sendFile(e)}
          onRemove={removeFile}
        />
      )}

      {step === 5 && (
        <Review body={body} evidence={draft.evidence} suggestion={suggestion} busy={busy} onSubmit={submit} />
      )}

      <View style={{ display: 'flex', gap: '12px' }}>
        {step > 0 && (
          <Button className="btn btn-ghost" onClick={() => go(step - 1)} data-testid="back">
            {t('back')}
          </Button>
        )}
        {step < 5 && (
          <Button className="btn btn-primary" onClick={() => go(step + 1)} data-testid="next">
            {t('next')}
          </Button>
        )}
      </View>
    </View>
  );
}
