import { Text, View } from '@tarojs/components';
import { CALCULATOR, fenToYuan, type WorkInjuryDeadline } from '@gig/shared';
import { l } from '../../i18n';
import { tk } from '../../calc-words';
import { daysUntil } from '../../format';
import { claimable, type CalcOption, type Outcome } from '../../calc/outcomes';
import type { Picks } from '../../calc/picks';
import { ExampleTag, FiguresUsed, Note, Steps, WithBasis } from './Basis';

/** One amount: the condition it holds under, the amount in big type, in or out of the claim, its figures and steps. */
function OptionBlock({ o, on, onToggle }: { o: CalcOption; on: boolean; onToggle: () => void }) {
  const example = o.figures.some((u) => u.figure.example);
  return (
    <View className="calc-option" data-testid={`calc-option-${o.key}`}>
      {o.condition && <View className="calc-condition">{tk(o.condition)}</View>}
      <View className="calc-option-title">
        {o.detail ? `${tk(o.detail)} · ` : ''}
        {l(CALCULATOR.labels[o.calculator])}
      </View>
      <View className="calc-amount" data-testid={`calc-amount-${o.key}`}>
        ¥{fenToYuan(o.amountFen)}
        {example && <ExampleTag />}
      </View>
      {claimable(o) ? (
        <View className={`calc-pick${on ? ' calc-pick-on' : ''}`} onClick={onToggle} data-testid={`calc-pick-${o.key}`}>
          <View className="calc-check">{on ? '✓' : ''}</View>
          <View>{on ? tk('putInClaim') : tk('pickThis')}</View>
        </View>
      ) : (
        <View className="calc-info">{tk('nothingOwed')}</View>
      )}
      <FiguresUsed figures={o.figures} />
      <Steps calculator={o.calculator} steps={o.steps} figures={o.figures} />
    </View>
  );
}

/** The work-injury recognition deadlines as dates, with days left and the article. */
function Deadlines({ deadlines }: { deadlines: WorkInjuryDeadline[] }) {
  if (!deadlines.length) return null;
  return (
    <View>
      <View className="calc-subhead">{tk('injuryDeadlines')}</View>
      {deadlines.map((d) => {
        const left = daysUntil(d.due);
        return (
          <WithBasis key={d.kind} basis={d.basis} testid={`calc-deadline-${d.kind}`}>
            <View className="calc-step-label">{tk(d.kind === 'employer' ? 'employerDue' : 'workerDue')}</View>
            <View className="calc-date">
              {d.due}
              <Text className={left < 0 ? 'calc-late' : 'calc-left'}>
                {'  '}
                {left < 0 ? tk('passed') : tk('daysLeft', left)}
              </Text>
            </View>
          </WithBasis>
        );
      })}
    </View>
  );
}

/** The result of one situation: its notes (each with its article), the injury deadlines, and its amounts. */
export function ResultCard({
  outcome,
  picks,
  onToggle,
}: {
  outcome: Outcome;
  picks: Picks;
  onToggle: (o: CalcOption) => void;
}) {
  const grouped = outcome.options.some((o) => o.group);
  return (
    <View className="card" data-testid={`calc-result-${outcome.situation}`}>
      <View className="calc-section">{tk(outcome.situation)}</View>
      {outcome.notes.map((n, i) => (
        <Note
          key={i}
          text={
            n.key === 'overLimit' ? `${tk('overLimit')}：${tk('perMonth')} ${n.value} ${tk('hoursUnit')}` : tk(n.key)
          }
          tone={n.tone}
          basis={n.basis}
          label={n.label}
        />
      ))}
      <Deadlines deadlines={outcome.deadlines} />
      {grouped && <View className="calc-warn">{tk('orPick')}</View>}
      {outcome.options.map((o) => (
        <OptionBlock key={o.key} o={o} on={!!picks[o.key]} onToggle={() => onToggle(o)} />
      ))}
    </View>
  );
}
