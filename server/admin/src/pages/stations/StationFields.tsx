import { ProFormDependency, ProFormSelect, ProFormSwitch, ProFormText } from '@ant-design/pro-components';
import { INDUSTRY, MEDIATION_TYPE, STATION_KIND, StationCreateBody, type Label, type Station } from '@gig/shared';
import { useI18n } from '../../i18n';
import { rulesOf } from '../../schema-rules';

/**
 * The fields of the station form: a new one under `parent` (code and kind chosen once), or the
 * editable fields of `station`, each checked as the shared schemas check it. An outlet also has
 * its company and credit code: dispatch goes only to the respondent's own outlet (isDispatchTarget).
 */
export function StationFields({
  station: s,
  parent,
  citywide,
}: {
  station: Station | null;
  parent: Station | null;
  citywide: boolean;
}) {
  const { t, l } = useI18n();
  const opts = (labels: Record<string, Label>) =>
    Object.entries(labels).map(([value, label]) => ({ value, label: l(label) }));
  return (
    <>
      {!s && (
        <ProFormText name="code" label={t('code')} rules={[{ required: true, pattern: /^[A-Za-z0-9_-]{2,32}$/ }]} />
      )}
      <ProFormText
        name="name"
        label={t('stationName')}
        initialValue={s?.name}
        rules={[{ required: true, min: 2, max: 100 }]}
      />
      <ProFormText
        name="nameEn"
        label={t('stationNameEn')}
        initialValue={s?.nameEn ?? undefined}
        rules={[{ max: 200 }]}
      />
      {!s && (
        <ProFormSelect
          name="kind"
          label={t('kind')}
          options={opts(STATION_KIND.labels)}
          initialValue={parent?.kind === 'association' ? 'outlet' : 'government'}
          rules={[{ required: true }]}
          disabled={!citywide}
        />
      )}
      <ProFormSelect
        name="industries"
        label={t('industry')}
        mode="multiple"
        options={opts(INDUSTRY.labels)}
        initialValue={s?.industries ?? parent?.industries ?? []}
      />
      <ProFormSelect
        name="mediationTypes"
        label={t('mediationTypes')}
        mode="multiple"
        options={opts(MEDIATION_TYPE.labels)}
        initialValue={s?.mediationTypes ?? []}
      />
      <ProFormText
        name="areaCode"
        label={t('area')}
        initialValue={s?.areaCode ?? parent?.areaCode}
        rules={[{ required: true, pattern: /^[0-9]{6}$/ }]}
      />
      <ProFormText
        name="address"
        label={t('address')}
        initialValue={s?.address}
        rules={[{ required: true, min: 2, max: 300 }]}
      />
      <ProFormText name="hours" label={t('hours')} initialValue={s?.hours} rules={[{ max: 200 }]} />
      <ProFormText
        name="phone"
        label={t('phone')}
        initialValue={s?.phone}
        rules={[{ required: true, pattern: /^[0-9+][0-9 -]{4,19}$/ }]}
      />
      {s ? (
        s.kind === 'outlet' && <OutletCompanyFields station={s} />
      ) : (
        <ProFormDependency name={['kind']}>
          {({ kind }: { kind?: string }) => kind === 'outlet' && <OutletCompanyFields station={null} />}
        </ProFormDependency>
      )}
      <ProFormSwitch name="active" label={t('active')} initialValue={s?.active ?? true} />
    </>
  );
}

/** An outlet's company and credit code; cleared, each is sent as null. */
function OutletCompanyFields({ station: s }: { station: Station | null }) {
  const { t } = useI18n();
  const orNull = (name: string) => (v: string | undefined) => ({ [name]: v?.trim() ? v.trim() : null });
  return (
    <>
      <ProFormText
        name="organisation"
        label={t('organisation')}
        extra={t('organisationHelp')}
        initialValue={s?.organisation ?? undefined}
        rules={rulesOf(StationCreateBody, ['organisation'])}
        transform={orNull('organisation')}
      />
      <ProFormText
        name="creditCode"
        label={t('creditCode')}
        extra={t('outletCreditHelp')}
        initialValue={s?.creditCode ?? undefined}
        rules={rulesOf(StationCreateBody, ['creditCode'])}
        transform={orNull('creditCode')}
      />
    </>
  );
}
