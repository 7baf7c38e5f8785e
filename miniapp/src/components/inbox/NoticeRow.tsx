import { View } from '@tarojs/components';
import type { InboxItem } from '@gig/shared';
import { dateTime } from '../../format';
import { tn } from './words';

/**
 * One notification, for the cases tab's latest and the inbox page: unread ones carry a dot and
 * the word 未读 (not colour alone) and a bold title; what it says (with its case number) and when.
 */
export function NoticeRow({ n, onOpen }: { n: InboxItem; onOpen: (n: InboxItem) => void }) {
  const unread = !n.readAt;
  return (
    <View
      className="card"
      data-testid={`notice-${n.id}`}
      data-unread={unread ? 'yes' : 'no'}
      onClick={() => onOpen(n)}
      style={{ display: 'flex', alignItems: 'flex-start' }}
    >
      <View
        aria-hidden
        style={{
          flex: '0 0 10px',
          height: '10px',
          borderRadius: '5px',
          marginTop: '0.6em',
          marginRight: '10px',
          background: unread ? '#cb2634' : 'transparent',
        }}
      />
      <View style={{ flex: 1, minWidth: 0 }}>
        <View style={{ display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between' }}>
          <View style={{ fontWeight: unread ? 700 : 400 }}>{n.title}</View>
          {unread && (
            <View className="badge badge-bad" style={{ flexShrink: 0, marginLeft: '8px' }} data-testid="unread">
              {tn('unread')}
            </View>
          )}
        </View>
        <View className="muted">{n.body}</View>
        <View className="muted">{dateTime(n.createdAt)}</View>
      </View>
    </View>
  );
}
