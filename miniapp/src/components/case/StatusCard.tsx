import { View } from '@tarojs/components';
import {
  CASE_STATUS_LABELS,
  DEADLINE_KIND_LABELS,
  WORKER_NEXT_STEP,
  type CaseView,
  type DeadlineKind,
} from '@gig/shared';
import { l, t } from '../../i18n';
import { article, daysUntil, runningDeadlines, statusClass } from '../../format';

/** The case at a glance: its number and status, what happens next (and why it was rejected or refused), the next deadline still running. */
export function StatusCard({ view }: { view: CaseView }) {
  const upcoming = [...runningDeadlines(view)]
    .filter((d) => daysUntil(d.due) >= 0)
    .sort((a, b) => a.due.localeCompare(b.due))[0];
  const left = upcoming ? daysUntil(upcoming.due) : 0;
  const lastReason = [...view.events].reverse().find((e) => e.reason)?.reason;
  return (
    <View className="card" style={{ marginTop: '36px' }}>
      <View className="row">
        <View className="big">{view.number}</View>
        <View className={`badge ${statusClass(view.status)}`} data-testid="status">
          {l(CASE_STATUS_LABELS[view.status])}
        </View>
      </View>
      <View className="label">{t('whatNext')}</View>
      <View data-testid="next-step">{l(WORKER_NEXT_STEP[view.status])}</View>
      {(view.status === 'rejected' || view.status === 'arbitration_refused') && lastReason && (
        <View className="error">
          {t('reason')}：{lastReason}
        </View>
      )}
      {upcoming && (
        <View style={{ marginTop: '12px' }} data-testid="next-deadline">
          <View className="muted">{l(DEADLINE_KIND_LABELS[upcoming.kind as DeadlineKind])}</View>
          <View className={`countdown${left <= 3 ? ' countdown-bad' : left <= 7 ? ' countdown-warn' : ''}`}>
            {left === 0 ? t('dueToday') : `${left} ${t('daysLeft')}`}
          </View>
          <View className="muted">
            {upcoming.due} · {l(upcoming.basis.law)}
            {article(upcoming.basis.article)}：{l(upcoming.basis.rule)}
          </View>
        </View>
      )}
    </View>
  );
}
