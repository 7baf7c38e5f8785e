import { useRef } from 'react';
import { Alert, App, AutoComplete, Typography, type ButtonProps } from 'antd';
import {
  ModalForm,
  ProForm,
  ProFormDatePicker,
  ProFormDependency,
  ProFormDigit,
  ProFormSelect,
  ProFormSwitch,
  ProFormText,
  ProFormTextArea,
  type ProFormInstance,
} from '@ant-design/pro-components';
import { CITY_AREAS, FIGURE_KIND, FIGURE_UNIT, LocalFigureBody, type LocalFigureView } from '@gig/shared';
import { api, ApiError } from '../../api';
import { fieldWords, ruleWords } from '../../field-words';
import { useI18n } from '../../i18n';
import { rulesOf } from '../../schema-rules';
import { labelOptions } from '../case/ListFields';
import { CITY_CODE, FIGURE_FIELDS, dayOf, figureBody, nextVersion, type FigureValues } from './figure-rows';

/**
 * A system admin enters a new version of a figure: the area, the kind, the value in its unit
 * (yuan, or months for the look-back), the day it takes effect, its source, and whether it is an
 * example. The same area, kind and day again is a correction (said before sending). A field the
 * API refuses (400 with `fields`) shows its reason under that field.
 */
export function FigureForm({
  figures,
  start,
  onClose,
  onSaved,
}: {
  figures: LocalFigureView[];
  /** What the form opens with (a new entry's defaults, or the version to correct); null: closed. */
  start: FigureValues | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, l } = useI18n();
  const { message } = App.useApp();
  const form = useRef<ProFormInstance<FigureValues>>();
  const rule = (name: string) => rulesOf(LocalFigureBody, [name]);
  const areas = [
    { value: CITY_CODE, label: `${CITY_CODE} ${t('figCity')}` },
    ...CITY_AREAS.map((a) => ({ value: a.code, label: `${a.code} ${l(a.label)}` })),
  ];
  const submit = async (v: FigureValues) => {
    try {
      const saved = await api.call('admin.figures.create', { body: figureBody(v) });
      message.success(t('figSaved').replace('{n}', String(saved.version)));
      onSaved();
      return true;
    } catch (err) {
      const e = err as ApiError;
      const mine = e.fields.filter((f) => FIGURE_FIELDS.includes(f.path.replace(/^\/body\//, '')));
      form.current?.setFields(
        mine.map((f) => ({ name: f.path.replace(/^\/body\//, ''), errors: [ruleWords(f.rule, l)] })),
      );
      const rest = e.fields.filter((f) => !mine.includes(f));
      message.error(rest.length ? `${e.message}（${fieldWords(rest, l)}）` : e.message);
      return false;
    }
  };
  return (
    <ModalForm<FigureValues>
      title={t('figNew')}
      width={900}
      open={start !== null}
      formRef={form}
      layout="vertical"
      initialValues={start ?? undefined}
      modalProps={{ destroyOnClose: true, maskClosable: false, onCancel: onClose }}
      onFinish={submit}
      submitter={{
        searchConfig: { submitText: t('figSubmit') },
        submitButtonProps: { 'data-testid': 'figure-submit' } as ButtonProps,
      }}
    >
      <div data-testid="figure-form">
        <Typography.Paragraph type="secondary">{t('figNewHelp')}</Typography.Paragraph>
        <ProForm.Group size={16}>
          <ProForm.Item name="areaCode" label={t('figAreaCode')} tooltip={t('figAreaHint')} rules={rule('areaCode')}>
            <AutoComplete options={areas} style={{ width: 216 }} id="areaCode" />
          </ProForm.Item>
          <ProFormSelect
            name="kind"
            label={t('figKind')}
            width="md"
            options={labelOptions(FIGURE_KIND.labels, l)}
            rules={rule('kind')}
            allowClear={false}
          />
          <ProFormDependency name={['kind']}>
            {({ kind }: FigureValues) =>
              kind && FIGURE_UNIT[kind] === 'months' ? (
                <ProFormDigit
                  name="months"
                  label={t('figMonths')}
                  width="xs"
                  min={1}
                  max={240}
                  fieldProps={{ precision: 0 }}
                  rules={[{ required: true }]}
                />
              ) : (
                <ProFormText
                  name="amountYuan"
                  label={t('figAmount')}
                  width="sm"
                  rules={[{ required: true }, ...rule('amountYuan')]}
                />
              )
            }
          </ProFormDependency>
          <ProFormDatePicker
            name="effectiveFrom"
            label={t('figEffective')}
            width="sm"
            fieldProps={{ format: 'YYYY-MM-DD' }}
            rules={rule('effectiveFrom')}
          />
        </ProForm.Group>
        <ProFormTextArea
          name="source"
          label={t('figSource')}
          placeholder={t('figSourceHint')}
          rules={rule('source')}
          fieldProps={{ autoSize: { minRows: 2, maxRows: 4 } }}
        />
        <ProForm.Group size={16}>
          <ProFormText
            name="sourceUrl"
            label={t('figSourceUrl')}
            width="lg"
            rules={[{ pattern: /^https?:\/\//, message: t('figUrl') }, ...rule('sourceUrl')]}
          />
          <ProFormText name="note" label={t('figNoteLabel')} width="lg" rules={rule('note')} />
        </ProForm.Group>
        <ProFormSwitch name="example" label={t('figIsExample')} />
        <ProFormDependency name={['areaCode', 'kind', 'effectiveFrom']}>
          {({ areaCode, kind, effectiveFrom }: FigureValues) => {
            const n =
              areaCode && kind && effectiveFrom ? nextVersion(figures, areaCode, kind, dayOf(effectiveFrom)) : 1;
            return n > 1 ? (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                data-testid="figure-correction"
                message={t('figWillBe')
                  .replace('{v}', String(n - 1))
                  .replace('{n}', String(n))}
              />
            ) : null;
          }}
        </ProFormDependency>
      </div>
    </ModalForm>
  );
}
