import { Button, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import {
  CALCULATOR,
  CITY_AREAS,
  CLAIM_TYPE,
  INDUSTRY,
  WORK_MODE,
  maskIdNumber,
  yuanToFen,
  type StationCard,
} from '@gig/shared';
import type { DraftBody, EvidenceDraft } from '../../draft';
import { yuan } from '../../format';
import { l, t } from '../../i18n';
import { tk } from '../../calc-words';
import { tw, type ClaimWordKey } from '../../claim-words';
import { RouteNotice } from './RouteNotice';

/** One line of the review: what it is, then what the worker wrote (or "not given"). */
function Line({ label, children, testid }: { label: ClaimWordKey; children: ReactNode; testid?: string }) {
  return (
    <View className="review-line" data-testid={testid}>
      <View className="review-label">{tw(label)}</View>
      <View className="review-value">{children === '' || children == null ? tw('notGiven') : children}</View>
    </View>
  );
}

/**
 * The last step: where the claim will go and why, then everything the worker wrote, each line
 * labelled (the ID number masked), the total of the items, and the button that files it.
 */
export function Review({
  body,
  evidence,
  scanned,
  busy,
  onSubmit,
}: {
  body: DraftBody;
  evidence: EvidenceDraft[];
  scanned: StationCard | null;
  busy: boolean;
  onSubmit: () => void;
}) {
  const r = body.respondent;
  const area = CITY_AREAS.find((a) => a.code === body.areaCode);
  const fen = body.items.map((i) => yuanToFen(i.amountYuan));
  const total = fen.every((f) => f !== null) ? fen.reduce<number>((a, f) => a + f!, 0) : null;
  return (
    <View>
      <RouteNotice body={body} scanned={scanned} />
      <View className="card" data-testid="review">
        <Line label="labelClaimant">{body.claimant.name}</Line>
        <Line label="labelId" testid="review-id">
          {body.claimant.idNumber ? maskIdNumber(body.claimant.idNumber) : ''}
        </Line>
        <Line label="labelPhone">{body.claimant.phone}</Line>
        <Line label="labelWork">
          {[body.industry && l(INDUSTRY.labels[body.industry]), body.workMode && l(WORK_MODE.labels[body.workMode])]
            .filter(Boolean)
            .join(' · ')}
        </Line>
        <Line label="labelArea">{area ? l(area.label) : body.areaCode}</Line>
        <Line label="labelRespondent">{r.name}</Line>
        {r.partnerName ? <Line label="labelPartner">{r.partnerName}</Line> : null}
        <Line label="labelOutlet" testid="review-outlet">
          {r.outletName ?? ''}
        </Line>
        {r.creditCode ? <Line label="labelCredit">{r.creditCode}</Line> : null}
        <Line label="labelConsent" testid="review-consent">
          {body.outletConsent ? tw('yes') : tw('no')}
        </Line>
        <Line label="labelItems">
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
        </Line>
        <Line label="labelTotal" testid="review-total">
          {total === null ? '' : `¥${yuan(total)}`}
        </Line>
        <Line label="labelIncident">{body.incidentDate}</Line>
        <Line label="labelStory">{body.description}</Line>
        <Line label="labelEvidence">{tw('files', { n: evidence.filter((e) => e.status === 'done').length })}</Line>
        <Line label="labelLegalAid" testid="review-legal-aid">
          {body.legalAid ? tw('asked') : tw('notAsked')}
        </Line>
      </View>
      <Button className="btn btn-primary" disabled={busy} loading={busy} onClick={onSubmit} data-testid="submit">
        {t('submit')}
      </Button>
    </View>
  );
}
