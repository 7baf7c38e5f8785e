import { Text, View } from '@tarojs/components';
import { INDUSTRY, STATION_KIND, type StationCard as Card } from '@gig/shared';
import { l, locale, t } from '../i18n';

export function StationCard({ s }: { s: Card }) {
  return (
    <View className="card" data-testid="station-card">
      <View className="title">{locale() === 'en' && s.nameEn ? s.nameEn : s.name}</View>
      <View className="subtitle">
        {l(STATION_KIND.labels[s.kind])}
        {s.industries.length ? ` · ${s.industries.map((i) => l(INDUSTRY.labels[i])).join('、')}` : ''}
      </View>
      <View className="muted" style={{ marginTop: '8px' }}>
        <View>{t('address')}：{s.address}</View>
        {s.hours ? <View>{t('hours')}：{s.hours}</View> : null}
        <View>
          {t('phone')}：<Text selectable>{s.phone}</Text>
        </View>
      </View>
    </View>
  );
}
