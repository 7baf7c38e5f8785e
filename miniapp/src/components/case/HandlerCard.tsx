import { View } from '@tarojs/components';
import type { CaseView } from '@gig/shared';
import { callPhone } from '../../platform';
import { t } from '../../i18n';
import { stationName } from '../../format-station';

/** Who has the case: the outlet and the station, each with its address and a tap to call; none, no card. */
export function HandlerCard({ view }: { view: CaseView }) {
  if (!(view.outlet ?? view.station)) return null;
  return (
    <View className="card" data-testid="handler">
      <View className="label" style={{ marginTop: 0 }}>
        {t('station')}
      </View>
      {[view.outlet, view.station]
        .filter((s) => s !== null)
        .map((s) => (
          <View key={s.code} style={{ marginBottom: '8px' }}>
            <View style={{ fontWeight: 600 }}>{stationName(s)}</View>
            <View className="muted">{s.address}</View>
            <View className="link" onClick={() => callPhone(s.phone)}>
              ☎ {s.phone}
            </View>
          </View>
        ))}
    </View>
  );
}
