import { View } from '@tarojs/components';
import { chinaDate, limitationExpiredBeforeFiling } from '@gig/shared';
import { tl } from '../../limitation-words';

/**
 * A claim filed after its one-year time limit may have run out: the worker is told the day, and
 * that the case goes on (the limit is a defence the employer may raise: LDMAL art 27, 民法典 art 192).
 */
export function LimitationNotice({
  view,
}: {
  view: { deadlines: readonly { kind: string; due: string }[]; submittedAt: string };
}) {
  const expired = limitationExpiredBeforeFiling(view.deadlines, chinaDate(new Date(view.submittedAt)));
  if (!expired) return null;
  return (
    <View className="limitation-warning" data-testid="limitation-expired">
      <View>{tl('filedAfterExpiry', { date: expired })}</View>
      <View className="limitation-basis">{tl('basis')}</View>
    </View>
  );
}
