import type { Label } from '@gig/shared';
import { wordsOf } from '../../i18n';

/** The inbox page's own words (the cases tab's entry and 未读 are i18n's `t`). */
const INBOX_WORDS = {
  readAll: { 'zh-CN': '全部标为已读', en: 'Mark all as read' },
  allRead: { 'zh-CN': '已全部标为已读', en: 'All marked as read' },
  unreadCount: { 'zh-CN': '{n} 条未读，点一条查看它的案件', en: '{n} unread; tap one to open its case' },
  noneUnread: { 'zh-CN': '没有未读消息', en: 'Nothing unread' },
  more: { 'zh-CN': '加载更早的消息', en: 'Show older messages' },
  loading: { 'zh-CN': '正在加载…', en: 'Loading…' },
  end: { 'zh-CN': '没有更早的消息了', en: 'No older messages' },
  empty: {
    'zh-CN': '还没有消息。案件有进展时（受理、安排调解、协议待签字等），会在这里告诉您。',
    en: 'No messages yet. When something happens on your case (accepted, a session set, an agreement to sign…), it shows here.',
  },
  failed: { 'zh-CN': '没能加载消息。', en: 'Could not load your messages.' },
  retry: { 'zh-CN': '重试', en: 'Try again' },
} satisfies Record<string, Label>;

export const ti = wordsOf(INBOX_WORDS);
