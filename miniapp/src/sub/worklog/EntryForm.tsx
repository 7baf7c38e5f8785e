import Taro from '@tarojs/taro';
import { Button, Input, View } from '@tarojs/components';
import { useState } from 'react';
import { WORK_LOG_KIND, fenToYuan, type WorkLogEntryBody, type WorkLogEntryView, type WorkLogKind } from '@gig/shared';
import { call } from '../../api';
import { uploadFile } from '../../api/upload';
import { showError } from '../../api/show-error';
import { Chips } from '../../components/claim/Chips';
import { DateField } from '../../platform/DateField';
import { pickPhotos } from '../../platform/files';
import { uuid } from '../../draft';
import { today } from '../../format';
import { l } from '../../i18n';
import { tw } from '../../worklog-words';

interface Form {
  kind: WorkLogKind;
  date: string;
  hours: string;
  orders: string;
  amount: string;
  platform: string;
  note: string;
  shots: string[];
  /** Made once per entry and kept across its retries, so a retried save logs once. */
  key: string;
}

const fresh = (platform: string, kind: WorkLogKind = 'shift'): Form => ({
  kind,
  date: today(),
  hours: '',
  orders: '',
  amount: '',
  platform,
  note: '',
  shots: [],
  key: uuid(),
});

/** The form filled with an entry to correct (the correction replaces it in the summaries). */
export const correctionOf = (e: WorkLogEntryView): Partial<Form> => ({
  kind: e.kind,
  date: e.date,
  hours: e.hours === null ? '' : String(e.hours),
  orders: e.orders === null ? '' : String(e.orders),
  amount: e.amountFen === null ? '' : fenToYuan(e.amountFen),
  platform: e.platform ?? '',
  note: e.note ?? '',
});

/** What a figure field is, and whether this kind needs it. */
const FIELDS: Record<WorkLogKind, { hours?: boolean; orders?: boolean; amount?: boolean }> = {
  shift: { hours: true, orders: false },
  orders: { orders: true },
  income: { amount: true },
  deduction: { amount: true },
  penalty: { amount: true },
};

/**
 * An entry in a few taps: the kind, the date (today unless changed), one or two numbers, and
 * optionally a screenshot, the platform and a note. A correction starts from the old entry.
 */
export function EntryForm(p: {
  platform: string;
  correcting: WorkLogEntryView | null;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const [form, setForm] = useState<Form>(() => ({
    ...fresh(p.platform),
    ...(p.correcting ? correctionOf(p.correcting) : {}),
  }));
  const [progress, setProgress] = useState<number | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });
  const f = FIELDS[form.kind];
  const number = (k: 'hours' | 'orders' | 'amount', label: string, type: 'digit' | 'number') => (
    <>
      <View className="label">{label}</View>
      <Input
        className={`input${missing === k ? ' input-error' : ''}`}
        type={type}
        maxlength={type === 'number' ? 4 : 10}
        value={form[k]}
        onInput={(e) => set({ [k]: e.detail.value.replace(/[^0-9.,]/g, '') })}
        data-testid={`worklog-${k}`}
      />
    </>
  );

  const addShot = async () => {
    const [photo] = await pickPhotos();
    if (!photo) return;
    setProgress(0);
    try {
      const up = await uploadFile('evidence.upload', undefined, photo, { category: 'work_record' }, setProgress);
      setForm((cur) => ({ ...cur, shots: [...cur.shots, up.id] }));
    } catch (e) {
      showError(e);
    } finally {
      setProgress(null);
    }
  };

  const save = async () => {
    if (busy || progress !== null) return;
    const need = (['hours', 'orders', 'amount'] as const).find((k) => f[k] === true && !form[k].trim());
    setMissing(need ?? null);
    if (need) return;
    const body: WorkLogEntryBody = { date: form.date, kind: form.kind };
    if (f.hours !== undefined && form.hours) body.hours = Number(form.hours);
    if (f.orders !== undefined && form.orders) body.orders = Number(form.orders);
    if (f.amount && form.amount) body.amountYuan = form.amount;
    if (form.platform.trim()) body.platform = form.platform.trim();
    if (form.note.trim()) body.note = form.note.trim();
    if (form.shots.length) body.evidenceIds = form.shots;
    if (p.correcting) body.corrects = p.correcting.id;
    setBusy(true);
    try {
      await call('me.workLogSave', { body, headers: { 'idempotency-key': form.key } });
      void Taro.showToast({ title: tw('saved'), icon: 'success' });
      setForm(fresh(form.platform, form.kind));
      p.onSaved();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  const label = { hours: tw('hours'), orders: f.orders ? tw('orders') : tw('ordersOptional'), amount: tw('amount') };
  return (
    <View className="card" data-testid="worklog-form">
      <View className="subtitle">{tw('add')}</View>
      {p.correcting && (
        <View className="row" data-testid="worklog-correcting">
          <View>
            {tw('correcting', { what: `${p.correcting.date} ${l(WORK_LOG_KIND.labels[p.correcting.kind])}` })}
          </View>
          <View className="link" onClick={p.onCancel}>
            {tw('cancel')}
          </View>
        </View>
      )}
      <Chips
        values={WORK_LOG_KIND.values}
        labels={WORK_LOG_KIND.labels}
        value={form.kind}
        onPick={(kind) => set({ kind })}
        testid="worklog-kind"
      />
      <View className="label">{tw('date')}</View>
      <DateField
        className="input"
        value={form.date}
        max={today()}
        onChange={(date) => set({ date })}
        testid="worklog-date"
        placeholder={tw('date')}
      />
      {f.hours !== undefined && number('hours', label.hours, 'digit')}
      {f.orders !== undefined && number('orders', label.orders, 'number')}
      {f.amount !== undefined && number('amount', label.amount, 'digit')}
      {missing && <View className="error">{tw('needFigure', { what: label[missing as keyof typeof label] })}</View>}
      <View className="label">{tw('platform')}</View>
      <Input
        className="input"
        maxlength={100}
        value={form.platform}
        onInput={(e) => set({ platform: e.detail.value })}
        data-testid="worklog-platform"
      />
      <View className="label">{tw('note')}</View>
      <Input
        className="input"
        maxlength={500}
        value={form.note}
        onInput={(e) => set({ note: e.detail.value })}
        data-testid="worklog-note"
      />
      <Button className="btn btn-ghost" onClick={addShot} disabled={progress !== null} data-testid="worklog-shot">
        {progress !== null ? tw('uploading', { p: progress }) : tw('screenshot')}
      </Button>
      {form.shots.length > 0 && <View className="muted">{tw('shots', { n: form.shots.length })}</View>}
      <Button
        className="btn btn-primary"
        onClick={save}
        disabled={busy || progress !== null}
        data-testid="worklog-save"
      >
        {tw('save')}
      </Button>
    </View>
  );
}
