import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import {
  CASE_STATUS_LABELS,
  CITY_AREAS,
  EVIDENCE_CATEGORY,
  SENSITIVE_CONSENT,
  SENSITIVE_EVIDENCE,
  CLAIM_TYPE,
  DEADLINE_KIND_LABELS,
  INDUSTRY,
  MEDIATION_TYPE,
  OUTLET_SHARING_CONSENT,
  WORK_MODE,
  type ClaimType,
  type DeadlineKind,
  type EvidenceCategory,
  type EvidenceView,
  type FilingReceipt,
  type Industry,
  type Label,
  type MediationType,
  type StationCard as Card,
  type RouteDecision,
} from '@gig/shared';
import { ApiError, goSignIn, request, retryable, session, showError, uploadFile } from '../../api';
import { askForUpdates, pickPhotos } from '../../platform';
import { DateField } from '../../platform/DateField';
import { StationCard } from '../../components/StationCard';
import { StationRow } from '../../components/StationRow';
import { intakeStations } from '../../stations';
import { today } from '../../format';
import { clearDraft, loadDraft, newDraft, saveDraft, submission, type Draft, type EvidenceDraft } from '../../draft';
import { STEP_FIELDS, claimProblems, problemOfRule, type Problem } from '../../validation';
import { l, t, toggleLanguage, useLocale, type WordKey } from '../../i18n';

declare const WECHAT_TEMPLATE_ID: string;

