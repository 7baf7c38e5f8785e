import { Card, List, Space, Tag, Timeline } from 'antd';
import {
  CASE_ACTION_LABELS,
  CASE_STATUS_LABELS,
  DEADLINE_KIND_LABELS,
  RUNNING_DEADLINES,
  ROLE,
  type CaseAction,
  type CaseStatus,
  type CaseView,
  type DeadlineKind,
  type Role,
} from '@gig/shared';
import { useI18n } from '../../i18n';
import { articleOf, dueColor, time } from '../../format';

/**
 * The case's legal deadlines, each with its due date coloured by how near it is and the rule it
 * comes from; those the current stage no longer counts (the mediation window once at arbitration)
 * come last, greyed, as the shared table of running deadlines says.
 */
export function DeadlinesCard({ deadlines, status }: { deadlines: CaseView['deadlines']; status: CaseStatus }) {
  const { t, l, locale } = useI18n();
  const running: readonly string[] | undefined = RUNNING_DEADLINES[status];
  const counts = (kind: string) => !running || running.includes(kind);
  const sorted = [...deadlines].sort((a, b) => Number(counts(b.kind)) - Number(counts(a.kind)));
  return (
    <Card title={t('deadlines')} style={{ marginBottom: 16 }}>
      <List
        dataSource={sorted}
        renderItem={(d) => (
          <List.Item style={counts(d.kind) ? undefined : { opacity: 0.5 }} data-testid={`deadline-${d.kind}`}>
            <List.Item.Meta
              title={
                <Space>
                  <span>{l(DEADLINE_KIND_LABELS[d.kind as DeadlineKind])}</span>
                  {counts(d.kind) ? (
                    <span style={{ color: dueColor(d.due), fontWeight: 600 }}>{d.due}</span>
                  ) : (
                    <>
                      <span>{d.due}</span>
                      <Tag>{t('notRunning')}</Tag>
                    </>
                  )}
                </Space>
              }
              description={`${t('from')} ${d.from} · ${l(d.basis.law)} ${articleOf(d.basis.article, locale)}：${l(d.basis.rule)}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

/** What happened to the case, in order: each action, who took it, when, the status it led to and why. */
export function TimelineCard({ events }: { events: CaseView['events'] }) {
  const { t, l } = useI18n();
  const actionLabel = (a: string) =>
    a in CASE_ACTION_LABELS
      ? l(CASE_ACTION_LABELS[a as CaseAction])
      : a === 'submit'
        ? l({ 'zh-CN': '提交申请', en: 'Claim filed' })
        : a;
  return (
    <Card title={t('timeline')} style={{ marginBottom: 16 }}>
      <Timeline
        items={events.map((e) => ({
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
  );
}

/** The mediation sessions scheduled: when, where or the link, who was to attend and who came; none, no card. */
export function SessionsCard({ sessions }: { sessions: CaseView['sessions'] }) {
  const { t } = useI18n();
  if (!sessions.length) return null;
  return (
    <Card title={t('sessions')} style={{ marginBottom: 16 }}>
      <List
        dataSource={sessions}
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
                  <div data-testid={`session-answer-${s.id}`}>
                    {t('respondentAnswer')}：
                    {s.respondentAnswer ? (
                      <>
                        <Tag color={s.respondentAnswer.attend ? 'green' : 'red'}>
                          {s.respondentAnswer.attend ? t('willAttend') : t('willNotAttend')}
                        </Tag>
                        {s.respondentAnswer.note}
                      </>
                    ) : (
                      t('noAnswerYet')
                    )}
                  </div>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
