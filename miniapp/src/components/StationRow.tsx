import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { StationCard } from '@gig/shared';
import { stationKind, stationName } from '../format-station';

/** One station in a list: its name (with `aside`, e.g. a distance), what kind it is, where it is. */
export function StationRow({
  s,
  onClick,
  selected,
  aside,
  testid,
}: {
  s: StationCard;
  onClick: () => void;
  selected?: boolean;
  aside?: ReactNode;
  testid?: string;
}) {
  return (
    <View className={`card${selected ? ' card-on' : ''}`} onClick={onClick} data-testid={testid}>
      <View className="row" style={{ padding: 0 }}>
        <View style={{ fontWeight: 600 }}>{stationName(s)}</View>
        {aside}
      </View>
      <View className="muted">{stationKind(s)}</View>
      <View className="muted">{s.address}</View>
    </View>
  );
}