const STEPS: WordKey[] = ['stepStation', 'stepYou', 'stepWork', 'stepClaim', 'stepStory', 'stepReview'];
const PROBLEM_WORDS: Record<Problem, Label> = {
  required: { 'zh-CN': '请填写这一项', en: 'Please fill this in' },
  too_short: { 'zh-CN': '太短了，请多写一点', en: 'Too short; please write a little more' },
  too_long: { 'zh-CN': '太长了，请简短一些', en: 'Too long; please shorten it' },
  format: { 'zh-CN': '格式不对', en: 'Not in the right form' },
  checksum: { 'zh-CN': '号码有误，请核对', en: 'This number does not check out' },
  birth_date: { 'zh-CN': '出生日期不对', en: 'The birth date is wrong' },
  amount: { 'zh-CN': '请填大于0的金额，最多两位小数', en: 'An amount above 0, at most 2 decimals' },
  total: { 'zh-CN': '合计金额超过2000万元，请核对', en: 'The total is above 20 million yuan; please check' },
  after_from: { 'zh-CN': '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
  after_incident: { 'zh-CN': '知道的日期不能早于发生的日期', en: 'Cannot have learned of it before it happened' },
  not_future: { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be after today' },
  unknown: { 'zh-CN': '这一项无法识别，请删掉重填', en: 'This was not recognised; clear it and fill it in again' },
  invalid: { 'zh-CN': '这一项不对，请检查', en: 'This is not right; please check it' },
};

/** What each kind of mediation at a government centre is, in one line. */
const MEDIATION_TYPE_HELP: Record<MediationType, Label> = {
  union: { 'zh-CN': '由工会的调解员帮您和单位谈，适合有工会的单位。', en: 'A union mediator helps you talk with the company; good where there is a union.' },
  people: { 'zh-CN': '由街道、社区的人民调解员调解，离家近，也能调家政等纠纷。', en: 'A neighbourhood people’s mediator; close to home, also for household work.' },
  pre_arbitration: { 'zh-CN': '由仲裁院的调解员调解，谈不成可直接转仲裁。', en: 'A mediator of the arbitration body; if it fails it goes straight to arbitration.' },
};

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
    // (request() does that, and brings the worker back here; the draft stays on the phone).
    request('GET', '/api/auth/me').catch(() => undefined);
    if (!receipt) setDraft((d) => d ?? loadDraft() ?? saveDraft(newDraft(null)));
  });
  const stationCode = draft?.body.stationCode;
  useEffect(() => {
    if (!stationCode) return setStation(null);
    request<Card>('GET', `/api/public/stations/${encodeURIComponent(stationCode)}`).then(setStation, () => setStation(null));
  }, [stationCode]);
  if (receipt) return <Receipt r={receipt} />;
  if (!draft) return <View className="page" />;

  const body = draft.body;
  const update = (change: (d: Draft) => Draft) => setDraft((d) => (d ? saveDraft(change(d)) : d));
  const set = (patch: Partial<Draft['body']>) => update((d) => ({ ...d, body: { ...d.body, ...patch } }));
  const words = (problem: string | undefined) => (problem ? l(PROBLEM_WORDS[problem as Problem] ?? PROBLEM_WORDS.invalid) : '');
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
        await request<RouteDecision>('POST', '/api/public/route', {
          data: { industry: body.industry, workMode: body.workMode, areaCode: body.areaCode, scannedStationCode: body.stationCode ?? null, preferredChannel: body.preferredChannel ?? null, mediationType: body.mediationType ?? null },
        }),
      );
    } catch {
      setSuggestion(null);
    }
  };

  const sendFile = async (e: EvidenceDraft) => {
    const mark = (patch: Partial<EvidenceDraft>) => update((d) => ({ ...d, evidence: d.evidence.map((x) => (x.localPath === e.localPath ? { ...x, ...patch } : x)) }));
    mark({ status: 'uploading', progress: 0, error: undefined });
    try {
      const fields: Record<string, string> = { category: e.category ?? 'other', ...(e.consent ? { consent: e.consent } : {}) };
      const v = await uploadFile<EvidenceView>('/api/evidence', { path: e.localPath, name: e.name }, fields, (p) => mark({ progress: p }));
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
  const removeFile = (e: EvidenceDraft) => update((d) => ({ ...d, evidence: d.evidence.filter((x) => x.localPath !== e.localPath) }));
  const addPhotos = async () => {
    // Sensitive personal information (PIPL art 28-29) is uploaded only with the worker's separate consent.
    let consent: string | undefined;
    if (SENSITIVE_EVIDENCE.includes(category)) {
      const ok = await Taro.showModal({ title: t('sensitiveTitle'), content: l(SENSITIVE_CONSENT.text), confirmText: t('agreeUpload'), cancelText: t('dontUpload') });
      if (!ok.confirm) return;
      consent = SENSITIVE_CONSENT.version;
    }
    const files: EvidenceDraft[] = (await pickPhotos()).map((f) => ({ localPath: f.path, name: f.name, category, consent, status: 'waiting', progress: 0 }));
    if (!files.length) return;
    update((d) => ({ ...d, evidence: [...d.evidence, ...files] }));
    for (const f of files) await sendFile(f);
  };

  const submit = async () => {
    const problems = claimProblems(submission(draft));
    if (Object.keys(problems).length) {
      setShown(problems);
      const first = Object.keys(problems)[0]!;
      const step = Number(Object.entries(STEP_FIELDS).find(([, prefixes]) => prefixes.some((p) => first === p || first.startsWith(`${p}/`)))?.[0] ?? 0);
      update((d) => ({ ...d, step }));
      return;
    }
    setBusy(true);
    try {
      // The key made with the draft: a retry after a timeout returns the same case.
      const r = await request<FilingReceipt>('POST', '/api/cases', { data: submission(draft), header: { 'idempotency-key': draft.idempotencyKey } });
      clearDraft();
      setReceipt(r);
      void askForUpdates(WECHAT_TEMPLATE_ID);
    } catch (e) {
      const ae = e as ApiError;
      if (ae.fields?.length) setShown(Object.fromEntries(ae.fields.map((f) => [f.path.replace(/^\/body/, ''), problemOfRule(f.rule)])));
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  const chips = <K extends string>(values: readonly K[], labels: Record<K, Label>, value: K, onPick: (v: K) => void, testid: string) => (
    <View className="chips">
      {values.map((v) => (
        <View key={v} className={`chip${v === value ? ' chip-on' : ''}`} onClick={() => onPick(v)} data-testid={`${testid}-${v}`}>
          {l(labels[v])}
        </View>
      ))}
    </View>
  );

  const step = draft.step;
  return (
    <View className="page">
      <Text className="lang" onClick={toggleLanguage}>{t('language')}</Text>
      <View className="steps" style={{ marginTop: '36px' }}>
        {STEPS.map((s, i) => <View key={s} className={`step${i <= step ? ' step-on' : ''}`} />)}
      </View>
      <View className="title" data-testid="step-title">{t(STEPS[step]!)}</View>
      <View className="muted" style={{ marginBottom: '8px' }}>{t('draftSaved')}</View>

      {step === 0 && (
        <View>
          {station ? (
            <View data-testid="claim-station">
              <StationCard s={station} />
            </View>
          ) : (
            <View className="card muted" data-testid="claim-station">{t('noStationYet')}</View>
          )}
          <View className="label">{t('channel')}</View>
          <View className="chips chips-column">
            {([null, 'association', 'government'] as const).map((c) => (
              <View key={String(c)} className={`chip${(body.preferredChannel ?? null) === c ? ' chip-on' : ''}`} onClick={() => set({ preferredChannel: c, ...(c === 'government' ? {} : { mediationType: null }) })} data-testid={`channel-${c ?? 'any'}`}>
                {c === null ? t('channelAny') : c === 'association' ? t('channelAssoc') : t('channelGov')}
              </View>
            ))}
          </View>
          {body.preferredChannel === 'government' && (
            <View>
              <View className="label">{t('mediationType')}</View>
              <View className="chips chips-column">
                {MEDIATION_TYPE.values.map((m) => (
                  <View key={m} className={`chip${body.mediationType === m ? ' chip-on' : ''}`} onClick={() => set({ mediationType: m })} data-testid={`mediation-type-${m}`}>
                    <View style={{ fontWeight: 600 }}>{l(MEDIATION_TYPE.labels[m])}</View>
                    <View className="hint">{l(MEDIATION_TYPE_HELP[m])}</View>
                  </View>
                ))}
              </View>
            </View>
          )}
          <Button className="btn btn-ghost" onClick={pickStation} data-testid="change-station">{choices ? t('keepStation') : t('changeStation')}</Button>
          {choices && (
            <View data-testid="station-choices">
              <View className={`chip${!body.stationCode ? ' chip-on' : ''}`} style={{ marginBottom: '8px' }} onClick={() => (set({ stationCode: undefined }), setChoices(null))}>
                {t('stationAny')}
              </View>
              {choices.map((c) => (
                <StationRow key={c.code} s={c} selected={c.code === body.stationCode} onClick={() => (set({ stationCode: c.code }), setChoices(null))} testid={`choose-${c.code}`} />
              ))}
            </View>
          )}
        </View>
      )}

      {step === 1 && (
        <View>
          <View className="label">{t('name')}</View>
          <Input className={cls('/claimant/name')} value={body.claimant.name} onInput={(e) => set({ claimant: { ...body.claimant, name: e.detail.value } })} data-testid="name" />
          {err('/claimant/name')}
          <View className="label">{t('idNumber')}</View>
          <Input className={cls('/claimant/idNumber')} type="idcard" maxlength={18} value={body.claimant.idNumber} onInput={(e) => set({ claimant: { ...body.claimant, idNumber: e.detail.value.toUpperCase() } })} data-testid="id-number" />
          {err('/claimant/idNumber')}
          <View className="label">{t('mobile')}</View>
          <Input className={cls('/claimant/phone')} type="number" maxlength={11} value={body.claimant.phone} onInput={(e) => set({ claimant: { ...body.claimant, phone: e.detail.value } })} data-testid="claim-phone" />
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
              <View key={a.code} className={`chip${body.areaCode === a.code ? ' chip-on' : ''}`} onClick={() => set({ areaCode: a.code })} data-testid={`area-${a.code}`}>
                {l(a.label)}
              </View>
            ))}
          </View>
          <View className="hint">{t('areaHint')}</View>
          <Input className={cls('/areaCode')} type="number" maxlength={6} value={body.areaCode} onInput={(e) => set({ areaCode: e.detail.value })} data-testid="area" />
          {err('/areaCode')}
          <View className="label">{t('respondent')}</View>
          <Input className={cls('/respondent/name')} value={body.respondent.name} onInput={(e) => set({ respondent: { ...body.respondent, name: e.detail.value } })} data-testid="respondent" />
          <View className="hint">{t('respondentHint')}</View>
          {err('/respondent/name')}
          <View className="label">{t('partner')}</View>
          <Input className="input" value={body.respondent.partnerName ?? ''} onInput={(e) => set({ respondent: { ...body.respondent, partnerName: e.detail.value } })} />
          <View className="label">{t('outlet')}</View>
          <Input className="input" value={body.respondent.outletName ?? ''} onInput={(e) => set({ respondent: { ...body.respondent, outletName: e.detail.value } })} />
          <View className={`chip consent${body.outletConsent ? ' chip-on' : ''}`} onClick={() => set({ outletConsent: body.outletConsent ? undefined : OUTLET_SHARING_CONSENT.version })} data-testid="outlet-consent">
            <View style={{ fontWeight: 600 }}>{body.outletConsent ? '☑ ' : '☐ '}{t('outletConsent')}</View>
            <View className="hint">{l(OUTLET_SHARING_CONSENT.text)}</View>
          </View>
          <View className="label">{t('creditCode')}</View>
          <Input className={cls('/respondent/creditCode')} maxlength={18} value={body.respondent.creditCode ?? ''} onInput={(e) => set({ respondent: { ...body.respondent, creditCode: e.detail.value.toUpperCase() } })} />
          {err('/respondent/creditCode')}
        </View>
      )}

      {step === 3 && (
        <View>
          {body.items.map((item, n) => (
            <View key={n} className="card">
              <View className="label">{t('claimType')}</View>
              {chips(CLAIM_TYPE.values, CLAIM_TYPE.labels, item.type, (v: ClaimType) => set({ items: body.items.map((x, i) => (i === n ? { ...x, type: v } : x)) }), `claim-type-${n}`)}
              <View className="label">{t('amount')}</View>
              <Input className={cls(`/items/${n}/amountYuan`)} type="digit" value={item.amountYuan} placeholder={t('amountHint')} onInput={(e) => set({ items: body.items.map((x, i) => (i === n ? { ...x, amountYuan: e.detail.value } : x)) })} data-testid={`amount-${n}`} />
              {err(`/items/${n}/amountYuan`)}
              {body.items.length > 1 && (
                <View className="muted" style={{ marginTop: '8px', color: '#cb2634' }} onClick={() => set({ items: body.items.filter((_x, i) => i !== n) })}>
                  {t('remove')}
                </View>
              )}
            </View>
          ))}
          <Button className="btn btn-ghost" onClick={() => set({ items: [...body.items, { type: 'unpaid_wages', amountYuan: '' }] })}>{t('addItem')}</Button>
        </View>
      )}

      {step === 4 && (
        <View>
          <View className="label">{t('incidentDate')}</View>
          <DateField className={cls('/incidentDate')} value={body.incidentDate} max={today()} placeholder={t('datePlaceholder')} onChange={(v) => set({ incidentDate: v })} testid="incident-date" />
          {err('/incidentDate')}
          <View className="label">{t('description')}</View>
          <Textarea className={`${cls('/description')} textarea`} value={body.description} maxlength={5000} placeholder={t('descriptionHint')} onInput={(e) => set({ description: e.detail.value })} data-testid="description" />
          {err('/description')}
          <View className="label">{t('evidence')}</View>
          {draft.evidence.map((e) => (
            <View key={e.localPath} className="card" data-testid="evidence-item" onClick={() => e.status === 'failed' && e.retryable !== false && void sendFile(e)}>
              <View className="row">
                <View className="ellipsis">{l(EVIDENCE_CATEGORY.labels[e.category ?? 'other'])} · {e.name}</View>
                {e.status !== 'uploading' && (
                  <Text className="link-danger" onClick={(ev) => (ev.stopPropagation(), removeFile(e))}>{t('remove')}</Text>
                )}
              </View>
              <View className={e.status === 'failed' ? 'error' : 'muted'}>
                {e.status === 'done'
                  ? `${t('uploaded')} · SHA-256 ${e.sha256?.slice(0, 12)}…`
                  : e.status === 'failed'
                    ? e.retryable === false
                      ? (e.error ?? t('uploadFailed'))
                      : t('uploadFailed')
                    : `${t('uploading')} ${e.progress}%`}
              </View>
              {e.status === 'uploading' && (
                <View className="progress">
                  <View className="progress-bar" style={{ width: `${e.progress}%` }} />
                </View>
              )}
            </View>
          ))}
          <View className="hint">{t('evidenceWhat')}</View>
          <View className="chips" style={{ margin: '6px 0' }}>
            {EVIDENCE_CATEGORY.values
              .filter((c) => c !== 'signature' && c !== 'audio')
              .map((c) => (
                <View key={c} className={`chip chip-small${category === c ? ' chip-on' : ''}`} onClick={() => setCategory(c)} data-testid={`evidence-category-${c}`}>
                  {l(EVIDENCE_CATEGORY.labels[c])}
                </View>
              ))}
          </View>
          <Button className="btn btn-ghost" onClick={addPhotos} data-testid="add-photos">{t('addPhotos')}</Button>
          <View className={`chip${body.legalAid ? ' chip-on' : ''}`} onClick={() => set({ legalAid: !body.legalAid })} data-testid="legal-aid">
            {body.legalAid ? '☑ ' : '☐ '}
            {t('legalAid')}
          </View>
        </View>
      )}

      {step === 5 && (
        <View>
          {suggestion?.station && (
            <View className="card">
              <View className="muted">{t('suggestion')}</View>
              <View style={{ fontWeight: 600 }}>{suggestion.station.name}</View>
              <View className="muted">{l(suggestion.reasonText)}</View>
            </View>
          )}
          <View className="card" data-testid="review">
            <View>{body.claimant.name} · {body.claimant.phone}</View>
            <View>{l(INDUSTRY.labels[body.industry])} · {l(WORK_MODE.labels[body.workMode])}</View>
            <View>{body.respondent.name}{body.respondent.partnerName ? ` / ${body.respondent.partnerName}` : ''}</View>
            {body.items.map((i, n) => (
              <View key={n}>{l(CLAIM_TYPE.labels[i.type])}：¥{i.amountYuan}</View>
            ))}
            <View>{body.incidentDate}</View>
            <View className="muted">{body.description}</View>
            <View className="muted">{t('evidence')}：{draft.evidence.filter((e) => e.status === 'done').length}</View>
          </View>
          <Button className="btn btn-primary" disabled={busy} loading={busy} onClick={submit} data-testid="submit">{t('submit')}</Button>
        </View>
      )}

      <View style={{ display: 'flex', gap: '12px' }}>
        {step > 0 && <Button className="btn btn-ghost" onClick={() => go(step - 1)} data-testid="back">{t('back')}</Button>}
        {step < 5 && <Button className="btn btn-primary" onClick={() => go(step + 1)} data-testid="next">{t('next')}</Button>}
      </View>
    </View>
  );
}

