import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { CASE_STATUS_LABELS, DEADLINE_KIND_LABELS, type DeadlineKind, type FilingReceipt } from '@gig/shared';
import { l, t, toggleLanguage } from '../../i18n';
import { stationName } from '../../format-station';
import { article } from '../../format';
import { LimitationNotice } from '../case/LimitationNotice';
import { showError } from '../../api/show-error';
import { tp } from '../../profile';
import { tc } from '../../case-words';
import { PdfButton } from '../case/PdfButton';

/**
 * The case opened from the receipt: "my cases" takes the claim's place and, once it is showing,
 * opens the case over itself (`open`), so back (the title bar's, the browser's, the phone's) leads
 * to the list, not to the station page or an empty one. Opening the case from here right after
 * `reLaunch` raced with the list's own mounting on a slow phone: the list could end on top.
 */
function openFromReceipt(id: string) {
  void Taro.reLaunch({ url: `/pages/cases/index?open=${encodeURIComponent(id)}` });
}

/**
 * What the worker sees right after filing: the case number, where it went, what happens next, the
 * first deadline; and, while their details are not kept yet, one tap to keep them for next time.
 */
export function Receipt({ r, onKeepDetails }: { r: FilingReceipt; onKeepDetails?: () => Promise<unknown> }) {
  const c = r.case;
  const first = c.deadlines[0];
  const [kept, setKept] = useState(false);
  const keep = async () => {
    try {
      await onKeepDetails?.();
      setKept(true);
      void Taro.showToast({ title: tp('saved'), icon: 'success' });
    } catch (err) {
      showError(err);
    }
  };
  return (
    <View className="page" data-testid="receipt">
      <Text className="lang" onClick={toggleLanguage} data-testid="receipt-language">
        {t('language')}
      </Text>
      <View className="title" style={{ marginTop: '24px' }}>
        {t('received')}
      </View>
      <View className="card">
        <View className="muted">{t('caseNumber')}</View>
        <View className="title" style={{ fontWeight: 700 }} data-testid="case-number">
          {c.number}
        </View>
        <View className="badge" style={{ marginTop: '8px' }}>
          {l(CASE_STATUS_LABELS[c.status])}
        </View>
      </View>
      {c.station && (
        <View className="card">
          <View style={{ fontWeight: 600 }}>{stationName(c.station)}</View>
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
            {l(first.basis.law)}
            {article(first.basis.article)}：{l(first.basis.rule)}
          </View>
        </View>
      )}
      <Button className="btn btn-primary" onClick={() => openFromReceipt(c.id)} data-testid="view-case">
        {t('viewCase')}
      </Button>
      <PdfButton
        route="cases.applicationPdf"
        caseId={c.id}
        file={`application-${c.number}.pdf`}
        label={tc('applicationPdf')}
        testId="receipt-application-pdf"
      />
      {onKeepDetails && !kept && (
        <Button className="btn btn-ghost" onClick={() => void keep()} data-testid="keep-details">
          {tp('saveAsProfile')}
        </Button>
      )}
    </View>
  );
}
