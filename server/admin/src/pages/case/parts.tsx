import { useEffect, useState } from 'react';
import { Button, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import {
  CASE_STATUS_LABELS,
  EVIDENCE_CATEGORY,
  ROLE,
  type CaseNotificationList,
  type CaseSummary,
  type EvidenceView,
  type MessageList,
  type Role,
} from '@gig/shared';
import { api, saveBlob } from '../../api';
import { useI18n } from '../../i18n';
import { statusColor, time, yuan } from '../../format';

/** The parts of the case page that are lists of their own: the thread, a message box, a file, what the worker was told. */
export function Thread({ items }: { items: MessageList['items'] }) {
  const { l, t } = useI18n();
  if (!items.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('none')} />;
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(m) => (
        <List.Item>
          <List.Item.Meta
            title={`${m.authorName} · ${l(ROLE.labels[m.authorRole as Role])} · ${time(m.at)}`}
            description={<span style={{ color: '#222', whiteSpace: 'pre-wrap' }}>{m.body}</span>}
          />
        </List.Item>
      )}
    />
  );
}

export function Composer({
  placeholder,
  button,
  onSend,
  testId,
}: {
  placeholder: string;
  button: string;
  onSend: (body: string) => Promise<void>;
  testId: string;
}) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <Space.Compact style={{ width: '100%', marginTop: 8 }}>
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={placeholder}
        autoSize={{ minRows: 1, maxRows: 4 }}
        maxLength={2000}
        data-testid={`${testId}-input`}
      />
      <Button
        type="primary"
        loading={busy}
        data-testid={`${testId}-send`}
        onClick={async () => {
          setBusy(true);
          await onSend(text);
          setText('');
          setBusy(false);
        }}
      >
        {button}
      </Button>
    </Space.Compact>
  );
}

/** One file: images inline, PDF and audio opened from the authorised download; the hash shown. */
export function EvidenceItem({ e }: { e: EvidenceView }) {
  const { l, t } = useI18n();
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let url: string | null = null;
    if (e.kind === 'image' || e.kind === 'audio') {
      api.file('evidence.content', { params: { id: e.id } }).then(
        (b) => setSrc((url = URL.createObjectURL(b))),
        () => setSrc(null),
      );
    }
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [e.id, e.kind]);
  return (
    <List.Item
      actions={[
        <a
          key="open"
          onClick={async () => saveBlob(await api.file('evidence.content', { params: { id: e.id } }), e.name)}
        >
          {t('open')}
        </a>,
      ]}
    >
      <List.Item.Meta
        avatar={
          e.kind === 'image' && src ? (
            <img src={src} alt={e.name} style={{ width: 96, height: 96, objectFit: 'cover', borderRadius: 4 }} />
          ) : undefined
        }
        title={
          <Space>
            <span>{e.name}</span>
            <Tag>{l(EVIDENCE_CATEGORY.labels[e.category])}</Tag>
            {e.sensitive && <Tag color="orange">PIPL</Tag>}
          </Space>
        }
        description={
          <>
            <div>
              {e.mime} · {(e.size / 1024).toFixed(1)} KB · {time(e.at)}
            </div>
            <Typography.Text code copyable style={{ fontSize: 11 }}>
              SHA-256 {e.sha256}
            </Typography.Text>
            {e.kind === 'audio' && src && <audio controls src={src} style={{ display: 'block', marginTop: 4 }} />}
          </>
        }
      />
    </List.Item>
  );
}

/** What the worker was told: each notification with its inbox state and each delivery by WeChat and SMS. */
export function NotificationList({ items }: { items: CaseNotificationList['items'] }) {
  const { t } = useI18n();
  return (
    <List
      dataSource={items}
      locale={{ emptyText: t('none') }}
      renderItem={(n) => (
        <List.Item>
          <List.Item.Meta
            title={n.title}
            description={
              <Space wrap size={4}>
                <span>{time(n.createdAt)}</span>
                <Tag color={n.readAt ? 'green' : 'default'}>
                  {t('inbox')} · {n.readAt ? t('read') : t('unread')}
                </Tag>
                {n.deliveries.map((d) => (
                  <Tag
                    key={d.channel}
                    color={
                      d.status === 'sent'
                        ? 'green'
                        : d.status === 'failed'
                          ? 'red'
                          : d.status === 'pending'
                            ? 'orange'
                            : 'default'
                    }
                    title={d.lastError ?? ''}
                  >
                    {t(d.channel === 'wechat' ? 'wechat' : 'sms')} · {t(`delivery_${d.status}`)}
                    {d.attempts.length > 1 ? ` ×${d.attempts.length}` : ''}
                  </Tag>
                ))}
              </Space>
            }
          />
        </List.Item>
      )}
    />
  );
}

/** Other cases against the same respondent that this user may see. */
export function RelatedList({ items }: { items: CaseSummary[] }) {
  const { l, t } = useI18n();
  return (
    <List
      dataSource={items}
      locale={{ emptyText: t('none') }}
      renderItem={(c) => (
        <List.Item>
          <Link to={`/cases/${c.id}`}>{c.number}</Link>
          <Tag color={statusColor(c.status)}>{l(CASE_STATUS_LABELS[c.status])}</Tag>
          <span>{yuan(c.totalFen)}</span>
        </List.Item>
      )}
    />
  );
}
