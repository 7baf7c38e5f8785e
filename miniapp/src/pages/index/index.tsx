import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { CASE_STATUS_LABELS, CITY_AREAS, type CaseSummary, type StationCard as Card } from '@gig/shared';
import { call, session } from '../../api';
import { statusClass } from '../../format';
import { StationRow } from '../../components/StationRow';
import { intakeStations } from '../../stations';
import { canScan, locate, scanStation } from '../../platform';
import { loadDraft } from '../../draft';
import { l, t, toggleLanguage, useLocale } from '../../i18n';
import { useTabIcons } from '../../tab-icons';
import { careOn, setCare } from '../../care';

/** Straight-line distance in km (the browser gives WGS-84, stations are GCJ-02: a few hundred metres off, fine for sorting). */
function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/** Home: scan, start or continue a claim, my cases, the stations by district or by distance. */
export default function Home() {
  useLocale('appName');
  useTabIcons();
  const [stations, setStations] = useState<Card[]>([]);
  const [hasDraft, setHasDraft] = useState(false);
  const [area, setArea] = useState<string | null>(null);
  const [here, setHere] = useState<{ lat: number; lng: number } | null>(null);
  const [noLocation, setNoLocation] = useState(false);
  const [mine, setMine] = useState<CaseSummary[]>([]);
  useDidShow(() => {
    setHasDraft(!!loadDraft());
    // The worker's own cases and where each stands, when signed in (no sign-in is asked for here).
    if (session())
      call('cases.mine', { optional: true }).then(
        (r) => setMine(r.items.slice(0, 3)),
        () => setMine([]),
      );
    else setMine([]);
    intakeStations().then(setStations, () => undefined);
  });
  const scan = async () => {
    const code = await scanStation().catch(() => null);
    if (code) await Taro.navigateTo({ url: `/pages/station/index?code=${encodeURIComponent(code)}` });
  };
  const nearMe = async () => {
    const p = await locate();
    setHere(p);
    setNoLocation(!p);
    setArea(null);
  };
  const areas = CITY_AREAS.filter((a) => stations.some((s) => s.areaCode === a.code));
  const shown = stations
    .filter((s) => !area || s.areaCode === area || (s.kind === 'association' && s.areaCode.endsWith('00')))
    .map((s) => ({ s, d: here && s.location ? km(here, s.location) : null }))
    .sort((a, b) => (a.d ?? 1e9) - (b.d ?? 1e9));
  return (
    <View className="page">
      <Text className="lang lang-left" onClick={() => setCare(!careOn())} data-testid="care-toggle">
        {careOn() ? t('careOff') : t('careOn')}
      </Text>
      <Text className="lang" onClick={toggleLanguage} data-testid="lang">
        {t('language')}
      </Text>
      <View className="title hero">{t('appName')}</View>
      <View className="subtitle" style={{ marginBottom: '16px' }}>
        {t('intro')}
      </View>
      <Button
        className="btn btn-primary"
        data-testid="start"
        onClick={() => Taro.navigateTo({ url: '/sub/claim/index' })}
      >
        {hasDraft ? t('continueDraft') : t('start')}
      </Button>
      <Button
        className="btn btn-ghost"
        data-testid="home-calculator"
        onClick={() => Taro.navigateTo({ url: '/sub/calculator/index' })}
      >
        {t('calcEntry')}
      </Button>
      {canScan ? (
        <Button className="btn btn-ghost" onClick={scan}>
          {t('scan')}
        </Button>
      ) : (
        <View className="card hint" style={{ marginTop: 0 }}>
          {t('scanHelp')}
        </View>
      )}
      {mine.map((c) => (
        <View
          key={c.id}
          className="card row home-case"
          style={{ padding: '12px 16px' }}
          onClick={() => Taro.navigateTo({ url: `/sub/case/index?id=${c.id}` })}
          data-testid="home-case"
        >
          <View style={{ fontWeight: 600, whiteSpace: 'nowrap', marginRight: '8px' }}>{c.number}</View>
          <View className={`badge ${statusClass(c.status)}`}>{l(CASE_STATUS_LABELS[c.status])}</View>
        </View>
      ))}
      <Button className="btn btn-ghost" onClick={() => Taro.switchTab({ url: '/pages/cases/index' })}>
        {t('myCases')}
      </Button>

      <View className="label">{t('stations')}</View>
      <View className="chips" style={{ marginBottom: '10px' }}>
        <View className={`chip${!area && !here ? ' chip-on' : ''}`} onClick={() => (setArea(null), setHere(null))}>
          {t('all')}
        </View>
        <View className={`chip${here ? ' chip-on' : ''}`} onClick={nearMe} data-testid="near-me">
          {t('nearMe')}
        </View>
        {areas.map((a) => (
          <View
            key={a.code}
            className={`chip${area === a.code ? ' chip-on' : ''}`}
            onClick={() => (setArea(a.code), setHere(null))}
            data-testid={`home-area-${a.code}`}
          >
            {l(a.label)}
          </View>
        ))}
      </View>
      {noLocation && <View className="hint">{t('noLocation')}</View>}
      {shown.map(({ s, d }) => (
        <StationRow
          key={s.code}
          s={s}
          onClick={() => Taro.navigateTo({ url: `/pages/station/index?code=${encodeURIComponent(s.code)}` })}
          aside={
            d !== null && <View className="muted">{d < 1 ? `${Math.round(d * 1000)} m` : `${d.toFixed(1)} km`}</View>
          }
          testid="home-station"
        />
      ))}
    </View>
  );
}
