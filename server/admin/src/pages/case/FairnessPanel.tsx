import { useEffect, useState } from 'react';
import { Alert, Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import {
  ProForm,
  ProFormDatePicker,
  ProFormDependency,
  ProFormDigit,
  ProFormSelect,
  ProFormSwitch,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import {
  CLAIM_TYPE,
  DEFAULT_FAIRNESS_THRESHOLD,
  FIGURE_KIND,
  chinaDate,
  fairnessCheck,
  fairnessItems,
  type CaseView,
  type FairnessComparison,
  type LegalBasis,
  type LocalFigure,
} from '@gig/shared';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { articleOf, yuan } from '../../format';
import { factsOf, offerOf, termsOf, type FairnessValues } from './fairness-form';

const SOURCE_COLOR = { statutory: 'blue', worker_calculation: 'cyan', claimed: 'default' } as const;
const WAGE = /^[0-9][0-9,]{0,12}(\.[0-9]{1,2})?$/;

/**
 * The fairness check in the agreement forms: facts for the statutory baselines (only those the
 * claim's items need), each claimed item's baseline beside the offer with the ratio, and the
 * warnings (far below the baseline, a confidentiality clause, a waiver of work-injury rights or of
 * every other claim), each with its basis. It never blocks: the form submits whatever it says.
 */
export function FairnessPanel({ view }: { view: CaseView }) {
  const { t } = useI18n();
  const [figures, setFigures] = useState<LocalFigure[]>([]);
  useEffect(() => {
    let live = true;
    // Every staff account reads the local figures; without them the calculators say what they did not check.
    api.call('admin.figures', {}).then(
      (r) => live && setFigures(r.items),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <Card size="small" title={t('fairTitle')} data-testid="fairness" style={{ marginTop: 8 }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('fairHelp')}
      </Typography.Paragraph>
      <FactFields types={new Set(view.items.map((i) => i.type))} />
      <ProFormDependency name={['items', 'facts', 'fairness']}>
        {(values: { items?: unknown; facts?: string; fairness?: FairnessValues }) => (
          <Findings view={view} figures={figures} values={values} />
        )}
      </ProFormDependency>
    </Card>
  );
}

/** The facts each claimed type's calculator needs; nothing is asked that no item uses. */
function FactFields({ types }: { types: Set<string> }) {
  const { t } = useI18n();
  const has = (...k: string[]) => k.some((x) => types.has(x));
  const date = { format: 'YYYY-MM-DD' };
  const hours = { min: 0, max: 744, fieldProps: { precision: 1 }, width: 'xs' as const };
  if (!has('termination_compensation', 'double_wages', 'overtime', 'unpaid_wages', 'work_injury')) return null;
  return (
    <ProForm.Group title={t('fairFacts')} size={12}>
      <ProFormText
        name={['fairness', 'wageYuan']}
        label={t('fairWage')}
        tooltip={t('fairWageHint')}
        width="xs"
        rules={[{ pattern: WAGE }]}
      />
      {has('termination_compensation', 'double_wages') && (
        <>
          <ProFormDatePicker name={['fairness', 'start']} label={t('fairStart')} fieldProps={date} width="sm" />
          <ProFormDatePicker name={['fairness', 'end']} label={t('fairEnd')} fieldProps={date} width="sm" />
        </>
      )}
      {has('termination_compensation') && <ProFormSwitch name={['fairness', 'unlawful']} label={t('fairUnlawful')} />}
      {has('double_wages') && (
        <ProFormDatePicker name={['fairness', 'signedOn']} label={t('fairSigned')} fieldProps={date} width="sm" />
      )}
      {has('overtime') && (
        <>
          <ProFormDigit name={['fairness', 'otWorkday']} label={t('fairOtWorkday')} {...hours} />
          <ProFormDigit name={['fairness', 'otRest']} label={t('fairOtRest')} {...hours} />
          <ProFormDigit name={['fairness', 'otHoliday']} label={t('fairOtHoliday')} {...hours} />
        </>
      )}
      {has('unpaid_wages') && (
        <ProFormDigit
          name={['fairness', 'unpaidMonths']}
          label={t('fairUnpaidMonths')}
          min={0}
          max={240}
          fieldProps={{ precision: 2 }}
          width="xs"
        />
      )}
      {has('work_injury') && (
        <ProFormSelect
          name={['fairness', 'grade']}
          label={t('fairGrade')}
          width="xs"
          options={[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => ({
            value: n,
            label: t('fairGradeN').replace('{n}', String(n)),
          }))}
        />
      )}
    </ProForm.Group>
  );
}

function Findings({
  view,
  figures,
  values,
}: {
  view: CaseView;
  figures: LocalFigure[];
  values: { items?: unknown; facts?: string; fairness?: FairnessValues };
}) {
  const { t, l, locale } = useI18n();
  const colon = locale === 'en' ? ': ' : '：';
  const { facts, used } = factsOf(values.fairness, figures, view.areaCode, chinaDate(new Date()));
  const result = fairnessCheck({
    items: fairnessItems(view.items, facts),
    offer: offerOf(values.items),
    terms: termsOf(values.facts, values.fairness?.otherTerms),
  });
  const capMatters = view.items.some((i) => i.type === 'termination_compensation');
  return (
    <>
      <ProFormTextArea
        name={['fairness', 'otherTerms']}
        label={t('fairOtherTerms')}
        fieldProps={{ autoSize: { minRows: 1, maxRows: 4 } }}
      />
      {(used.length > 0 || capMatters) && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="fairness-local">
          {t('fairLocal')}
          {colon}
          {used.map((f) => (
            <Space key={f.id} size={2} style={{ marginInlineEnd: 12 }}>
              {l(FIGURE_KIND.labels[f.kind])} ¥{yuan(f.value)} ({f.effectiveFrom})
              {f.example && <Tag color="red">{t('fairExample')}</Tag>}
            </Space>
          ))}
          {capMatters && facts.localAverageMonthlyWageFen === undefined && t('fairNoLocal')}
        </Typography.Paragraph>
      )}
      <ComparisonTable rows={result.comparisons} />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 8px' }}>
        {t('fairLine').replace('{pct}', `${Math.round(DEFAULT_FAIRNESS_THRESHOLD * 100)}%`)}
      </Typography.Paragraph>
      {result.warnings.length === 0 ? (
        <Alert type="success" showIcon message={t('fairOk')} data-testid="fairness-ok" />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="fairness-warnings">
          {result.warnings.map((w, n) => (
            <Alert
              key={`${w.code}-${n}`}
              type="warning"
              showIcon
              data-testid={`fairness-${w.code}`}
              message={l(w.message)}
              description={
                <>
                  {w.excerpts.length > 0 && (
                    <div>
                      {t('fairExcerpt')}
                      {colon}
                      {w.excerpts.map((e) => `“${e}”`).join('；')}
                    </div>
                  )}
                  <BasisLine basis={w.basis} />
                </>
              }
            />
          ))}
        </Space>
      )}
    </>
  );
}

function ComparisonTable({ rows }: { rows: FairnessComparison[] }) {
  const { t, l } = useI18n();
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="type"
      dataSource={rows}
      data-testid="fairness-items"
      columns={[
        { title: t('fairItem'), render: (_v, c) => l(CLAIM_TYPE.labels[c.type]) },
        { title: t('fairClaimed'), align: 'right', render: (_v, c) => yuan(c.claimedFen) },
        {
          title: t('fairBaseline'),
          align: 'right',
          render: (_v, c) => (c.baselineFen === null ? '—' : <strong>{yuan(c.baselineFen)}</strong>),
        },
        {
          title: t('fairSource'),
          render: (_v, c) => (
            <Tooltip title={l(c.baselineBasis.label)}>
              <Tag color={SOURCE_COLOR[c.baselineBasis.source]}>{t(`src_${c.baselineBasis.source}`)}</Tag>
            </Tooltip>
          ),
        },
        { title: t('fairOffer'), align: 'right', render: (_v, c) => <strong>{yuan(c.offerFen)}</strong> },
        {
          title: t('fairRatio'),
          align: 'right',
          render: (_v, c) =>
            c.ratio === null ? (
              '—'
            ) : (
              <span style={{ color: c.farBelow ? '#cf1322' : undefined }} data-testid={`fairness-ratio-${c.type}`}>
                {Math.round(c.ratio * 1000) / 10}%
              </span>
            ),
        },
      ]}
    />
  );
}

/** Each basis as its law and article, the rule itself on hover. */
function BasisLine({ basis }: { basis: LegalBasis[] }) {
  const { t, l, locale } = useI18n();
  return (
    <div style={{ fontSize: 12, marginTop: 4 }}>
      {t('fairBasis')}
      {locale === 'en' ? ': ' : '：'}
      {basis.map((b, n) => (
        <span key={`${l(b.law)}${b.article}`}>
          {n > 0 && '；'}
          <Tooltip title={l(b.rule)}>
            <Typography.Text underline style={{ fontSize: 12, cursor: 'help' }}>
              {b.article === '—'
                ? l(b.law)
                : locale === 'en'
                  ? `${l(b.law)} ${articleOf(b.article, locale)}`
                  : `《${l(b.law)}》${articleOf(b.article, locale)}`}
            </Typography.Text>
          </Tooltip>
        </span>
      ))}
    </div>
  );
}
