import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { Badge, Button, Drawer, List, Popover, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { STAFF_NOTICE_TEXT, type StaffNoticeList } from '@gig/shared';
import { api } from '../api';
import { useI18n } from '../i18n';
import { useNarrow } from '../narrow';
import { chinaTime, time } from '../format';

type Notice = StaffNoticeList['items'][number];

/** How often an open page asks for new notices. */
const POLL_MS = 60_000;

/**
 * The header's bell for every staff user: the unread count, and the notices (a case dispatched
 * to my outlet, a consultation I sit on) newest first; opening one opens its case and marks it
 * read. Asked again on every page change and once a minute.
 */
export function NoticesBell() {
  const { t, l } = useI18n();
  const nav = useNavigate();
  const loc = useLocation();
  const [list, setList] = useState<StaffNoticeList | null>(null);
  const [open, setOpen] = useState(false);
  const narrow = useNarrow();
  const load = useCallback(() => {
    api.call('admin.notices', {}).then(setList, () => undefined);
  }, []);
  useEffect(load, [load, loc.pathname]);
  useEffect(() => {
    const timer = setInterval(load, POLL_MS);
    return () => clearInterval(timer);
  }, [load]);
  const openNotice = async (n: Notice) => {
    setOpen(false);
    if (!n.readAt) await api.call('admin.notices.read', { params: { id: n.id } }).catch(() => undefined);
    // An early warning opens its respondent's page; every other notice its case.
    nav(n.respondentKey ? `/respondents/${encodeURIComponent(n.respondentKey)}` : `/cases/${n.caseId}`);
    load();
  };
  const content = (
    <List
      size="small"
      style={narrow ? undefined : { width: 360, maxHeight: 420, overflowY: 'auto' }}
      dataSource={list?.items ?? []}
      locale={{ emptyText: t('noNotices') }}
      data-testid="notice-list"
      renderItem={(n) => (
        <List.Item
          onClick={() => void openNotice(n)}
          style={{ cursor: 'pointer', background: n.readAt ? undefined : '#e6f4ff', paddingInline: 8 }}
          data-testid={`notice-${n.caseNumber}`}
        >
          <List.Item.Meta
            title={
              <span>
                {!n.readAt && <Badge status="processing" style={{ marginRight: 6 }} />}
                {n.respondentName ?? n.caseNumber}
              </span>
            }
            description={
              <>
                <div style={{ color: '#333' }}>{l(STAFF_NOTICE_TEXT[n.kind])}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {time(n.createdAt)}
                  {n.at ? ` · ${t('meetsAt')} ${chinaTime(n.at)}` : ''}
                </Typography.Text>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
  const bell = (
    <Button
      type="text"
      aria-label={t('notices')}
      data-testid="notices"
      onClick={narrow ? () => setOpen(true) : undefined}
    >
      <Badge count={list?.unread ?? 0} size="small" data-testid="notices-unread">
        <BellOutlined style={{ fontSize: 16 }} />
      </Badge>
    </Button>
  );
  // A phone gets the list as a sheet from the top, the whole width; a desktop a popover under the bell.
  if (narrow)
    return (
      <>
        {bell}
        <Drawer
          title={t('notices')}
          placement="top"
          height="auto"
          open={open}
          onClose={() => setOpen(false)}
          styles={{ body: { padding: 8, maxHeight: '70vh', overflowY: 'auto' } }}
        >
          {content}
        </Drawer>
      </>
    );
  return (
    <Popover
      content={content}
      title={t('notices')}
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
    >
      {bell}
    </Popover>
  );
}
