import { Input, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { DateField } from '../../platform/DateField';
import { t } from '../../i18n';
import { tk, type CalcWordKey } from '../../calc-words';
import type { Answers, Field, Problem } from '../../calc/answers';

/** What the question forms of the calculator page get: the answers, a way to change them, the problems shown. */
export interface AskProps {
  a: Answers;
  set: (patch: Partial<Answers>) => void;
  problems: Partial<Record<Field, Problem>>;
  today: string;
}

const PROBLEM_WORD: Record<Problem, CalcWordKey> = {
  required: 'required',
  amount: 'amountBad',
  number: 'numberBad',
  order: 'orderBad',
  future: 'future',
};

/** One question: its label, an optional plain-words hint, the input, and its problem in words. */
export function Question(props: { label: string; hint?: string; problem?: Problem; children: ReactNode }) {
  return (
    <View className={`calc-q${props.problem ? ' calc-q-error' : ''}`}>
      <View className="label">{props.label}</View>
      {props.hint && <View className="calc-hint">{props.hint}</View>}
      {props.children}
      {props.problem && <View className="error">{tk(PROBLEM_WORD[props.problem])}</View>}
    </View>
  );
}

/** A money or number field (the phone's number pad). */
export function NumberQuestion({
  field,
  label,
  hint,
  placeholder,
  p,
}: {
  field: Field;
  label: CalcWordKey;
  hint?: CalcWordKey;
  placeholder?: CalcWordKey;
  p: AskProps;
}) {
  const problem = p.problems[field];
  return (
    <Question label={tk(label)} hint={hint && tk(hint)} problem={problem}>
      <Input
        className={`input${problem ? ' input-error' : ''}`}
        type="digit"
        value={p.a[field] as string}
        placeholder={placeholder ? tk(placeholder) : ''}
        onInput={(e) => p.set({ [field]: e.detail.value } as Partial<Answers>)}
        data-testid={`calc-${field}`}
      />
    </Question>
  );
}

/** A calendar date up to today. */
export function DateQuestion({ field, label, p }: { field: Field; label: CalcWordKey; p: AskProps }) {
  const problem = p.problems[field];
  return (
    <Question label={tk(label)} problem={problem}>
      <DateField
        className={`input${problem ? ' input-error' : ''}`}
        value={p.a[field] as string}
        max={p.today}
        placeholder={t('datePlaceholder')}
        onChange={(v) => p.set({ [field]: v } as Partial<Answers>)}
        testid={`calc-${field}`}
      />
    </Question>
  );
}

/** One choice out of a list, one per line (long plain-words reasons read better in a column). */
export function ChoiceList<K extends string | number>({
  values,
  label,
  value,
  onPick,
  testid,
}: {
  values: readonly K[];
  label: (v: K) => string;
  value: K | null;
  onPick: (v: K) => void;
  testid: string;
}) {
  return (
    <View className="calc-choices">
      {values.map((v) => (
        <View
          key={String(v)}
          className={`calc-choice${v === value ? ' calc-choice-on' : ''}`}
          onClick={() => onPick(v)}
          data-testid={`${testid}-${v}`}
        >
          <View className="calc-radio">{v === value ? '●' : ''}</View>
          <View>{label(v)}</View>
        </View>
      ))}
    </View>
  );
}
