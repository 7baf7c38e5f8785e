import { View } from '@tarojs/components';
import { CITY_AREAS, CLAIM_TYPE, INDUSTRY, WORK_MODE, type CaseView } from '@gig/shared';
import { yuan } from '../../format';
import { l } from '../../i18n';
import { tw } from '../../claim-words';
import { tc } from '../../case-words';
import { PdfButton } from './PdfButton';

/**
 * What the worker claimed, as filed: against whom (the company, its partner, the outlet), each
 * item and the total, the work, when it happened and the story in their own words; and the
 * application as filed, as a PDF to keep.
 */
export function ClaimCard({ view }: { view: CaseView }) {
  const r = view.respondent;
  const area = CITY_AREAS.find((a) => a.code === view.areaCode);
  return (
    <View className="card" data-testid="claim-filed">
      <View className="card-title">{tw('whatClaimed')}</View>
      <View className="review-line">
        <View className="review-label">{tw('labelRespondent')}</View>
        <View className="review-value" data-testid="claim-respondent">
          {r.name}
          {r.partnerName ? ` / ${r.partnerName}` : ''}
          {r.outletName ? ` · ${r.outletName}` : ''}
        </View>
      </View>
      <View className="review-line">
        <View className="review-label">{tw('labelItems')}</View>
        {view.items.map((i, n) => (
          <View key={n} className="review-value" data-testid={`claim-item-${n}`}>
            {l(CLAIM_TYPE.labels[i.type])}：¥{yuan(i.amountFen)}
            {i.periodFrom && i.periodTo ? `（${i.periodFrom} – ${i.periodTo}）` : ''}
          </View>
        ))}
        <View className="review-value" style={{ fontWeight: 600 }}>
          {tw('labelTotal')}：¥{yuan(view.totalFen)}
        </View>
      </View>
      <View className="review-line">
        <View className="review-label">{tw('labelWork')}</View>
        <View className="review-value">
          {l(INDUSTRY.labels[view.industry])} · {l(WORK_MODE.labels[view.workMode])}
          {area ? ` · ${l(area.label)}` : ''}
        </View>
      </View>
      <View className="review-line">
        <View className="review-label">{tw('labelIncident')}</View>
        <View className="review-value">{view.incidentDate}</View>
      </View>
      <View className="review-line">
        <View className="review-label">{tw('labelStory')}</View>
        <View className="review-value plain" style={{ whiteSpace: 'pre-wrap' }} data-testid="claim-story">
          {view.description}
        </View>
      </View>
      <PdfButton
        route="cases.applicationPdf"
        caseId={view.id}
        file={`application-${view.number}.pdf`}
        label={tc('applicationPdf')}
        testId="application-pdf"
      />
    </View>
  );
}
