import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import {
  CITY_AREAS,
  EVIDENCE_CATEGORY,
  SENSITIVE_CONSENT,
  SENSITIVE_EVIDENCE,
  CLAIM_TYPE,
  INDUSTRY,
  OUTLET_SHARING_CONSENT,
  WORK_MODE,
  type ClaimType,
  type EvidenceCategory,
  type FilingReceipt,
  type Industry,
  type Label,
  type StationCard as Card,
  type RouteDecision,
} from '@gig/shared';
import { ApiError, call, goSignIn, retryable, session, showError, uploadFile } from '../../api';
import { askForUpdates, pickPhotos } from '../../platform';
import { DateField } from '../../platform/DateField';
import { intakeStations } from '../../stations';
import { today } from '../../format';
import { clearDraft, loadDraft, newDraft, saveDraft, submission, type Draft, type EvidenceDraft } from '../../draft';
import { STEP_FIELDS, claimProblems, problemOfRule, type Problem } from '../../validation';
import { l, t, toggleLanguage, useLocale, type WordKey } from '../../i18n';
import { EvidenceList } from '../../components/claim/EvidenceList';
import { Receipt } from '../../components/claim/Receipt';
import { Review } from '../../components/claim/Review';
import { StationStep } from '../../components/claim/StationStep';
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
      goSignIn('/pages/claim/index');
      return;
    }
    // A session that can no longer be refreshed goes to sign-in now, not after the last step
    // (the client does that, and brings the worker back here; the draft stays on the phone).
    call('auth.me', {}).catch(() => undefined);
    if (!receipt) setDraft((d) => d ?? loadDraft() ?? saveDraft(newDraft(null)));
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
      setSuggestion(
        await call('public.route', {
          body: {
            industry: body.industry,
            workMode: body.workMode,
            areaCode: body.areaCode,
            scannedStationCode: body.stationCode ?? null,
            preferredChannel: body.preferredChannel ?? null,
            mediationType: body.mediationType ?? null,
          },
        }),
      );
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
  const addPhotos = async () => {
    // Sensitive personal information (PIPL art 28-29) is uploaded only with the worker's separate consent.
    let consent: string | undefined;
    if (SENSITIVE_EVIDENCE.includes(category)) {
      const ok = await Taro.showModal({
        title: t('sensitiveTitle'),
        content: l(SENSITIVE_CONSENT.text),
        confirmText: t('agreeUpload'),
        cancelText: t('dontUpload'),
      });
      if (!ok.confirm) return;
      consent = SENSITIVE_CONSENT.version;
    }
    const files: EvidenceDraft[] = (await pickPhotos()).map((f) => ({
      localPath: f.path,
      name: f.name,
      category,
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

  const chips = <K extends string>(
    values: readonly K[],
    labels: Record<K, Label>,
    value: K,
    onPick: (v: K) => void,
    testid: string,
  ) => (
    <View className="chips">
      {values.map((v) => (
        <View
          key={v}
          className={`chip${v === value ? ' chip-on' : ''}`}
          onClick={() => onPick(v)}
          data-testid={`${testid}-${v}`}
        >
          {l(labels[v])}
        </View>
      ))}
    </View>
  );

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

      {step === 1 && (
        <View>
          <View className="label">{t('name')}</View>
          <Input
            className={cls('/claimant/name')}
            value={body.claimant.name}
            onInput={(e) => set({ claimant: { ...body.claimant, name: e.detail.value } })}
            data-testid="name"
          />
          {err('/claimant/name')}
          <View className="label">{t('idNumber')}</View>
          <Input
            className={cls('/claimant/idNumber')}
            type="idcard"
            maxlength={18}
            value={body.claimant.idNumber}
            onInput={(e) => set({ claimant: { ...body.claimant, idNumber: e.detail.value.toUpperCase() } })}
            data-testid="id-number"
          />
          {err('/claimant/idNumber')}
          <View className="label">{t('mobile')}</View>
          <Input
            className={cls('/claimant/phone')}
            type="number"
            maxlength={11}
            value={body.claimant.phone}
            onInput={(e) => set({ claimant: { ...body.claimant, phone: e.detail.value } })}
            data-testid="claim-phone"
          />
          {err('/claimant/phone')}
        </View>
      )}

      {step === 2 && (
        <View>
          <View className="label">{t('industry')}</View>
          {chips(INDUSTRY.values, INDUSTRY.labels, body.industry, (v: Industry) => set({ industry: v }), 'industry')}
          <View className="label">{t('workMode')}</View>
          {chips(WORK_MODE.values, WORK_MODE.labels, body.workMode, (v) => set({ workMode: v }), 'work-mode')}
          <View className="label">{t('area')}</View>
          <View className="chips">
            {CITY_AREAS.map((a) => (
              <View
                key={a.code}
                className={`chip${body.areaCode === a.code ? ' chip-on' : ''}`}
                onClick={() => set({ areaCode: a.code })}
                data-testid={`area-${a.code}`}
              >
                {l(a.label)}
              </View>
            ))}
          </View>
          <View className="hint">{t('areaHint')}</View>
          <Input
            className={cls('/areaCode')}
            type="number"
            maxlength={6}
            value={body.areaCode}
            onInput={(e) => set({ areaCode: e.detail.value })}
            data-testid="area"
          />
          {err('/areaCode')}
          <View className="label">{t('respondent')}</View>
          <Input
            className={cls('/respondent/name')}
            value={body.respondent.name}
            onInput={(e) => set({ respondent: { ...body.respondent, name: e.detail.value } })}
            data-testid="respondent"
          />
          <View className="hint">{t('respondentHint')}</View>
          {err('/respondent/name')}
          <View className="label">{t('partner')}</View>
          <Input
            className="input"
            value={body.respondent.partnerName ?? ''}
            onInput={(e) => set({ respondent: { ...body.respondent, partnerName: e.detail.value } })}
          />
          <View className="label">{t('outlet')}</View>
          <Input
            className="input"
            value={body.respondent.outletName ?? ''}
            onInput={(e) => set({ respondent: { ...body.respondent, outletName: e.detail.value } })}
          />
          <View
            className={`chip consent${body.outletConsent ? ' chip-on' : ''}`}
            onClick={() => set({ outletConsent: body.outletConsent ? undefined : OUTLET_SHARING_CONSENT.version })}
            data-testid="outlet-consent"
          >
            <View style={{ fontWeight: 600 }}>
              {body.outletConsent ? '☑ ' : '☐ '}
              {t('outletConsent')}
            </View>
            <View className="hint">{l(OUTLET_SHARING_CONSENT.text)}</View>
          </View>
          <View className="label">{t('creditCode')}</View>
          <Input
            className={cls('/respondent/creditCode')}
            maxlength={18}
            value={body.respondent.creditCode ?? ''}
            onInput={(e) => set({ respondent: { ...body.respondent, creditCode: e.detail.value.toUpperCase() } })}
          />
          {err('/respondent/creditCode')}
        </View>
      )}

      {step === 3 && (
        <View>
          {body.items.map((item, n) => (
            <View key={n} className="card">
              <View className="label">{t('claimType')}</View>
              {chips(
                CLAIM_TYPE.values,
                CLAIM_TYPE.labels,
                item.type,
                (v: ClaimType) => set({ items: body.items.map((x, i) => (i === n ? { ...x, type: v } : x)) }),
                `claim-type-${n}`,
              )}
              <View className="label">{t('amount')}</View>
              <Input
                className={cls(`/items/${n}/amountYuan`)}
                type="digit"
                value={item.amountYuan}
                placeholder={t('amountHint')}
                onInput={(e) =>
                  set({ items: body.items.map((x, i) => (i === n ? { ...x, amountYuan: e.detail.value } : x)) })
                }
                data-testid={`amount-${n}`}
              />
              {err(`/items/${n}/amountYuan`)}
              {body.items.length > 1 && (
                <View
                  className="muted"
                  style={{ marginTop: '8px', color: '#cb2634' }}
                  onClick={() => set({ items: body.items.filter((_x, i) => i !== n) })}
                >
                  {t('remove')}
                </View>
              )}
            </View>
          ))}
          <Button
            className="btn btn-ghost"
            onClick={() => set({ items: [...body.items, { type: 'unpaid_wages', amountYuan: '' }] })}
          >
            {t('addItem')}
          </Button>
        </View>
      )}

      {step === 4 && (
        <View>
          <View className="label">{t('incidentDate')}</View>
          <DateField
            className={cls('/incidentDate')}
            value={body.incidentDate}
            max={today()}
            placeholder={t('datePlaceholder')}
            onChange={(v) => set({ incidentDate: v })}
            testid="incident-date"
          />
          {err('/incidentDate')}
          <View className="label">{t('description')}</View>
          <Textarea
            className={`${cls('/description')} textarea`}
            value={body.description}
            maxlength={5000}
            placeholder={t('descriptionHint')}
            onInput={(e) => set({ description: e.detail.value })}
            data-testid="description"
          />
          {err('/description')}
          <View className="label">{t('evidence')}</View>
          <EvidenceList items={draft.evidence} onRetry={(e) => void sendFile(e)} onRemove={removeFile} />
          <View className="hint">{t('evidenceWhat')}</View>
          <View className="chips" style={{ margin: '6px 0' }}>
            {EVIDENCE_CATEGORY.values
              .filter((c) => c !== 'signature' && c !== 'audio')
              .map((c) => (
                <View
                  key={c}
                  className={`chip chip-small${category === c ? ' chip-on' : ''}`}
                  onClick={() => setCategory(c)}
                  data-testid={`evidence-category-${c}`}
                >
                  {l(EVIDENCE_CATEGORY.labels[c])}
                </View>
              ))}
          </View>
          <Button className="btn btn-ghost" onClick={addPhotos} data-testid="add-photos">
            {t('addPhotos')}
          </Button>
          <View
            className={`chip${body.legalAid ? ' chip-on' : ''}`}
            onClick={() => set({ legalAid: !body.legalAid })}
            data-testid="legal-aid"
          >
            {body.legalAid ? '☑ ' : '☐ '}
            {t('legalAid')}
          </View>
        </View>
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
