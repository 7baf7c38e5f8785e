import Taro, { useRouter } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { StationCard as Card } from '@gig/shared';
import { ApiError, call } from '../../api';
import { stationCodeFrom } from '../../platform';
import { StationCard, StationCardSkeleton } from '../../components/StationCard';
import { StationRow } from '../../components/StationRow';
import { intakeStations } from '../../stations';
import { loadDraft, newDraft, saveDraft, stationPresets, withStation } from '../../draft';
import { t, toggleLanguage, useLocale } from '../../i18n';

/** Where a station's QR code lands: its card and one big button; an unknown code says so. */
export default function StationPage() {
  useLocale('stationTitle');
  const router = useRouter();
  const code = stationCodeFrom(router.params);
  const [station, setStation] = useState<Card | null>(null);
  const [missing, setMissing] = useState(false);
  // No answer (no signal, a server error): said in words, with a way to try again.
  const [failed, setFailed] = useState<string | null>(null);
  const [tries, setTries] = useState(0);
  const [others, setOthers] = useState<Card[]>([]);
  useEffect(() => {
    setFailed(null);
    if (!code) {
      setMissing(true);
    } else {
      call('public.station', { params: { code } }).then(setStation, (e: ApiError) =>
        e.status === 404 || e.status === 400 ? setMissing(true) : setFailed(e.message),
      );
    }
    intakeStations().then(setOthers, () => undefined);
  }, [code, tries]);
  // The station scanned decides the presets (its trade, its district); a saved draft keeps what the worker chose.
  const start = (s: Card) => {
    const d = loadDraft();
    saveDraft(d ? { ...d, body: withStation(d.body, null, s) } : newDraft(s.code, stationPresets(s)));
    void Taro.navigateTo({ url: '/sub/claim/index' });
  };
  // The calculator takes the station's area (its local figures) and, when it takes claims, its code for a new draft.
  const calculator = (s: Card) =>
    void Taro.navigateTo({
      url: `/sub/calculator/index?area=${s.areaCode}${s.active ? `&station=${encodeURIComponent(s.code)}` : ''}`,
    });
  return (
    <View className="page">
      <View className="lang" onClick={toggleLanguage}>
        {t('language')}
      </View>
      <View style={{ height: '40px' }} />
      {!station && !missing && !failed && <StationCardSkeleton />}
      {failed && (
        <View className="card" data-testid="station-failed">
          <View className="plain">{failed}</View>
          <Button className="btn btn-primary" onClick={() => setTries((n) => n + 1)} data-testid="station-retry">
            {t('retry')}
          </Button>
        </View>
      )}
      {station && (
        <>
          <StationCard s={station} />
          {station.active ? (
            <Button className="btn btn-primary" data-testid="start-claim" onClick={() => start(station)}>
              {t('start')}
            </Button>
          ) : (
            <View className="card">{t('inactiveStation')}</View>
          )}
          <Button className="btn btn-ghost" data-testid="station-calculator" onClick={() => calculator(station)}>
            {t('calcEntry')}
          </Button>
        </>
      )}
      {(station || missing) && (
        <Button
          className="btn btn-ghost"
          data-testid="station-rights"
          onClick={() => void Taro.switchTab({ url: '/pages/rights/index' })}
        >
          {t('rightsEntry')}
        </Button>
      )}
      {(missing || station?.active === false) && (
        <>
          {missing && (
            <View className="card" data-testid="unknown-station">
              {t('unknownStation')}
            </View>
          )}
          {others.map((s) => (
            <StationRow
              key={s.code}
              s={s}
              onClick={() => Taro.redirectTo({ url: `/pages/station/index?code=${encodeURIComponent(s.code)}` })}
            />
          ))}
        </>
      )}
    </View>
  );
}