function Receipt({ r }: { r: FilingReceipt }) {
  const c = r.case;
  const first = c.deadlines[0];
  return (
    <View className="page" data-testid="receipt">
      <View className="title" style={{ marginTop: '24px' }}>{t('received')}</View>
      <View className="card">
        <View className="muted">{t('caseNumber')}</View>
        <View style={{ fontSize: '22px', fontWeight: 700 }} data-testid="case-number">{c.number}</View>
        <View className="badge" style={{ marginTop: '8px' }}>{l(CASE_STATUS_LABELS[c.status])}</View>
      </View>
      {c.station && (
        <View className="card">
          <View style={{ fontWeight: 600 }}>{c.station.name}</View>
          <View className="muted">{c.station.address}</View>
          <View className="muted">{c.station.phone}</View>
        </View>
      )}
      <View className="card">
        <View className="label">{t('whatNext')}</View>
        <View>{l(r.nextStep)}</View>
      </View>
      {first && (
        <View className="card">
          <View className="label">{t('firstDeadline')}</View>
          <View>{l(DEADLINE_KIND_LABELS[first.kind as DeadlineKind])}：{first.due}</View>
          <View className="muted">{l(first.basis.law)} {l(first.basis.rule)}</View>
        </View>
      )}
      <Button className="btn btn-primary" onClick={() => Taro.redirectTo({ url: `/pages/case/index?id=${c.id}` })} data-testid="view-case">{t('viewCase')}</Button>
    </View>
  );
}
