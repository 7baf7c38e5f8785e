import { Button, View } from '@tarojs/components';
import { MEDIATION_TYPE, type Label, type MediationType, type StationCard as Card } from '@gig/shared';
import { StationCard } from '../StationCard';
import { StationRow } from '../StationRow';
import type { Draft } from '../../draft';
import { l, t } from '../../i18n';

/** What each kind of mediation at a government centre is, in one line. */
const MEDIATION_TYPE_HELP: Record<MediationType, Label> = {
  union: {
    'zh-CN': '由工会的调解员帮您和单位谈，适合有工会的单位。',
    en: 'A union mediator helps you talk with the company; good where there is a union.',
  },
  people: {
    'zh-CN': '由街道、社区的人民调解员调解，离家近，也能调家政等纠纷。',
    en: 'A neighbourhood people’s mediator; close to home, also for household work.',
  },
  pre_arbitration: {
    'zh-CN': '由仲裁院的调解员调解，谈不成可直接转仲裁。',
    en: 'A mediator of the arbitration body; if it fails it goes straight to arbitration.',
  },
};

/**
 * The wizard's first step: the station the QR code named (or none yet), the kind of station the
 * worker prefers and, at a government centre, the kind of mediation; or another station.
 */
export function StationStep({
  station,
  body,
  set,
  choices,
  onPickStation,
  onChoose,
}: {
  station: Card | null;
  body: Draft['body'];
  set: (patch: Partial<Draft['body']>) => void;
  choices: Card[] | null;
  onPickStation: () => void;
  onChoose: (code: string | undefined) => void;
}) {
  return (
    <View>
      {station ? (
        <View data-testid="claim-station">
          <StationCard s={station} />
        </View>
      ) : (
        <View className="card muted" data-testid="claim-station">
          {t('noStationYet')}
        </View>
      )}
      <View className="label">{t('channel')}</View>
      <View className="chips chips-column">
        {([null, 'association', 'government'] as const).map((c) => (
          <View
            key={String(c)}
            className={`chip${(body.preferredChannel ?? null) === c ? ' chip-on' : ''}`}
            onClick={() => set({ preferredChannel: c, ...(c === 'government' ? {} : { mediationType: null }) })}
            data-testid={`channel-${c ?? 'any'}`}
          >
            {c === null ? t('channelAny') : c === 'association' ? t('channelAssoc') : t('channelGov')}
          </View>
        ))}
      </View>
      {body.preferredChannel === 'government' && (
        <View>
          <View className="label">{t('mediationType')}</View>
          <View className="chips chips-column">
            {MEDIATION_TYPE.values.map((m) => (
              <View
                key={m}
                className={`chip${body.mediationType === m ? ' chip-on' : ''}`}
                onClick={() => set({ mediationType: m })}
                data-testid={`mediation-type-${m}`}
              >
                <View style={{ fontWeight: 600 }}>{l(MEDIATION_TYPE.labels[m])}</View>
                <View className="hint">{l(MEDIATION_TYPE_HELP[m])}</View>
              </View>
            ))}
          </View>
        </View>
      )}
      <Button className="btn btn-ghost" onClick={onPickStation} data-testid="change-station">
        {choices ? t('keepStation') : t('changeStation')}
      </Button>
      {choices && (
        <View data-testid="station-choices">
          <View
            className={`chip${!body.stationCode ? ' chip-on' : ''}`}
            style={{ marginBottom: '8px' }}
            onClick={() => onChoose(undefined)}
          >
            {t('stationAny')}
          </View>
          {choices.map((c) => (
            <StationRow
              key={c.code}
              s={c}
              selected={c.code === body.stationCode}
              onClick={() => onChoose(c.code)}
              testid={`choose-${c.code}`}
            />
          ))}
        </View>
      )}
    </View>
  );
}
