import { View } from '@tarojs/components';
import type { Label } from '@gig/shared';
import { l } from '../../i18n';

/** One choice out of a few, as a row of chips with the chosen one lit. */
export function Chips<K extends string>({
  values,
  labels,
  value,
  onPick,
  testid,
}: {
  values: readonly K[];
  labels: Record<K, Label>;
  /** Unset: nothing lit yet, the worker has to choose. */
  value: K | undefined;
  onPick: (v: K) => void;
  testid: string;
}) {
  return (
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
}
