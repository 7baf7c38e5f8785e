import { View } from '@tarojs/components';
import { useState } from 'react';
import { CITY_AREAS } from '@gig/shared';
import { l } from '../../i18n';
import { tk } from '../../calc-words';
import { DISMISS_REASONS, GRADES, RESIGN_REASONS, canStillWork, fieldsFor, type Situation } from '../../calc/answers';
import { ChoiceList, DateQuestion, NumberQuestion, Question, type AskProps } from './Fields';

/** Where the worker works (the figures are the area's): the one known, with a tap to change it; else the list. */
export function AreaPicker({
  area,
  fromStation,
  onPick,
  missing,
}: {
  area: string | null;
  fromStation: boolean;
  onPick: (code: string) => void;
  missing: boolean;
}) {
  const [open, setOpen] = useState(!area);
  const known = CITY_AREAS.find((a) => a.code === area);
  const name = known ? l(known.label) : fromStation ? tk('areaFromStation') : area;
  return (
    <View className={`card${missing ? ' calc-q-error' : ''}`}>
      <Question label={tk('area')} hint={tk('areaWhy')}>
        <View className="chips">
          {area && !open && (
            <>
              <View className="chip chip-on" data-testid={`calc-area-${area}`}>
                {name}
              </View>
              <View className="chip link" onClick={() => setOpen(true)} data-testid="calc-area-change">
                {tk('changeArea')}
              </View>
            </>
          )}
          {open &&
            CITY_AREAS.map((a) => (
              <View
                key={a.code}
                className={`chip${area === a.code ? ' chip-on' : ''}`}
                onClick={() => (onPick(a.code), setOpen(false))}
                data-testid={`calc-area-${a.code}`}
              >
                {l(a.label)}
              </View>
            ))}
        </View>
        {missing && <View className="error">{tk('areaRequired')}</View>}
      </Question>
    </View>
  );
}

/** The questions the chosen situations need: the wage and the dates first (they share them), then each one's own. */
export function AskForm({ situations, ...p }: AskProps & { situations: readonly Situation[] }) {
  const need = fieldsFor(situations, p.a);
  const { a, set, problems } = p;
  const has = (s: Situation) => situations.includes(s);
  // The 12-month average (实施条例 art 27) is the base of compensation; the others take the agreed wage.
  const average = has('dismissed') || has('resigned');
  return (
    <View>
      {(need.has('wageYuan') || need.has('startDate')) && (
        <View className="card">
          {need.has('wageYuan') && (
            <NumberQuestion
              field="wageYuan"
              label="wage"
              hint={average ? 'wageHint' : 'wageHintUnpaid'}
              placeholder="wagePlaceholder"
              p={p}
            />
          )}
          {need.has('startDate') && <DateQuestion field="startDate" label="startDate" p={p} />}
          {need.has('startDate') && !(a.stillWorking && canStillWork(situations)) && (
            <DateQuestion field="endDate" label="endDate" p={p} />
          )}
          {need.has('startDate') && canStillWork(situations) && (
            <View
              className={`calc-choice${a.stillWorking ? ' calc-choice-on' : ''}`}
              onClick={() => set({ stillWorking: !a.stillWorking, endDate: '' })}
              data-testid="calc-still-working"
            >
              <View className="calc-check">{a.stillWorking ? '✓' : ''}</View>
              <View>{tk('stillWorking')}</View>
            </View>
          )}
        </View>
      )}
      {has('dismissed') && (
        <View className="card">
          <View className="calc-section">{tk('dismissed')}</View>
          <Question label={tk('dismissReason')} problem={problems.dismissReason}>
            <ChoiceList
              values={DISMISS_REASONS}
              label={(r) => tk(`r_${r}`)}
              value={a.dismissReason}
              onPick={(r) => set({ dismissReason: r })}
              testid="calc-reason"
            />
          </Question>
        </View>
      )}
      {has('resigned') && (
        <View className="card">
          <View className="calc-section">{tk('resigned')}</View>
          <Question label={tk('resignReason')} problem={problems.resignReason}>
            <ChoiceList
              values={RESIGN_REASONS}
              label={(r) => tk(`q_${r}`)}
              value={a.resignReason}
              onPick={(r) => set({ resignReason: r })}
              testid="calc-resign"
            />
          </Question>
        </View>
      )}
      {has('no_contract') && (
        <View className="card">
          <View className="calc-section">{tk('no_contract')}</View>
          <Question label={tk('contract')}>
            <ChoiceList
              values={['never', 'later'] as const}
              label={(v) => tk(v === 'never' ? 'neverSigned' : 'signedLater')}
              value={a.signedLater ? 'later' : 'never'}
              onPick={(v) => set({ signedLater: v === 'later', signedOn: '' })}
              testid="calc-contract"
            />
          </Question>
          {a.signedLater && <DateQuestion field="signedOn" label="signedOn" p={p} />}
        </View>
      )}
      {has('overtime') && (
        <View className="card">
          <View className="calc-section">{tk('overtime')}</View>
          <DateQuestion field="overtimeFrom" label="overtimeFrom" p={p} />
          <DateQuestion field="overtimeTo" label="overtimeTo" p={p} />
          <NumberQuestion field="hoursWorkday" label="hoursWorkday" placeholder="hoursHint" p={p} />
          <NumberQuestion field="hoursRestDay" label="hoursRestDay" placeholder="hoursHint" p={p} />
          <NumberQuestion field="hoursHoliday" label="hoursHoliday" placeholder="hoursHint" p={p} />
        </View>
      )}
      {has('injury') && (
        <View className="card">
          <View className="calc-section">{tk('injury')}</View>
          <DateQuestion field="accidentDate" label="accidentDate" p={p} />
          <Question label={tk('grade')}>
            <View className="chips">
              {[null, ...GRADES].map((g) => (
                <View
                  key={String(g)}
                  className={`chip chip-small${a.grade === g ? ' chip-on' : ''}`}
                  onClick={() => set({ grade: g })}
                  data-testid={`calc-grade-${g ?? 'none'}`}
                >
                  {g === null ? tk('gradeUnknown') : tk('gradeN', g)}
                </View>
              ))}
            </View>
          </Question>
          {a.grade !== null && <NumberQuestion field="injuryWageYuan" label="injuryWage" hint="injuryWageHint" p={p} />}
        </View>
      )}
      {has('unpaid') && (
        <View className="card">
          <View className="calc-section">{tk('unpaid')}</View>
          <NumberQuestion field="monthsOwed" label="monthsOwed" placeholder="monthsOwedHint" p={p} />
          <NumberQuestion field="paidYuan" label="paid" placeholder="paidHint" p={p} />
          <DateQuestion field="owedFrom" label="owedFrom" p={p} />
          <DateQuestion field="owedTo" label="owedTo" p={p} />
        </View>
      )}
    </View>
  );
}
