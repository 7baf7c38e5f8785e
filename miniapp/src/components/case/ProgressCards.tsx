import { View } from '@tarojs/components';
import {
  CASE_ACTION_LABELS,
  CASE_STATUS_LABELS,
  DEADLINE_KIND_LABELS,
  type CaseAction,
  type CaseView,
  type DeadlineKind,
} from '@gig/shared';
import { l, t } from '../../i18n';
import { article, dateTime, daysUntil } from '../../format';

/** The mediation sessions: when, and the link or the address; none, no card. */
export function SessionsCard({ sessions }: { sessions: CaseView['sessions'] }) {
  if (!sessions.length) return null;
  return (
    <View className="card">
      <View className="label" style={{ marginTop: 0 }}>
        {t('sessions')}
      </View>
      {sessions.map((s) => (
        <View key={s.id} data-testid="session" style={{ marginBottom: '8px' }}>
          <View style={{ fontWeight: 600 }}>{dateTime(s.startsAt)}</View>
          <View className="muted">
            {s.mode === 'online' ? `${t('online')}：${s.link ?? ''}` : `${t('onSite')}：${s.address ?? ''}`}
          </View>
        </View>
      ))}
    </View>
  );
}

/** Every deadline of the case with the days left (or overdue) and the law, article and rule it comes from. */
export function DeadlinesCard({ deadlines }: { deadlines: CaseView['deadlines'] }) {
  if (!deadlines.length) return null;
  return (
    <View className="card">
      <View className="label" style={{ marginTop: 0 }}>
        {t('deadlines')}
      </View>
      {deadlines.map((d) => {
        const left = daysUntil(d.due);
        return (
          <View key={d.kind} style={{ marginBottom: '10px' }}>
            <View className="row">
              <View>{l(DEADLINE_KIND_LABELS[d.kind as DeadlineKind])}</View>
              <View className={`badge ${left < 0 ? 'badge-bad' : left <= 7 ? 'badge-warn' : ''}`}>
                {left < 0 ? t('overdue') : `${left} ${t('daysLeft')}`}
              </View>
            </View>
            <View className="muted" data-testid={`deadline-${d.kind}`}>
              {d.due} · {l(d.basis.law)}
              {article(d.basis.article)}：{l(d.basis.rule)}
            </View>
          </View>
        );
      })}
    </View>
  );
}

/** What an event was: the status it reached, or what was done when the status stayed (an offer, a signature). */
function eventTitle(e: CaseView['events'][number]): string {
  const action = (CASE_ACTION_LABELS as Partial<Record<string, (typeof CASE_ACTION_LABELS)[CaseAction]>>)[e.action];
  return e.fromStatus === e.toStatus && action ? l(action) : l(CASE_STATUS_LABELS[e.toStatus]);
}

/** What happened to the case, newest first: each status it reached (or what was done), when, and why. */
export function TimelineCard({ events }: { events: CaseView['events'] }) {
  return (
    <View className="card" data-testid="timeline">
      <View className="label" style={{ marginTop: 0 }}>
        {t('timeline')}
      </View>
      {[...events].reverse().map((e) => (
        <View key={e.seq} className="timeline-item">
          <View style={{ fontWeight: 600 }}>{eventTitle(e)}</View>
          <View className="muted">{dateTime(e.at)}</View>
          {e.reason && (
            <View className="muted">
              {t('reason')}：{e.reason}
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
