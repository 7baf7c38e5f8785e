import * as echarts from 'echarts/core';
import { BarChart, PieChart, TreeChart } from 'echarts/charts';
import type { BarSeriesOption, PieSeriesOption, TreeSeriesOption } from 'echarts/charts';
import { GridComponent, LegendPlainComponent, TooltipComponent } from 'echarts/components';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useI18n } from '../../i18n';

/*
 * Only the chart types and components the statistics page draws, from echarts/core (the whole
 * library is several times larger). SVG: sharp at any zoom and in print, and its labels are text
 * a test (or a screen reader) can read. This module is loaded with the page only (React.lazy).
 */
echarts.use([BarChart, PieChart, TreeChart, GridComponent, LegendPlainComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | PieSeriesOption
  | TreeSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/**
 * One chart. It is a picture of the table beside it (which carries the same numbers for a screen
 * reader), so it is an image with the chart's name as its label.
 */
export function Chart({
  option,
  label,
  height = 300,
  testId,
}: {
  option: ChartOption;
  label: string;
  height?: number;
  testId: string;
}) {
  const { locale } = useI18n();
  return (
    <div role="img" aria-label={label} data-testid={testId}>
      <ReactEChartsCore
        // New figures draw a new chart rather than morphing the old one: ECharts' tree fails to
        // update a polyline tree whose nodes changed, and there is no animation to keep.
        key={JSON.stringify(option)}
        echarts={echarts}
        // No animation: figures to read (and print, and screenshot), not a show; nothing moves for
        // someone who prefers reduced motion.
        option={{ animation: false, ...option }}
        notMerge
        style={{ height, width: '100%' }}
        opts={{ renderer: 'svg', locale: locale === 'en' ? 'EN' : 'ZH' }}
      />
    </div>
  );
}
