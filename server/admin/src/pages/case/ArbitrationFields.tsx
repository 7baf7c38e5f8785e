import { Alert, Space, Tag, Typography } from 'antd';
import {
  ProFormCheckbox,
  ProFormDatePicker,
  ProFormDateTimePicker,
  ProFormDependency,
  ProFormList,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import dayjs from 'dayjs';
import { ACTIONS, CLAIM_TYPE, addDays, chinaDate, type CaseView } from '@gig/shared';
import { useI18n } from '../../i18n';
import { rulesOf } from '../../schema-rules';
import { yuan } from '../../format';
import { labelOptions } from './ListFields';
import {
  ARBITRATION_FORMS,
  awardRows,
  finalityPreview,
  type ArbitrationAction,
  type AwardRow,
  type FieldSpec,
} from './arbitration-form';

/**
 * The arbitrator's forms, drawn from their specs (arbitration-form.ts): each body field with the
 * shared schema's rules, what the law asks of the step above them, and for an award one row per
 * claimed item with a preview of which items will be final (art 47).
 */
export function ArbitrationFields({ action, view }: { action: ArbitrationAction; view: CaseView }) {
  const { t, locale } = useI18n();
  const form = ARBITRATION_FORMS[action];
  // The Chinese words end with "：", the English ones want a space before the date.
  const sep = locale === 'en' ? ' ' : '';
  const today = chinaDate(new Date());
  // Art 35: at least 5 days' written notice, counted on China's calendar as the server does.
  const earliestHearing = addDays(today, 5);
  const awardDue = view.deadlines.find((d) => d.kind === 'arbitration_award')?.due;
  const note =
    form.note === 'hearingNotice'
      ? `${t('hearingNotice')}${sep}${earliestHearing}`
      : form.note === 'extensionNote' && awardDue
        ? `${t('extensionNote')} ${t('currentAwardDue')}${sep}${awardDue}`
        : form.note && t(form.note);
  return (
    <>
      {note && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={note} data-testid="arb-note" />}
      {form.fields.map((f) => (
        <Field key={f.name} f={f} action={action} view={view} earliestHearing={earliestHearing} today={today} />
      ))}
    </>
  );
}

function Field(p: { f: FieldSpec; action: ArbitrationAction; view: CaseView; earliestHearing: string; today: string }) {
  const { t } = useI18n();
  const { f } = p;
  const rules = rulesOf(ACTIONS[p.action].body, [f.name]);
  const extra = f.extra && t(f.extra);
  switch (f.kind) {
    case 'date':
      return (
        <ProFormDatePicker
          name={f.name}
          label={t(f.label)}
          extra={extra}
          initialValue={f.today ? p.today : undefined}
          rules={rules}
          fieldProps={{ format: 'YYYY-MM-DD' }}
          transform={(v: string) => ({ [f.name]: dayjs(v).format('YYYY-MM-DD') })}
        />
      );
    case 'datetime':
      return (
        <ProFormDateTimePicker
          name={f.name}
          label={t(f.label)}
          extra={extra}
          rules={rules}
          fieldProps={{
            format: 'YYYY-MM-DD HH:mm',
            showTime: { format: 'HH:mm', minuteStep: 5 },
            disabledDate: (d) => d.format('YYYY-MM-DD') < p.earliestHearing,
          }}
        />
      );
    case 'textarea':
      return <ProFormTextArea name={f.name} label={t(f.label)} extra={extra} rules={rules} />;
    case 'awardItems':
      return <AwardItemsField view={p.view} />;
    default:
      return (
        <ProFormText
          name={f.name}
          label={t(f.label)}
          extra={extra}
          rules={rules}
          width={f.kind === 'yuan' ? 'sm' : undefined}
          placeholder={f.name === 'tribunal' ? t('tribunalHint') : undefined}
          initialValue={f.stationAddress ? (p.view.station?.address ?? '') : undefined}
        />
      );
  }
}

/** The award's items: type, amount awarded and whether it is a standards dispute, one row per claimed item to start. */
function AwardItemsField({ view }: { view: CaseView }) {
  const { t, l } = useI18n();
  const body = ACTIONS.record_award.body;
  const claimed = (r: { claimedYuan?: string | null } | undefined) =>
    r?.claimedYuan ? `${t('claimed')} ¥${r.claimedYuan}` : undefined;
  return (
    <>
      <ProFormList
        name="items"
        label={t('awardItems')}
        min={1}
        // Each row keeps what was claimed, to show beside the amount; the body takes only the award's columns.
        initialValue={awardRows(view)}
        creatorRecord={{ type: 'other', awardedYuan: '', standardsDispute: false }}
        creatorButtonProps={{ creatorButtonText: t('add') }}
      >
        {(_meta, _index, row) => (
          <Space align="start" wrap>
            <ProFormSelect
              name="type"
              options={labelOptions(CLAIM_TYPE.labels, l)}
              rules={rulesOf(body, ['items', 'type'])}
              width="sm"
            />
            <ProFormText
              name="awardedYuan"
              placeholder={t('awardedYuan')}
              rules={rulesOf(body, ['items', 'awardedYuan'])}
              width="xs"
              extra={claimed(row.getCurrentRowData())}
            />
            <ProFormCheckbox name="standardsDispute" fieldProps={{ style: { marginTop: 5 } }}>
              {t('standardsDispute')}
            </ProFormCheckbox>
          </Space>
        )}
      </ProFormList>
      <ProFormDependency name={['minimumWageYuan', 'items']}>
        {({ minimumWageYuan, items }: { minimumWageYuan?: string; items?: Partial<AwardRow>[] }) => {
          const { capFen, finals } = finalityPreview(minimumWageYuan, items);
          if (capFen === null && finals.every((x) => x === null)) return null;
          return (
            <Alert
              type="warning"
              style={{ marginBottom: 16 }}
              data-testid="finality-preview"
              message={
                <Space direction="vertical" size={2}>
                  <span>
                    {t('finalityPreview')}
                    {capFen !== null && ` · ${t('finalCap')} ¥${yuan(capFen)}`}
                  </span>
                  <Space wrap size={4}>
                    {finals.map((fin, n) => (
                      <Tag key={n} color={fin === null ? 'default' : fin ? 'green' : 'blue'}>
                        {n + 1}. {items?.[n]?.type ? l(CLAIM_TYPE.labels[items[n]!.type!]) : ''}{' '}
                        {fin === null ? '—' : fin ? t('final') : t('nonFinal')}
                      </Tag>
                    ))}
                  </Space>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('finalityRule')}
                  </Typography.Text>
                </Space>
              }
            />
          );
        }}
      </ProFormDependency>
    </>
  );
}
