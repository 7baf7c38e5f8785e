import type { Label } from '@gig/shared';
import { wordsOf } from '../../i18n';

/**
 * The words of the inbox's entry on the cases tab and of each notice (the inbox page's own are in
 * sub/inbox/words.ts): apart from i18n.ts, so that a station's QR page does not load them.
 */
const NOTICE_WORDS = {
  inboxUnread: { 'zh-CN': '{n} 条未读', en: '{n} unread' },
  inboxAll: { 'zh-CN': '查看全部消息', en: 'See all messages' },
  unread: { 'zh-CN': '未读', en: 'Unread' },
} satisfies Record<string, Label>;

export const tn = wordsOf(NOTICE_WORDS);
