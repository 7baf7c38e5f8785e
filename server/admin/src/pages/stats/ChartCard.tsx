import type { ReactNode } from 'react';
import { Card, Col, Empty, Row, Table, type TableColumnsType } from 'antd';
import { Chart, type ChartOption } from './Chart';

/**
 * A chart with its table beside it: the same numbers, readable by a screen reader and copyable.
 * Nothing to show is said in words, not drawn as empty axes.
 */
export function ChartCard<R extends object>({
  title,
  testId,
  option,
  rows,
  columns,
  rowKey,
  empty,
  height = 300,
  extra,
  wideChart = false,
  expandAll = false,
}: {
  title: string;
  testId: string;
  option: ChartOption;
  rows: readonly R[];
  columns: TableColumnsType<R>;
  rowKey: keyof R & string;
  /** The words when there are no rows. */
  empty: string;
  height?: number;
  extra?: ReactNode;
  /** The chart needs the card's width (a tree of long names): the table goes below it. */
  wideChart?: boolean;
  /** The rows are a tree (children): open every level. */
  expandAll?: boolean;
}) {
  return (
    <Card title={title} extra={extra} style={{ marginBottom: 16 }} data-testid={`card-${testId}`}>
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} data-testid={`empty-${testId}`} />
      ) : (
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={wideChart ? 24 : 12}>
            <Chart option={option} label={title} height={height} testId={`chart-${testId}`} />
          </Col>
          <Col xs={24} xl={wideChart ? 24 : 12}>
            <Table<R>
              size="small"
              pagination={false}
              rowKey={rowKey}
              dataSource={rows as R[]}
              columns={columns}
              data-testid={`table-${testId}`}
              tableLayout="fixed"
              expandable={expandAll ? { defaultExpandAllRows: true, indentSize: 12 } : undefined}
            />
          </Col>
        </Row>
      )}
    </Card>
  );
}
