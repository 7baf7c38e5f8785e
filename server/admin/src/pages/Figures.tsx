import { useEffect, useState, type HTMLAttributes } from 'react';
import { Alert, Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { CITY_AREAS, FIGURE_KIND, FIGURE_UNIT, chinaDate, type LocalFigureView } from '@gig/shared';
import { api, ApiError, getSession } from '../api';
import { access } from '../access';
import { useI18n, type WordKey } from '../i18n';
import { time, yuan } from '../format';
import { FigureForm } from './figures/FigureForm';
import { CITY_CODE, figureGroups, type FigureGroup, type FigureState, type FigureValues } from './figures/figure-rows';

const STATE: Record<FigureState, { color: string; word: WordKey }> = {
  in_force: { color: 'green', word: 'figInForce' },
  corrected: { color: 'default', word: 'figCorrected' },
  replaced: { color: 'default', word: 'figReplaced' },
  future: { color: 'blue', word: 'figFuture' },
};

/**
 * The local figures the calculators read (versioned data): a table per kind and area with each
 * version's value, the day it took effect, its source (linked), its version and whether it is in
 * force today (highlighted); a red tag on an example. Every staff account reads it; a system admin
 * also gets the form to enter a new version.
 */
export function FiguresPage() {
  const { t, l } = useI18n();
  const can = access(getSession()?.user ?? null);
  const [figures, setFigures] = useState<LocalFigureView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  // The form's opening values: a new entry, or a correction of a version (its area, kind and day); null: closed.
  const [start, setStart] = useState<FigureValues | null>(null);
  const correct = can.manageFigures
    ? (f: LocalFigureView) =>
        setStart({ areaCode: f.areaCode, kind: f.kind, effectiveFrom: f.effectiveFrom, example: false })
    : undefined;
  useEffect(() => {
    api.call('admin.figures', {}).then(
      (r) => {
        setFigures(r.items);
        setError(null);
      },
      (e: ApiError) => setError(e.message),
    );
  }, [version]);
  const today = chinaDate(new Date());
  return (
    <PageContainer
      title={t('figures')}
      loading={!figures && !error}
      extra={
        can.manageFigures && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="figure-new"
            onClick={() => setStart({ areaCode: CITY_CODE, kind: 'minimum_monthly_wage', example: false })}
          >
            {t('figNew')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('figuresHelp')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {can.manageFigures && (
        <FigureForm
          figures={figures ?? []}
          start={start}
          onClose={() => setStart(null)}
          onSaved={() => {
            setStart(null);
            setVersion((v) => v + 1);
          }}
        />
      )}
      {figureGroups(figures ?? [], today).map(({ kind, groups }) => (
        <Card
          key={kind}
          title={l(FIGURE_KIND.labels[kind])}
          style={{ marginBottom: 16 }}
          data-testid={`figures-${kind}`}
        >
          {groups.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('figNone')} />
          ) : (
            groups.map((g) => <AreaTable key={g.areaCode} group={g} onCorrect={correct} />)
          )}
        </Card>
      ))}
    </PageContainer>
  );
}

/** The area's name: a district of the city by its code, else city- or province-wide. */
function useAreaName() {
  const { t, l } = useI18n();
  return (code: string) => {
    const known = CITY_AREAS.find((a) => a.code === code);
    if (known) return l(known.label);
    if (code.endsWith('0000')) return t('figProvince');
    return code.endsWith('00') ? t('figCity') : '';
  };
}

type Row = FigureGroup<LocalFigureView>['rows'][number];

function AreaTable({
  group,
  onCorrect,
}: {
  group: FigureGroup<LocalFigureView>;
  /** A system admin corrects a version: the form opens on its area, kind and day. */
  onCorrect?: (f: LocalFigureView) => void;
}) {
  const { t, locale } = useI18n();
  const areaName = useAreaName();
  const months = FIGURE_UNIT[group.kind] === 'months';
  return (
    <div style={{ marginBottom: 16 }} data-testid={`figures-${group.kind}-${group.areaCode}`}>
      <Typography.Text strong>
        {t('figArea')}
        {locale === 'en' ? ': ' : '：'}
        {group.areaCode} {areaName(group.areaCode)}
      </Typography.Text>
      <Table
        size="small"
        tableLayout="fixed"
        style={{ marginTop: 8 }}
        pagination={false}
        rowKey="id"
        dataSource={group.rows}
        onRow={(f) =>
          ({
            'data-testid': `figure-v${f.version}-${f.effectiveFrom}`,
            'data-state': f.state,
            style: f.state === 'in_force' ? { background: '#f6ffed', fontWeight: 600 } : undefined,
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: t('figValue'),
            align: 'right',
            width: 110,
            render: (_v, f) => (months ? t('figMonthsN').replace('{n}', String(f.value)) : `¥${yuan(f.value)}`),
          },
          { title: t('figEffective'), dataIndex: 'effectiveFrom', width: 110 },
          { title: t('figVersion'), width: 60, render: (_v, f) => `v${f.version}` },
          {
            title: t('figState'),
            width: 220,
            render: (_v, f) => (
              <Space size={4} wrap>
                <Tag color={STATE[f.state].color} data-testid="figure-state">
                  {t(STATE[f.state].word)}
                </Tag>
                {f.example && (
                  <Tag color="red" data-testid="figure-example">
                    {t('figExample')}
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            title: `${t('figSource')} · ${t('figNote')}`,
            render: (_v, f) => (
              <div style={{ fontWeight: 'normal' }}>
                <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: f.source }}>
                  {f.sourceUrl ? (
                    <a href={f.sourceUrl} target="_blank" rel="noreferrer noopener">
                      {f.source}
                    </a>
                  ) : (
                    f.source
                  )}
                </Typography.Paragraph>
                {f.note && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {f.note}
                  </Typography.Text>
                )}
              </div>
            ),
          },
          {
            title: t('figEntered'),
            width: 160,
            render: (_v, f) => <span style={{ fontWeight: 'normal' }}>{time(f.createdAt)}</span>,
          },
          ...(onCorrect
            ? [
                {
                  title: '',
                  width: 84,
                  render: (_v: unknown, f: Row) =>
                    f.state === 'corrected' ? null : (
                      <a onClick={() => onCorrect(f)} data-testid="figure-correct">
                        {t('figCorrect')}
                      </a>
                    ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
