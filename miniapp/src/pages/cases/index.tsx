import Taro, { useDidShow, useReady, useRouter, usePullDownRefresh } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { useState } from 'react';
import { CASE_STATUS_LABELS, type CaseSummary, type InboxPage } from '@gig/shared';
import { goSignIn, call, session } from '../../api';
import { showError } from '../../api/show-error';
import { l, t, toggleLanguage, useLocale } from '../../i18n';
import { useTabIcons } from '../../tab-icons';
import { statusClass, yuan } from '../../format';
import { stationName } from '../../format-station';
import { NoticeRow } from '../../components/inbox/NoticeRow';
import { tn } from '../../components/inbox/words';

/**
 * My cases with their status, and the way to the inbox: its unread count and the latest two
 * notifications (the inbox page has them all); pull down to refresh.
 */
export default function Cases() {
  useLocale('myCases');
  useTabIcons();
  const [items, setItems] = useState<CaseSummary[] | null>(null);
  const [inbox, setInbox] = useState<InboxPage | null>(null);
  const load = async () => {
    if (!session()) return;
    try {
      const [c, n] = await Promise.all([call('cases.mine', {}), call('inbox.list', { query: { limit: 2 } })]);
      setItems(c.items);
      setInbox(n);
    } catch (err) {
      showError(err);
    }
  };
  useDidShow(() => void load());
  // Sent here by the receipt with the new case to open over the list once it is drawn (Receipt.tsx).
  const { params } = useRouter();
  useReady(() => {
    const id = decodeURIComponent(params.open ?? '');
    if (id) void Taro.navigateTo({ url: `/sub/case/index?id=${encodeURIComponent(id)}` });
  });
  // Opening a notification marks it read and goes to its case.
  const open = async (n: InboxPage['items'][number]) => {
    if (!n.readAt) await call('inbox.read', { params: { id: n.id } }).catch(() => undefined);
    if (n.caseId) void Taro.navigateTo({ url: `/sub/case/index?id=${n.caseId}` });
  };
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()));
  if (!session())
    return (
      <View className="page">
        <View className="card">{t('signInWhy')}</View>
        <Button className="btn btn-primary" onClick={() => goSignIn('/pages/cases/index')}>
          {t('signIn')}
        </Button>
      </View>
    );
  return (
    <View className="page">
      <View className="lang" onClick={toggleLanguage}>
        {t('language')}
      </View>
      <View className="title" style={{ marginTop: '36px' }}>
        {t('myCases')}
      </View>
      <View className="muted">{t('pullToRefresh')}</View>
      {items?.length === 0 && <View className="card">{t('noCases')}</View>}
      {items?.map((c) => (
        <View
          key={c.id}
          className="card"
          data-testid={`case-${c.number}`}
          onClick={() => Taro.navigateTo({ url: `/sub/case/index?id=${c.id}` })}
        >
          <View className="row">
            <View style={{ fontWeight: 600, whiteSpace: 'nowrap', marginRight: '8px' }}>{c.number}</View>
            <View className={`badge ${statusClass(c.status)}`}>{l(CASE_STATUS_LABELS[c.status])}</View>
          </View>
          <View className="muted">
            {c.respondent.name} · ¥{yuan(c.totalFen)}
          </View>
          <View className="muted">{c.station ? stationName(c.station) : ''}</View>
        </View>
      ))}
      {inbox && inbox.items.length > 0 && (
        <>
          <View
            className="card row"
            data-testid="inbox-entry"
            onClick={() => void Taro.navigateTo({ url: '/sub/inbox/index' })}
          >
            <View style={{ fontWeight: 600 }}>
              {t('inboxTitle')}
              {inbox.unread ? `（${tn('inboxUnread', { n: inbox.unread })}）` : ''}
            </View>
            <View className="link" style={{ flexShrink: 0 }}>
              {tn('inboxAll')} ›
            </View>
          </View>
          {inbox.items.map((n) => (
            <NoticeRow key={n.id} n={n} onOpen={(x) => void open(x)} />
          ))}
        </>
      )}
    </View>
  );
}
