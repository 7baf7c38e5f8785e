import { Button, View } from '@tarojs/components';
import { CALCULATOR, CLAIM_TYPE, INDUSTRY, WORK_MODE, type RouteDecision } from '@gig/shared';
import type { Draft, EvidenceDraft } from '../../draft';
import { l, t } from '../../i18n';
import { tk } from '../../calc-words';

/** The last step: where the claim will go and why, everything the worker wrote, and the button that files it. */
export function Review({
  body,
  evidence,
  suggestion,
  busy,
  onSubmit,
}: {
  body: Draft['body'];
  evidence: EvidenceDraft[];
  suggestion: RouteDecision | null;
  busy: boolean;
  onSubmit: () => void;
}) {
  return (
    <View>
      {suggestion?.station && (
        <View className="card">
          <View className="muted">{t('suggestion')}</View>
          <View style={{ fontWeight: 600 }}>{suggestion.station.name}</View>
          <View className="muted">{l(suggestion.reasonText)}</View>
        </View>
      )}
      <View className="card" data-testid="review">
        <View>
          {body.claimant.name} · {body.claimant.phone}
        </View>
        <View>
          {l(INDUSTRY.labels[body.industry])} · {l(WORK_MODE.labels[body.workMode])}
        </View>
        <View>
          {body.respondent.name}
          {body.respondent.partnerName ? ` / ${body.respondent.partnerName}` : ''}
        </View>
        {body.items.map((i, n) => (
          <View key={n} data-testid={`review-item-${n}`}>
            {l(CLAIM_TYPE.labels[i.type])}：¥{i.amountYuan}
            {i.calculation && (
              <View className="subtitle">
                {tk('calculated')}：{l(CALCULATOR.labels[i.calculation.calculator])}
              </View>
            )}
          </View>
        ))}
        <View>{body.incidentDate}</View>
        <View className="muted">{body.description}</View>
        <View className="muted">
          {t('evidence')}：{evidence.filter((e) => e.status === 'done').length}
        </View>
      </View>
      <Button className="btn btn-primary" disabled={busy} loading={busy} onClick={onSubmit} data-testid="submit">
        {t('submit')}
      </Button>
    </View>
  );
}
