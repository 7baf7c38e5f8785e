import Taro, { useDidShow } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { WORK_LOG_KIND, type CaseSummary, type WorkLogEntryView, type WorkLogPage } from '@gig/shared';
import { call, goSignIn, session } from '../../api';
import { showError } from '../../api/show-error';
import { yuan } from '../../format';
import { l, t, useLocale } from '../../i18n';
import { EntryForm } from './EntryForm';
import { AttachCard, LetterCard } from './Share';
import { tw } from '../../worklog-words';

type Period = WorkLogPage['weeks'][number];

/** One week or month: hours and orders, the money in and out, and what an hour really paid. */
function PeriodCard({ p }: { p: Period }) {
  const money = (label: string, fen: number, id: string) => (
    <View className="row">
      <View className="muted">{label}</View>
      <View data-testid={`worklog-${id}-${p.period}`}>{tw('yuan', { y: yuan(fen) })}</View>
    </View>
  );
  return (
    <View className="review-line" data-testid={`worklog-period-${p.period}`}>
      <View className="row">
        <View className="big">{p.period.includes('W') ? `${p.from.slice(5)} ~ ${p.to.slice(5)}` : p.period}</View>
        <View>{tw('sumLine', { hours: p.hours, orders: p.orders })}</View>
      </View>
      {money(tw('income'), p.incomeFen, 'income')}
      {money(tw('deductions'), p.deductionFen, 'deductions')}
      {money(tw('penalties'), p.penaltyFen, 'penalties')}
      {money(tw('net'), p.netFen, 'net')}
      <View className="row">
        <View className="label">{tw('hourly')}</View>
        <View className="big" data-testid={`worklog-hourly-${p.period}`}>
          {p.hourlyFen === null ? tw('noHours') : tw('perHour', { y: signedYuan(p.hourlyFen) })}
        </View>
      </View>
    </View>
  );
}

/** Erasing the whole record (PIPL art 47), after a question that says what goes and what stays. */
function EraseAll({ n, onErased }: { n: number; onErased: () => void }) {
  const erase = async () => {
    const ok = await Taro.showModal({
      title: tw('erase'),
      content: tw('eraseAsk', { n }),
      confirmText: tw('eraseYes'),
      confirmColor: '#cb2634',
    });
    if (!ok.confirm) return;
    try {
      await call('me.workLogErase', { body: { confirm: true } });
      void Taro.showToast({ title: tw('erased'), icon: 'success' });
      onErased();
    } catch (err) {
      showError(err);
    }
  };
  return (
    <Button className="btn btn-danger" onClick={() => void erase()} data-testid="worklog-erase">
      {tw('erase')}
    </Button>
  );
}

const signedYuan = (fen: number) => (fen < 0 ? `-${yuan(-fen)}` : yuan(fen));

const figures = (e: WorkLogEntryView): string =>
  [
    e.hours !== null ? tw('nHours', { n: e.hours }) : null,
    e.orders !== null ? tw('nOrders', { n: e.orders }) : null,
    e.amountFen !== null ? tw('yuan', { y: yuan(e.amountFen) }) : null,
  ]
    .filter(Boolean)
    .join(' · ');

/**
 * My work record: add an entry in a few taps, see the weeks and months with the real hourly pay
 * after deductions, attach a period to a case, and get the letter asking the platform for my data.
 */
export default function WorkLog() {
  const lang = useLocale();
  useEffect(() => void Taro.setNavigationBarTitle({ title: t('workLogTitle') }).catch(() => undefined), [lang]);
  const [page, setPage] = useState<WorkLogPage | null>(null);
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [platform, setPlatform] = useState<string | null>(null);
  const [by, setBy] = useState<'weeks' | 'months'>('weeks');
  const [correcting, setCorrecting] = useState<WorkLogEntryView | null>(null);
  const [formKey, setFormKey] = useState(0);
  const load = () => call('me.workLog', { query: {} }).then(setPage, showError);
  useDidShow(() => {
    if (!session()) return goSignIn('/sub/worklog/index');
    void load();
    call('cases.mine', {}).then((r) => setCases(r.items), showError);
    call('me.profile', {}).then(
      (p) => setPlatform(p.employer ?? ''),
      () => setPlatform(''),
    );
  });
  if (!page || platform === null) return <View className="page" />;
  const startCorrect = (e: WorkLogEntryView) => {
    setCorrecting(e);
    setFormKey((k) => k + 1);
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 });
  };
  const periods = [...page[by]].reverse();
  return (
    <View className="page" data-testid="worklog-page">
      <View className="title">{t('workLogTitle')}</View>
      <View className="plain">{tw('why')}</View>
      <EntryForm
        key={formKey}
        platform={platform}
        correcting={correcting}
        onCancel={() => (setCorrecting(null), setFormKey((k) => k + 1))}
        onSaved={() => (setCorrecting(null), void load())}
      />
      <View className="card" data-testid="worklog-summary">
        <View className="subtitle">{tw('summary')}</View>
        <View className="chips">
          {(['weeks', 'months'] as const).map((k) => (
            <View
              key={k}
              className={`chip${by === k ? ' chip-on' : ''}`}
              onClick={() => setBy(k)}
              data-testid={`worklog-by-${k}`}
            >
              {k === 'weeks' ? tw('byWeek') : tw('byMonth')}
            </View>
          ))}
        </View>
        {periods.length === 0 ? <View className="plain">{tw('empty')}</View> : null}
        {periods.slice(0, 6).map((p) => (
          <PeriodCard key={p.period} p={p} />
        ))}
      </View>
      <View className="card" data-testid="worklog-entries">
        <View className="subtitle">{tw('entries')}</View>
        <View className={page.chainIntact ? 'muted' : 'error'} data-testid="worklog-intact">
          {page.chainIntact ? tw('intact') : tw('broken', { n: page.brokenAt ?? '?' })}
        </View>
        {[...page.items].reverse().map((e) => (
          <View key={e.id} className="row" data-testid={`worklog-entry-${e.seq}`}>
            <View>
              <View>
                {e.date} {l(WORK_LOG_KIND.labels[e.kind])}
              </View>
              <View className="muted">
                {figures(e)}
                {e.correctedBy ? ` · ${tw('corrected')}` : ''}
              </View>
            </View>
            {!e.correctedBy && (
              <View className="link" onClick={() => startCorrect(e)} data-testid={`worklog-correct-${e.seq}`}>
                {tw('correct')}
              </View>
            )}
          </View>
        ))}
      </View>
      <AttachCard cases={cases} firstDate={page.items[0]?.date ?? null} />
      <LetterCard platform={platform} />
      {page.items.length > 0 && <EraseAll n={page.items.length} onErased={() => void load()} />}
    </View>
  );
}
