import { Input, View } from '@tarojs/components';
import { CITY_AREAS, INDUSTRY, OUTLET_SHARING_CONSENT, WORK_MODE, type Industry, type StationCard } from '@gig/shared';
import { stationPresets } from '../../draft';
import { stationName } from '../../format-station';
import { l, t } from '../../i18n';
import { tw } from '../../claim-words';
import { Chips } from './Chips';
import { RouteNotice } from './RouteNotice';
import type { StepProps } from './step';

/**
 * The step about the work: industry, how the work is done, the district (preset from the station
 * scanned, and said so), the company (and who it works through); where the claim will go, in
 * words, as soon as these decide it.
 */
export function WorkStep({ body, set, err, cls, scanned }: StepProps & { scanned: StationCard | null }) {
  const preset = stationPresets(scanned);
  const kept =
    (!!preset.industry && body.industry === preset.industry) ||
    (!!preset.areaCode && body.areaCode === preset.areaCode);
  return (
    <View>
      {scanned && kept && (
        <View className="hint" data-testid="preset-from">
          {tw('presetFrom', { station: stationName(scanned) })}
        </View>
      )}
      <View className="label">{t('industry')}</View>
      <Chips
        values={INDUSTRY.values}
        labels={INDUSTRY.labels}
        value={body.industry}
        onPick={(v: Industry) => set({ industry: v })}
        testid="industry"
      />
      {err('/industry')}
      <View className="label">{t('workMode')}</View>
      <Chips
        values={WORK_MODE.values}
        labels={WORK_MODE.labels}
        value={body.workMode}
        onPick={(v) => set({ workMode: v })}
        testid="work-mode"
      />
      {err('/workMode')}
      <View className="label">{t('area')}</View>
      <View className="chips">
        {CITY_AREAS.map((a) => (
          <View
            key={a.code}
            className={`chip${body.areaCode === a.code ? ' chip-on' : ''}`}
            onClick={() => set({ areaCode: a.code })}
            data-testid={`area-${a.code}`}
          >
            {l(a.label)}
          </View>
        ))}
      </View>
      <View className="hint">{t('areaHint')}</View>
      <Input
        className={cls('/areaCode')}
        type="number"
        maxlength={6}
        value={body.areaCode}
        onInput={(e) => set({ areaCode: e.detail.value })}
        data-testid="area"
      />
      {err('/areaCode')}
      <RouteNotice body={body} scanned={scanned} />
      <View className="label">{t('respondent')}</View>
      <Input
        className={cls('/respondent/name')}
        value={body.respondent.name}
        onInput={(e) => set({ respondent: { ...body.respondent, name: e.detail.value } })}
        data-testid="respondent"
      />
      <View className="hint">{t('respondentHint')}</View>
      {err('/respondent/name')}
      <View className="label">{t('partner')}</View>
      <Input
        className="input"
        value={body.respondent.partnerName ?? ''}
        onInput={(e) => set({ respondent: { ...body.respondent, partnerName: e.detail.value } })}
        data-testid="partner"
      />
      <View className="label">{t('outlet')}</View>
      <Input
        className="input"
        value={body.respondent.outletName ?? ''}
        onInput={(e) => set({ respondent: { ...body.respondent, outletName: e.detail.value } })}
        data-testid="outlet-name"
      />
      <View
        className={`chip consent${body.outletConsent ? ' chip-on' : ''}`}
        onClick={() => set({ outletConsent: body.outletConsent ? undefined : OUTLET_SHARING_CONSENT.version })}
        data-testid="outlet-consent"
      >
        <View style={{ fontWeight: 600 }}>
          {body.outletConsent ? '☑ ' : '☐ '}
          {t('outletConsent')}
        </View>
        <View className="hint">{l(OUTLET_SHARING_CONSENT.text)}</View>
      </View>
      <View className="label">{t('creditCode')}</View>
      <Input
        className={cls('/respondent/creditCode')}
        maxlength={18}
        value={body.respondent.creditCode ?? ''}
        onInput={(e) => set({ respondent: { ...body.respondent, creditCode: e.detail.value.toUpperCase() } })}
      />
      {err('/respondent/creditCode')}
    </View>
  );
}
