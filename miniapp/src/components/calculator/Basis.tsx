import { Text, View } from '@tarojs/components';
import { FIGURE_KIND, type CalcStep, type CalculatorName, type Label, type LegalBasis } from '@gig/shared';
import { useState, type ReactNode } from 'react';
import { l, locale } from '../../i18n';
import { tk } from '../../calc-words';
import { examplesIn, figureValue, type UsedFigure } from '../../calc/figures';
import { basisLine, stepValue } from '../../calc/values';

/** The 示例 tag beside anything that uses an example figure. */
export const ExampleTag = () => (
  <Text className="calc-tag-example" data-testid="example-tag">
    {tk('example')}
  </Text>
);

/** A rule's source line (《law》第N条), and its text once tapped. */
function Rule({ basis, open }: { basis: LegalBasis; open: boolean }) {
  return (
    <View>
      <View className="calc-basis" data-testid="calc-basis">
        {basisLine(basis, locale())}
        <Text className="calc-more">{open ? ' ▲' : ' ▼'}</Text>
      </View>
      {open && (
        <View className="calc-rule" data-testid="calc-rule">
          {l(basis.rule)}
        </View>
      )}
    </View>
  );
}

/** Something shown with the article behind it; a tap opens the article's words. */
export function WithBasis(props: { basis: LegalBasis; children: ReactNode; testid?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <View className="calc-line" onClick={() => setOpen(!open)} data-testid={props.testid}>
      {props.children}
      <Rule basis={props.basis} open={open} />
    </View>
  );
}

/** Every step of a calculation: what, its value, its article (tap for the text); 示例 where a step shows an example figure. */
export function Steps({
  calculator,
  steps,
  figures,
}: {
  calculator: CalculatorName;
  steps: CalcStep[];
  figures: UsedFigure[];
}) {
  return (
    <View>
      <View className="calc-subhead">{tk('steps')}</View>
      {steps.map((s, i) => (
        <WithBasis key={i} basis={s.basis} testid="calc-step">
          <View className="calc-step-label">
            {l(s.label)}
            {examplesIn(calculator, s, figures).length > 0 && <ExampleTag />}
          </View>
          <View className="calc-step-value">{stepValue(s.value, locale())}</View>
        </WithBasis>
      ))}
    </View>
  );
}

/** The local figures a calculation took: what, the value, since when, 示例 or its source, and its article. */
export function FiguresUsed({ figures }: { figures: UsedFigure[] }) {
  if (!figures.length) return null;
  return (
    <View>
      <View className="calc-subhead">{tk('figuresUsed')}</View>
      {figures.map(({ figure: f, basis }) => {
        const v = figureValue(f);
        return (
          <WithBasis key={f.id} basis={basis} testid="calc-figure">
            <View className="calc-step-label">
              {l(FIGURE_KIND.labels[f.kind])}
              {f.example && <ExampleTag />}
            </View>
            <View className="calc-step-value">
              {'yuan' in v ? v.yuan : `${v.months}${tk('months')}`}
              <Text className="calc-since">
                {' '}
                · {locale() === 'en' ? `${tk('effective')} ${f.effectiveFrom}` : `${f.effectiveFrom}${tk('effective')}`}
              </Text>
            </View>
            <View className="calc-source">{f.example ? tk('exampleWhy') : f.source}</View>
          </WithBasis>
        );
      })}
    </View>
  );
}

/** A note on a result (why it is owed, who decides, a limit passed), with its article when it has one. */
export function Note(props: { text: string; tone: 'info' | 'warn'; basis?: LegalBasis; label?: Label }) {
  const body = (
    <View>
      <View className={props.tone === 'warn' ? 'calc-warn' : 'calc-info'}>{props.text}</View>
      {props.label && <View className="calc-step-value">{l(props.label)}</View>}
    </View>
  );
  return props.basis ? (
    <WithBasis basis={props.basis} testid="calc-note">
      {body}
    </WithBasis>
  ) : (
    <View className="calc-line" data-testid="calc-note">
      {body}
    </View>
  );
}
