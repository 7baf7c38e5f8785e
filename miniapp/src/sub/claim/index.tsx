import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import {
  type ClaimCreateBody,
  type EvidenceCategory,
  type FilingReceipt,
  type StationCard as Card,
  type WorkerProfile,
} from '@gig/shared';
import { ApiError, call, goSignIn, session, verifiedPhone } from '../../api';
import { showError } from '../../api/show-error';
import { askForUpdates, scrollToSelector } from '../../platform';
import type { PickedFile } from '../../components/claim/AddEvidence';
import { claimEvidence } from './evidence';
import { intakeStations } from '../../stations';
import { clearDraft, loadDraft, newDraft, saveDraft, submission, withStation, type Draft } from '../../draft';
import { tw } from '../../claim-words';
import { profileFromClaim, profileIncomplete, withProfile } from '../../profile';
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

/** A claim with no mobile number yet takes the one the worker verified at sign-in (still editable). */
function withPhone(d: Draft): Draft {
  const phone = verifiedPhone();
  if (d.body.claimant.phone || !phone) return d;
  return saveDraft({ ...d, body: { ...d.body, claimant: { ...d.body.claimant, phone } } });
}

/** The "still uploading" notice is on screen. */
let waitShown = false;

const STEPS: WordKey[] = ['stepStation', 'stepYou', 'stepWork', 'stepClaim', 'stepStory', 'stepReview'];
/** The claim, one short step at a time; saved on the phone after every change. */
export default function Claim() {
  useLocale('claimTitle');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [shown, setShown] = useState<Record<string, string>>({});
  const [receipt, setReceipt] = useState<FilingReceipt | null>(null);
  const [profile, setProfile] = useState<WorkerProfile | null>(null);
  const [filed, setFiled] = useState<ClaimCreateBody | null>(null);
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

  const update = (change: (d: Draft) => Draft) => setDraft((d) => (d ? saveDraft(change(d)) : d));
  const files = claimEvidence(update);
  const resumed = useRef(false);
  useDidShow(() => {
    if (!session()) {
      goSignIn('/sub/claim/index');
      return;
    }
    // A session that can no longer be refreshed goes to sign-in now, not after the last step
    // (the client does that, and brings the worker back here; the draft stays on the phone).
    call('auth.me', {}).catch(() => undefined);
    // From the phone's copy: the calculator page may have added items while this page was hidden.
    if (!receipt) setDraft((d) => withPhone(loadDraft() ?? d ?? saveDraft(newDraft(null, {}, verifiedPhone()))));
    // Uploads a closed page or a restart cut off: sent again, or named to pick again.
    const saved = loadDraft();
    if (!resumed.current && saved && !receipt) void files.resume(saved);
    resumed.current = true;
    // The worker's details fill what is still empty (never what was typed).
    call('me.profile', { optional: true }).then(
      (p) => {
        setProfile(p);
        setDraft((d) => (d ? saveDraft(withProfile(d, p)) : d));
      },
      () => setProfile(null),
    );
  });
  const stationCode = draft?.body.stationCode;
  useEffect(() => {
    if (!stationCode) return setStation(null);
    call('public.station', { params: { code: stationCode } }).then(setStation, () => setStation(null));
  }, [stationCode]);
  if (receipt)
    return (
      <Receipt
        r={receipt}
        onKeepDetails={
          filed && profileIncomplete(profile)
            ? () => call('me.profileUpdate', { body: profileFromClaim(filed) })
            : undefined
        }
      />
    );
  if (!draft) return <View className="page" />;

  const body = draft.body;
  const set = (patch: Partial<Draft['body']>) => update((d) => ({ ...d, body: { ...d.body, ...patch } }));
  const words = (problem: string | undefined) =>
    problem ? l(PROBLEM_WORDS[problem as Problem] ?? PROBLEM_WORDS.invalid) : '';
  const err = (path: string) => (shown[path] ? <View className="error">{words(shown[path])}</View> : null);
  const cls = (path: string) => `input${shown[path] ? ' input-error' : ''}`;

  /** To another step, shown from its title (not at the last step's scroll). */
  const toStep = (step: number) => {
    update((d) => ({ ...d, step }));
    // "Still uploading" no longer applies (hidden only when shown: WeChat refuses to hide none).
    if (waitShown) void Promise.resolve(Taro.hideToast()).catch(() => undefined);
    waitShown = false;
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  };
  const go = async (step: number) => {
    if (step > draft.step) {
      const problems = claimProblems(body, draft.step);
      setShown(problems);
      if (Object.keys(problems).length) return;
      if (draft.evidence.some((e) => e.status === 'uploading' || e.status === 'waiting')) {
        // Says why it waits, and shows the photo still going up.
        void Taro.showToast({ title: tw('waitUpload'), icon: 'none', duration: 2500 });
        waitShown = true;
        scrollToSelector('#uploading');
        return;
      }
    }
    setShown({});
    toStep(step);
  };

  const { sendFile, removeFile, addFiles } = files;
  const addPhotos = (picked: EvidenceCategory = category, given?: PickedFile[], consent?: string | null) =>
    addFiles(picked, given, consent);

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
      toStep(step);
      return;
    }
    setBusy(true);
    try {
      // The key made with the draft: a retry after a timeout returns the same case.
      const r = await call('cases.file', {
        body: submission(draft),
        headers: { 'idempotency-key': draft.idempotencyKey },
      });
      setFiled(submission(draft));
      clearDraft();
      setReceipt(r);
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
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
          onChoose={(code) => {
            const to = choices?.find((c) => c.code === code) ?? null;
            update((d) => ({ ...d, body: withStation(d.body, station, to) }));
            setChoices(null);
          }}
        />
      )}

      {step === 1 && <YouStep body={body} set={set} err={err} cls={cls} />}

      {step === 2 && <WorkStep body={body} set={set} err={err} cls={cls} scanned={station} />}

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

      {step === 5 && <Review body={body} evidence={draft.evidence} scanned={station} busy={busy} onSubmit={submit} />}

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
