import { View } from '@tarojs/components';
import { claimLimitationFacts, daysBetween, limitation } from '@gig/shared';
import { DateField } from '../../platform/DateField';
import { today } from '../../format';
import { t } from '../../i18n';
import { tl } from '../../limitation-words';
import type { StepProps } from './step';

const NOTE = '最近一次讨要或投诉';

/**
 * What moves the one-year time limit (LDMAL art 27), asked in the story step: whether the worker
 * still works there (wages and overtime claimed while employed have no limit), and the last time
 * they asked for payment or complained (an interruption). When the period seems to have run out
 * by today, the worker is told so, and that they can still apply.
 */
export function LimitationField({ body, set, err, cls }: StepProps) {
  const now = today();
  const events = body.limitationEvents ?? [];
  const demand = events.find((e) => e.kind === 'interruption')?.from ?? '';
  const setDemand = (v: string) => {
    const rest = events.filter((e) => e.kind !== 'interruption');
    const next = v ? [...rest, { kind: 'interruption' as const, from: v, note: NOTE }] : rest;
    set({ limitationEvents: next.length ? next : undefined });
  };
  const ongoing = body.employmentOngoing;
  const facts = claimLimitationFacts(body);
  const limit = facts ? limitation(facts) : null;
  const expired = limit && daysBetween(limit.due, now) > 0 ? limit.due : null;
  return (
    <View>
      <View className="label">{tl('stillEmployed')}</View>
      <View className="chips">
        {([true, false] as const).map((v) => (
          <View
            key={String(v)}
            className={`chip${ongoing === v ? ' chip-on' : ''}`}
            onClick={() =>
              set(v ? { employmentOngoing: true, employmentEndedOn: undefined } : { employmentOngoing: false })
            }
            data-testid={`still-employed-${v ? 'yes' : 'no'}`}
          >
            {tl(v ? 'yes' : 'no')}
          </View>
        ))}
      </View>
      {ongoing === false && (
        <View>
          <View className="label">{tl('lastDay')}</View>
          <DateField
            className={cls('/employmentEndedOn')}
            value={body.employmentEndedOn ?? ''}
            max={now}
            placeholder={t('datePlaceholder')}
            onChange={(v) => set({ employmentEndedOn: v || undefined })}
            testid="employment-ended-on"
          />
          {err('/employmentEndedOn')}
        </View>
      )}
      <View className="label">{tl('lastDemand')}</View>
      <DateField
        className={cls('/limitationEvents/0/from')}
        value={demand}
        max={now}
        placeholder={t('datePlaceholder')}
        onChange={setDemand}
        testid="last-demand"
      />
      <View className="limitation-hint">{tl('lastDemandHint')}</View>
      {expired && (
        <View className="limitation-warning" data-testid="limitation-warning">
          <View>{tl('mayHaveExpired', { date: expired })}</View>
          <View>{tl('stillFile')}</View>
          <View className="limitation-basis">{tl('basis')}</View>
        </View>
      )}
    </View>
  );
}
