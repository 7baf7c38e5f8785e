import { useState } from 'react';
import { App, Button, DatePicker, Space } from 'antd';
import { FileExcelOutlined, FilePdfOutlined, LockOutlined } from '@ant-design/icons';
import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import dayjs from 'dayjs';
import { chinaDate } from '@gig/shared';
import { api, ApiError, saveBlob } from '../../api';
import { useI18n } from '../../i18n';
import type { StatsFilter } from './Filters';

/**
 * The figures as files behind the session's token: the Excel workbook of the filtered figures and
 * the case list behind them (the workers' names and phones only when revealed with a reason, which
 * the server audits), and the printable monthly report for the bureau.
 */
export function StatsDownloads({ filter, mayReveal }: { filter: StatsFilter; mayReveal: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const [month, setMonth] = useState(() => chinaDate(new Date()).slice(0, 7));
  // The same filters as the page (the grouping too: the workbook's breakdown sheet follows it).
  const query = filter;

  /** Fetches one file and saves it; the error, if any, in words. */
  const download = async (what: string, get: () => Promise<Blob>, name: string): Promise<boolean> => {
    setBusy(what);
    try {
      saveBlob(await get(), name);
      message.success(t('stDownloaded'));
      return true;
    } catch (e) {
      message.error((e as ApiError).message);
      return false;
    } finally {
      setBusy(null);
    }
  };
  const xlsx = `stats-${filter.from}-${filter.to}.xlsx`;

  return (
    <Space wrap>
      <Button
        icon={<FileExcelOutlined />}
        loading={busy === 'xlsx'}
        data-testid="stats-export"
        onClick={() => void download('xlsx', () => api.file('admin.stats.export', { query }), xlsx)}
      >
        {t('stExport')}
      </Button>
      {mayReveal && (
        <ModalForm<{ reason: string }>
          title={t('stRevealTitle')}
          width={520}
          modalProps={{ destroyOnClose: true, okText: t('stExport'), cancelText: t('cancel') }}
          trigger={
            <Button icon={<LockOutlined />} data-testid="stats-export-reveal">
              {t('stExportReveal')}
            </Button>
          }
          onFinish={(v) =>
            download(
              'reveal',
              () => api.file('admin.stats.export', { query: { ...query, reveal: true, reason: v.reason.trim() } }),
              xlsx,
            )
          }
        >
          <p>{t('stRevealNote')}</p>
          <ProFormTextArea
            name="reason"
            label={t('stRevealReason')}
            fieldProps={{ maxLength: 200, showCount: true, id: 'stats-reveal-reason' }}
            rules={[{ required: true, min: 2, whitespace: true, message: t('stReasonRule') }]}
          />
        </ModalForm>
      )}
      <Space.Compact>
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('stReportMonth')}
          value={dayjs(`${month}-01`)}
          onChange={(v) => v && setMonth(v.format('YYYY-MM'))}
          data-testid="stats-report-month"
        />
        <Button
          icon={<FilePdfOutlined />}
          loading={busy === 'pdf'}
          data-testid="stats-report"
          onClick={() =>
            void download(
              'pdf',
              () => api.file('admin.stats.report', { query: { month, stationId: filter.stationId } }),
              `stats-report-${month}.pdf`,
            )
          }
        >
          {t('stReport')}
        </Button>
      </Space.Compact>
    </Space>
  );
}
