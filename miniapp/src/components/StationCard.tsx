import { Text, View } from '@tarojs/components';
import type { StationCard as Card } from '@gig/shared';
import { t } from '../i18n';
import { stationKind, stationName } from '../format-station';

export function StationCard({ s }: { s: Card }) {
  return (
    <View className="card" data-testid="station-card">
      <View className="title">{stationName(s)}</View>
      <View className="subtitle">{stationKind(s)}</View>
      <View className="muted" style={{ marginTop: '8px' }}>
        <View>
          {t('address')}：{s.address}
        </View>
        {s.hours ? (
          <View>
            {t('hours')}：{s.hours}
          </View>
        ) : null}
        <View>
          {t('phone')}：<Text selectable>{s.phone}</Text>
        </View>
      </View>
    </View>
  );
}

/** The card's outline while the station loads (as index.html draws it before the scripts arrive). */
export function StationCardSkeleton() {
  return (
    <View className="card" data-testid="station-loading" aria-busy="true">
      <View className="skeleton-line" style={{ height: '22px', width: '70%', marginTop: 0 }} />
      <View className="skeleton-line" style={{ width: '45%' }} />
      <View className="skeleton-line" style={{ width: '90%' }} />
      <View className="skeleton-line" style={{ width: '60%' }} />
    </View>
  );
}
