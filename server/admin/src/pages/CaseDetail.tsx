import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { App, Button, Card, Col, Empty, Form, Input, List, Modal, Result, Row, Space, Tag, Typography } from 'antd';
import { PageContainer } from '@ant-design/pro-components';
import {
  CASE_STATUS_LABELS,
  type CaseNotificationList,
  type CaseSummary,
  type CaseView,
  type MessageList,
} from '@gig/shared';
import { api, ApiError, getSession, newKey } from '../api';
import { access } from '../access';
import { useI18n } from '../i18n';
import { statusColor } from '../format';
import { ActionPanel } from './ActionPanel';
import { AgreementCard } from './case/AgreementCard';
import { ArbitrationCard } from './case/ArbitrationCard';
import { ClaimCard } from './case/ClaimCard';
import { ConsultationCard } from './case/ConsultationCard';
import { ConfirmationCard, PaymentOrderCard } from './case/CourtCards';
import { EvidenceChecklist } from './case/EvidenceChecklist';
import { LimitationBanner } from './case/LimitationBanner';
import { OutletCard } from './case/OutletCard';
import { Composer, EvidenceItem, NotificationList, RelatedList, Thread } from './case/parts';
import { DeadlinesCard, SessionsCard, TimelineCard } from './case/ProgressCards';

/**
 * One case for staff: its actions, the consultation, the arbitration stage, the outlet's answer
 * and offer, the agreement and the court steps after it, the claim, evidence, messages and notes,
 * deadlines, timeline, sessions. The respondent's outlet (access().party) sees its part only: no
 * thread, notes, reveals, related cases or what the worker was told.
 */
export function CaseDetailPage() {
  const { id = '' } = useParams();
  const { t, l } = useI18n();
  const { message } = App.useApp();
  const [view, setView] = useState<CaseView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [thread, setThread] = useState<MessageList['items']>([]);
  const [related, setRelated] = useState<CaseSummary[]>([]);
  const [respondentKey, setRespondentKey] = useState<string | null>(null);
  const [notices, setNotices] = useState<CaseNotificationList['items']>([]);
  // The message being sent and its client id, kept until the server has it.
  const pending = useRef({ text: '', id: '' });
  const can = access(getSession()?.user ?? null);

  const party = can.party;

  const load = useCallback(async () => {
    try {
      const v = await api.call('admin.cases.get', { params: { id } });
      setView(v);
      setError(null);
      if (party) return;
      const [m, r, n] = await Promise.all([
        api.call('admin.cases.messages', { params: { id } }),
        api.call('admin.cases.related', { params: { id } }),
        api.call('admin.cases.notifications', { params: { id } }),
      ]);
      setThread(m.items);
      setRelated(r.items);
      setRespondentKey(r.respondentKey);
      setNotices(n.items);
    } catch (err) {
      setError(err as ApiError);
    }
  }, [id, party]);
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

  return (
    <PageContainer
      title={
        <Space wrap size={4}>
          <span data-testid="case-number">{view.number}</span>
          <Tag color={statusColor(view.status)} data-testid="case-status">
            {l(CASE_STATUS_LABELS[view.status])}
          </Tag>
          {view.urgent && <Tag color="red">{t('urgent')}</Tag>}
          {view.legalAid && <Tag color="purple">{t('legalAid')}</Tag>}
        </Space>
      }
    >
      <LimitationBanner view={view} />
      <Card title={t('actions')} style={{ marginBottom: 16 }}>
        <ActionPanel view={view} onDone={() => void load()} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          {/* The consultation's one-case plan is the station's, not the respondent's to read. */}
          {!party && <ConsultationCard view={view} />}
          <ArbitrationCard view={view} />
          <AgreementCard view={view} />
          <ConfirmationCard view={view} />
          <PaymentOrderCard view={view} />
          <OutletCard view={view} />
          <ClaimCard view={view} onReveal={can.reveal ? reveal : undefined} />

          <Card title={t('evidence')} style={{ marginBottom: 16 }}>
            {view.evidence.length ? (
              <List dataSource={view.evidence} renderItem={(e) => <EvidenceItem e={e} />} />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('none')} />
            )}
          </Card>
          <EvidenceChecklist view={view} />

          {!party && (
            <>
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
            </>
          )}
        </Col>
        <Col xs={24} xl={8}>
          <DeadlinesCard deadlines={view.deadlines} status={view.status} />
          <SessionsCard sessions={view.sessions} />
          <TimelineCard events={view.events} />
          {!party && (
            <>
              <Card
                title={t('related')}
                style={{ marginBottom: 16 }}
                extra={
                  respondentKey && (
                    <Link to={`/respondents/${encodeURIComponent(respondentKey)}`} data-testid="respondent-link">
                      {t('rpOpen')}
                    </Link>
                  )
                }
              >
                <RelatedList items={related} />
              </Card>
              <Card title={t('notifications')}>
                <NotificationList items={notices} />
              </Card>
            </>
          )}
        </Col>
      </Row>
    </PageContainer>
  );
}
