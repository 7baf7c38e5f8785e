import { View } from '@tarojs/components';
import { tk } from '../../calc-words';
import { SITUATIONS, type Situation } from '../../calc/answers';

/** What happened: one big card per situation, in plain words; tap to pick, tap again to drop. Several may apply. */
export function SituationPicker({
  picked,
  onToggle,
}: {
  picked: readonly Situation[];
  onToggle: (s: Situation) => void;
}) {
  return (
    <View>
      {SITUATIONS.map((s) => {
        const on = picked.includes(s);
        return (
          <View
            key={s}
            className={`calc-situation${on ? ' calc-situation-on' : ''}`}
            onClick={() => onToggle(s)}
            data-testid={`calc-situation-${s}`}
          >
            <View className="calc-check">{on ? '✓' : ''}</View>
            <View>
              <View className="calc-situation-title">{tk(s)}</View>
              <View className="calc-hint">{tk(`${s}Hint`)}</View>
            </View>
          </View>
        );
      })}
    </View>
  );
}
