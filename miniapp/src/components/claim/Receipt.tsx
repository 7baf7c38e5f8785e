import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { CASE_STATUS_LABELS, DEADLINE_KIND_LABELS, type DeadlineKind, type FilingReceipt } from '@gig/shared';
import { l, t } from '../../i18n';
import { LimitationNotice } from '../case/LimitationNotice';

/** What the worker sees right after filing: the case number, where it went, what happens next, the first deadline. */
export function Receipt({ r }: { r: FilingReceipt }) {
  const c = r.case;
  const first = c.deadlines[0];
  return (
    <View className="page" data-testid="receipt">
      <View className="title" style={{ marginTop: '24px' }}>
        {t('received')}
      </View>
      <View className="card">
        <View className="muted">{t('caseNumber')}</View>
        <View style={{ fontSize: '22px', fontWeight: 700 }} data-testid="case-number">
          {c.number}
        </View>
        <View className="badge" style={{ marginTop: '8px' }}>
          {l(CASE_STATUS_LABELS[c.status])}
        </View>
      </View>
      {c.station && (
        <View className="card">
          <View style={{ fontWeight: 600 }}>{c.station.name}</View>
          <View className="muted">{c.station.address}</View>
          <View className="muted">{c.station.phone}</View>
        </View>
      )}
      <View className="card">
        <View className="label">{t('whatNext')}</View>
        <View>{l(r.nextStep)}</View>
      </View>
      <LimitationNotice view={c} />
      {first && (
        <View className="card">
          <View className="label">{t('firstDeadline')}</View>
          <View>
            {l(DEADLINE_KIND_LABELS[first.kind as DeadlineKind])}：{first.due}
          </View>
          <View className="muted">
            {l(first.basis.law)} {l(first.basis.rule)}
          </View>
        </View>
      )}
      <Button
        className="btn btn-primary"
        onClick={() => Taro.redirectTo({ url: `/sub/case/index?id=${c.id}` })}
        data-testid="view-case"
      >
        {t('viewCase')}
      </Button>
    </View>
  );
}
