import { Card, Empty, Table } from 'antd';
import { STATS_FIGURE_LABELS, type StatsFigures } from '@gig/shared';
import { useI18n } from '../../i18n';
import { TABLE_FIGURES, shown, type NamedGroup } from './figures';

/** Every figure of every group (by the chosen grouping), with the period's total as the last row. */
export function Breakdown({
  groups,
  groupTitle,
  total,
}: {
  groups: NamedGroup[];
  groupTitle: string;
  total: StatsFigures;
}) {
  const { t, l } = useI18n();
  return (
    <Card title={`${t('stBreakdown')} · ${groupTitle}`} style={{ marginBottom: 16 }} data-testid="card-breakdown">
      {groups.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stGroupEmpty')} />
      ) : (
        <Table<NamedGroup>
          size="small"
          bordered
          pagination={false}
          rowKey="key"
          dataSource={groups}
          scroll={{ x: 'max-content' }}
          data-testid="table-breakdown"
          columns={[
            { title: groupTitle, dataIndex: 'name', key: 'name', fixed: 'left' },
            ...TABLE_FIGURES.map((f) => ({
              title: l(STATS_FIGURE_LABELS[f]),
              key: f,
              align: 'right' as const,
              render: (_v: unknown, g: NamedGroup) => shown(f, g),
            })),
          ]}
          summary={() => (
            <Table.Summary fixed>
              <Table.Summary.Row style={{ fontWeight: 600 }} data-testid="breakdown-total">
                <Table.Summary.Cell index={0}>{t('stTotal')}</Table.Summary.Cell>
                {TABLE_FIGURES.map((f, i) => (
                  <Table.Summary.Cell key={f} index={i + 1} align="right">
                    {shown(f, total)}
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            </Table.Summary>
          )}
        />
      )}
    </Card>
  );
}
