import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Result,
  Row,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import {
  CASE_ACTION_LABELS,
  CASE_STATUS_LABELS,
  CLAIM_TYPE,
  DEADLINE_KIND_LABELS,
  INDUSTRY,
  PAYMENT_METHOD,
  ROLE,
  type CaseAction,
  type CaseNotificationList,
  type CaseSummary,
  type CaseView,
  type DeadlineKind,
  type MessageList,
  type Role,
} from '@gig/shared';
import { api, ApiError, getSession, newKey, saveBlob } from '../api';
import { access } from '../access';
import { useI18n } from '../i18n';
import { dueColor, statusColor, time, yuan } from '../format';
import { ActionPanel } from './ActionPanel';
import { Composer, EvidenceItem, NotificationList, RelatedList, Thread } from './case/parts';

export function CaseDetailPage() {
  const { id = '' } = useParams();
  const { t, l } = useI18n();
  const { message } = App.useApp();
  const [view, setView] = useState<CaseView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [thread, setThread] = useState<MessageList['items']>([]);
  const [related, setRelated] = useState<CaseSummary[]>([]);
  const [notices, setNotices] = useState<CaseNotificationList['items']>([]);
  // The message being sent and its client id, kept until the server has it.
  const pending = useRef({ text: '', id: '' });
  const can = access(getSession()?.user ?? null);

  const load = useCallback(async () => {
    try {
      const v = await api.call('admin.cases.get', { params: { id } });
      setView(v);
      setError(null);
      const [m, r, n] = await Promise.all([
        api.call('admin.cases.messages', { params: { id } }),
        api.call('admin.cases.related', { params: { id } }),
        api.call('admin.cases.notifications', { params: { id } }),
      ]);
      setThread(m.items);
      setRelated(r.items);
      setNotices(n.items);
    } catch (err) {
      setError(err as ApiError);
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  if (error && !view) {
    const gone = error.status === 403 || error.status === 404;
    return (
      <div data-testid="case-error">
        <Result
          status={gone ? '403' : 'error'}
          title={gone ? t('notFound') : error.message}
          extra={
            <Space>
              <Link to="/cases">{t('back')}</Link>
              {!gone && <Button onClick={() => void load()}>{t('retry')}</Button>}
            </Space>
          }
        />
      </div>
    );
  }
  if (!view) return <PageContainer loading />;

  const reveal = (field: 'idNumber' | 'phone') => {
    let reason = '';
    Modal.confirm({
      title: t('revealTitle'),
      content: (
        <Form layout="vertical">
          <Typography.Paragraph type="warning">{t('revealNote')}</Typography.Paragraph>
          <Form.Item label={t('revealReason')} required>
            <Input.TextArea
              rows={2}
              maxLength={500}
              onChange={(e) => (reason = e.target.value)}
              data-testid="reveal-reason"
            />
          </Form.Item>
        </Form>
      ),
      onOk: async () => {
        try {
          const r = await api.call('admin.cases.reveal', { params: { id }, body: { field, reason: reason.trim() } });
          Modal.info({
            title: field === 'phone' ? t('phone') : t('idNumber'),
            content: (
              <Typography.Text copyable strong>
                {r.value}
              </Typography.Text>
            ),
          });
        } catch (err) {
          message.error((err as ApiError).message);
          throw err;
        }
      },
    });
  };

  const post = async (body: string, internal: boolean) => {
    if (!body.trim()) return;
    try {
      // The same text sent again after a failure keeps its client id: the server posts it once.
      const text = `${internal}:${body.trim()}`;
      if (pending.current.text !== text) pending.current = { text, id: newKey() };
      await api.call('admin.cases.post', {
        params: { id },
        body: { clientId: pending.current.id, body: body.trim(), internal },
      });
      pending.current = { text: '', id: '' };
      setThread((await api.call('admin.cases.messages', { params: { id } })).items);
    } catch (err) {
      message.error((err as ApiError).message);
    }
  };

  const actionLabel = (a: string) =>
    a in CASE_ACTION_LABELS
      ? l(CASE_ACTION_LABELS[a as CaseAction])
      : a === 'submit'
        ? l({ 'zh-CN': '提交申请', en: 'Claim filed' })
        : a;

  return (
    <PageContainer
      title={
        <Space>
          <span data-testid="case-number">{view.number}</span>
          <Tag color={statusColor(view.status)} data-testid="case-status">
            {l(CASE_STATUS_LABELS[view.status])}
          </Tag>
          {view.urgent && <Tag color="red">{t('urgent')}</Tag>}
          {view.legalAid && <Tag color="purple">{t('legalAid')}</Tag>}
        </Space>
      }
      extra={
        view.agreement && (
          <Button
            icon={<DownloadOutlined />}
            data-testid="agreement-pdf"
            onClick={async () =>
              saveBlob(await api.file('admin.cases.agreementPdf', { params: { id } }), `agreement-${view.number}.pdf`)
            }
          >
            {t('downloadPdf')}
          </Button>
        )
      }
    >
      <Card title={t('actions')} style={{ marginBottom: 16 }}>
        <ActionPanel view={view} onDone={() => void load()} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions title={t('claimant')} column={2} size="small" bordered>
              <Descriptions.Item label={t('name')}>{view.claimant.name}</Descriptions.Item>
              <Descriptions.Item label={t('idNumber')}>
                <Space>
                  {view.claimant.idNumberMasked}
                  {can.reveal && (
                    <Button
                      size="small"
                      type="link"
                      icon={<EyeOutlined />}
                      onClick={() => reveal('idNumber')}
                      data-testid="reveal-idNumber"
                    >
                      {t('reveal')}
                    </Button>
                  )}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('phone')}>
                <Space>
                  {view.claimant.phoneMasked}
                  {can.reveal && (
                    <Button
                      size="small"
                      type="link"
                      icon={<EyeOutlined />}
                      onClick={() => reveal('phone')}
                      data-testid="reveal-phone"
                    >
                      {t('reveal')}
                    </Button>
                  )}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('industry')}>{l(INDUSTRY.labels[view.industry])}</Descriptions.Item>
              <Descriptions.Item label={t('station')}>
                {view.station ? `${view.station.name} · ${view.station.phone ?? ''}` : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('routing')}>{l(view.routing.reasonText)}</Descriptions.Item>
              <Descriptions.Item label={t('outletConsent')}>
                <span data-testid="outlet-consent">
                  {view.outletConsent ? `${t('yes')} · ${time(view.outletConsent.at)}` : t('no')}
                </span>
              </Descriptions.Item>
            </Descriptions>
            <Descriptions title={t('respondent')} column={2} size="small" bordered style={{ marginTop: 16 }}>
              <Descriptions.Item label={t('respondent')}>{view.respondent.name}</Descriptions.Item>
              <Descriptions.Item label={t('creditCode')}>{view.respondent.creditCode ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('partner')}>{view.respondent.partnerName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('outlet')}>
                {view.outlet?.name ?? view.respondent.outletName ?? '—'}
              </Descriptions.Item>
            </Descriptions>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('items')}
            </Typography.Title>
            <Table
              size="small"
              pagination={false}
              rowKey={(_r, i) => String(i)}
              dataSource={view.items}
              columns={[
                { title: t('claimType'), render: (_v, r) => l(CLAIM_TYPE.labels[r.type]) },
                { title: t('amount'), align: 'right', render: (_v, r) => yuan(r.amountFen) },
                {
                  title: t('period'),
                  render: (_v, r) => (r.periodFrom ? `${r.periodFrom} ~ ${r.periodTo ?? ''}` : '—'),
                },
              ]}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>∑</Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    <strong>{yuan(view.totalFen)}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} />
                </Table.Summary.Row>
              )}
            />
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('description')}
            </Typography.Title>
            <Typography.Paragraph>{view.description || '—'}</Typography.Paragraph>
          </Card>

          <Card title={t('evidence')} style={{ marginBottom: 16 }}>
            {view.evidence.length ? (
              <List dataSource={view.evidence} renderItem={(e) => <EvidenceItem e={e} />} />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('none')} />
            )}
          </Card>

          {view.agreement && (
            <Card title={t('agreement')} style={{ marginBottom: 16 }}>
              <Descriptions size="small" column={3} bordered>
                <Descriptions.Item label={t('total')}>{yuan(view.agreement.totalFen)}</Descriptions.Item>
                <Descriptions.Item label={t('effectiveOn')}>{view.agreement.effectiveOn}</Descriptions.Item>
                <Descriptions.Item label={t('dueDate')}>{view.agreement.dueDate}</Descriptions.Item>
                <Descriptions.Item label={t('paymentMethod')}>
                  {l(PAYMENT_METHOD.labels[view.agreement.paymentMethod])}
                </Descriptions.Item>
                <Descriptions.Item label={t('signature')} span={2}>
                  {view.workerSignature
                    ? `${time(view.workerSignature.at)} · SHA-256 ${view.workerSignature.sha256.slice(0, 16)}…`
                    : t('no')}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          )}

          <Card title={t('messages')} style={{ marginBottom: 16 }}>
            <Thread items={thread.filter((m) => !m.internal)} />
            <Composer
              placeholder={t('messagePlaceholder')}
              button={t('send')}
              onSend={(b) => post(b, false)}
              testId="message"
            />
          </Card>
          <Card title={t('notes')} style={{ marginBottom: 16 }}>
            <Thread items={thread.filter((m) => m.internal)} />
            <Composer
              placeholder={t('notePlaceholder')}
              button={t('addNote')}
              onSend={(b) => post(b, true)}
              testId="note"
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('deadlines')} style={{ marginBottom: 16 }}>
            <List
              dataSource={view.deadlines}
              renderItem={(d) => (
                <List.Item>
                  <List.Item.Meta
                    title={
                      <Space>
                        <span>{l(DEADLINE_KIND_LABELS[d.kind as DeadlineKind])}</span>
                        <span style={{ color: dueColor(d.due), fontWeight: 600 }}>{d.due}</span>
                      </Space>
                    }
                    description={`${t('from')} ${d.from} · ${l(d.basis.law)} ${d.basis.article !== '—' ? `第${d.basis.article}条` : ''}：${l(d.basis.rule)}`}
                  />
                </List.Item>
              )}
            />
          </Card>
          <Card title={t('timeline')} style={{ marginBottom: 16 }}>
            <Timeline
              items={view.events.map((e) => ({
                color: e.toStatus === 'rejected' || e.toStatus === 'mediation_failed' ? 'red' : 'blue',
                children: (
                  <div data-testid={`event-${e.action}`}>
                    <strong>{actionLabel(e.action)}</strong> · {l(ROLE.labels[e.actorRole as Role])}
                    <div style={{ color: '#888', fontSize: 12 }}>
                      {time(e.at)} → {l(CASE_STATUS_LABELS[e.toStatus])}
                    </div>
                    {e.reason && <div>{e.reason}</div>}
                  </div>
                ),
              }))}
            />
          </Card>
          {view.sessions.length > 0 && (
            <Card title={t('sessions')} style={{ marginBottom: 16 }}>
              <List
                dataSource={view.sessions}
                renderItem={(s) => (
                  <List.Item>
                    <List.Item.Meta
                      title={`${time(s.startsAt)} · ${s.mode === 'online' ? t('online') : t('onSite')}`}
                      description={
                        <>
                          <div>{s.address ?? s.link}</div>
                          <div>
                            {t('attendees')}：{s.attendees.map((a) => a.name).join('、')}
                          </div>
                          {s.present && (
                            <div>
                              {t('present')}：{s.present.map((a) => a.name).join('、') || t('none')}
                            </div>
                          )}
                        </>
                      }
                    />
                  </List.Item>
                )}
              />
            </Card>
          )}
          <Card title={t('related')} style={{ marginBottom: 16 }}>
            <RelatedList items={related} />
          </Card>
          <Card title={t('notifications')}>
            <NotificationList items={notices} />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
