import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import type { InboxItem } from '@gig/shared';
import { call, goSignIn, session } from '../../api';
import { showError } from '../../api/show-error';
import { t, toggleLanguage, useLocale } from '../../i18n';
import { NoticeRow } from '../../components/inbox/NoticeRow';
import { ti } from './words';

const PAGE = 20;

/**
 * The query for the page after `shown`. Times are kept to the second, and `before` is strictly
 * earlier: notices from the same second as the last one shown would be skipped. So this asks
 * from just after that second, for as many more as it has shown from it (they come again and are
 * dropped by id).
 */
function after(shown: InboxItem[], before: string) {
  const again = shown.filter((n) => n.createdAt === before).length;
  return { before: new Date(Date.parse(before) + 1).toISOString(), limit: Math.min(100, PAGE + again) };
}

/**
 * Every notification, newest first, a page at a time ("older" loads the next): unread ones marked
 * with a dot and the word; a tap marks one read and opens its case; one button marks all read.
 * The words come from the server in the app's language, so a language switch reloads them.
 */
export default function Inbox() {
  const lang = useLocale('inboxTitle');
  const [items, setItems] = useState<InboxItem[] | null>(null);
  const [unread, setUnread] = useState(0);
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  // Loaded once it has answered: coming back from a case keeps what is shown (and what was read).
  const loaded = useRef(false);
  const shownIn = useRef(lang);

  /** The first page (again), or with `before` the next one after what is shown. */
  const load = async (before?: string) => {
    if (!session()) return goSignIn('/sub/inbox/index');
    setBusy(true);
    try {
      const page = await call('inbox.list', { query: before ? after(items ?? [], before) : { limit: PAGE } });
      setItems((shown) => {
        if (!before || !shown) return page.items;
        const seen = new Set(shown.map((n) => n.id));
        return [...shown, ...page.items.filter((n) => !seen.has(n.id))];
      });
      setUnread(page.unread);
      setNext(page.nextBefore);
      setFailed(false);
      loaded.current = true;
    } catch (err) {
      setFailed(true);
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  useDidShow(() => {
    if (!loaded.current) void load();
  });
  // The notices' words come in the app's language: a switch asks for them again.
  const reload = useRef(load);
  reload.current = load;
  useEffect(() => {
    if (shownIn.current === lang) return;
    shownIn.current = lang;
    void reload.current();
  }, [lang]);
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()));

  const markedRead = (ids: 'all' | string) => {
    const at = new Date().toISOString();
    setItems(
      (shown) => shown?.map((n) => (!n.readAt && (ids === 'all' || n.id === ids) ? { ...n, readAt: at } : n)) ?? null,
    );
  };

  // Read first (so the count is right when the worker comes back), then its case.
  const open = async (n: InboxItem) => {
    if (!n.readAt) {
      try {
        await call('inbox.read', { params: { id: n.id } });
      } catch (err) {
        return showError(err);
      }
      markedRead(n.id);
      setUnread((u) => Math.max(0, u - 1));
    }
    if (n.caseId) void Taro.navigateTo({ url: `/sub/case/index?id=${n.caseId}` });
  };

  const readAll = async () => {
    try {
      await call('inbox.readAll', {});
      markedRead('all');
      setUnread(0);
      void Taro.showToast({ title: ti('allRead'), icon: 'success' });
    } catch (err) {
      showError(err);
    }
  };

  return (
    <View className="page" data-testid="inbox-page">
      <View className="lang" onClick={toggleLanguage}>
        {t('language')}
      </View>
      <View className="title" style={{ marginTop: '36px' }}>
        {t('inboxTitle')}
      </View>
      {items && items.length > 0 && (
        <View className="muted" data-testid="inbox-unread">
          {unread ? ti('unreadCount', { n: unread }) : ti('noneUnread')}
        </View>
      )}
      {unread > 0 && (
        <Button className="btn btn-ghost" onClick={() => void readAll()} data-testid="read-all">
          {ti('readAll')}
        </Button>
      )}
      {!items && !failed && <View className="muted">{ti('loading')}</View>}
      {items?.length === 0 && (
        <View className="card" data-testid="inbox-empty">
          {ti('empty')}
        </View>
      )}
      {failed && !items && (
        <View className="card">
          <View>{ti('failed')}</View>
          <Button className="btn btn-ghost" onClick={() => void load()} data-testid="inbox-retry">
            {ti('retry')}
          </Button>
        </View>
      )}
      {items?.map((n) => (
        <NoticeRow key={n.id} n={n} onOpen={(x) => void open(x)} />
      ))}
      {next && (
        <Button className="btn btn-ghost" disabled={busy} onClick={() => void load(next)} data-testid="inbox-more">
          {busy ? ti('loading') : ti('more')}
        </Button>
      )}
      {items && items.length > PAGE && !next && <View className="muted">{ti('end')}</View>}
    </View>
  );
}
