import { Button, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { ACTIONS, CASE_ACTION_LABELS, PAYMENT_METHOD, type CaseView } from '@gig/shared';
import { words } from '../../api';
import { compareItems } from '../../case/agreement';
import { offerOf } from '../../case/forms';
import { l, t } from '../../i18n';
import { tc } from '../../case-words';
import { dateTime, yuan } from '../../format';
import { CompareRows } from './AgreementParts';
import { stationName } from '../../format-station';

/**
 * While the case is at the employer's outlet: its answer, and its settlement offer next to what
 * the worker claimed, type by type, with "accept" (it becomes the agreement to sign) and "decline"
 * (with an optional reason), as the case view offers them.
 */
export function OfferCard({
  view,
  onAccept,
  onDecline,
}: {
  view: CaseView;
  onAccept: () => void;
  onDecline: (reason: string) => Promise<boolean>;
}) {
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const p = view.proposal;
  const reply = view.outletReply;
  if (!p && !reply) return null;
  const accept = offerOf(view, 'accept_proposal');
  const decline = offerOf(view, 'decline_proposal');
  const claimedFen = view.items.reduce((s, i) => s + i.amountFen, 0);
  const send = async () => {
    if (await onDecline(reason.trim())) {
      setDeclining(false);
      setReason('');
    }
  };
  return (
    <View className="card" data-testid="offer">
      {reply && (
        <View style={{ marginBottom: p ? '12px' : 0 }} data-testid="outlet-reply">
          <View className="label" style={{ marginTop: 0 }}>
            {tc('outletAnswer')}
            {view.outlet ? ` · ${stationName(view.outlet)}` : ''}
          </View>
          <View className="plain">{reply.account}</View>
          <View className="note">{dateTime(reply.at)}</View>
        </View>
      )}
      {p && (
        <View>
          <View className="card-title" style={{ marginBottom: 0 }}>
            {tc('offerTitle')}
          </View>
          <View className="note">{dateTime(p.proposedAt)}</View>
          <CompareRows rows={compareItems(view.items, p.items)} other="offeredAmount" />
          <View className="agr-total">
            <View>{tc('total')}</View>
            <View className="agr-total-sum" data-testid="offer-total">
              ¥{yuan(p.totalFen)}
            </View>
          </View>
          <View className="note">
            {tc('youClaimed')} ¥{yuan(claimedFen)}
          </View>
          <View className="plain">
            {tc('payBy')}
            {p.dueDate}
          </View>
          <View className="plain">
            {tc('payHow')}
            {l(PAYMENT_METHOD.labels[p.paymentMethod])}
          </View>
          {p.note && (
            <View className="plain">
              {tc('offerNote')}
              {p.note}
            </View>
          )}
          {accept && (
            <View>
              <Button
                className="btn btn-primary"
                disabled={accept.refusal !== null}
                onClick={() => accept.refusal === null && onAccept()}
                data-testid="act-accept_proposal"
              >
                {l(CASE_ACTION_LABELS.accept_proposal)}
              </Button>
              <View className="note">
                {accept.refusal ? words(accept.refusal) : l(ACTIONS.accept_proposal.help ?? undefined)}
              </View>
            </View>
          )}
          {decline && !declining && (
            <View>
              <Button
                className="btn btn-danger"
                disabled={decline.refusal !== null}
                onClick={() => decline.refusal === null && setDeclining(true)}
                data-testid="act-decline_proposal"
              >
                {l(CASE_ACTION_LABELS.decline_proposal)}
              </Button>
              <View className="note">
                {decline.refusal ? words(decline.refusal) : l(ACTIONS.decline_proposal.help ?? undefined)}
              </View>
            </View>
          )}
          {decline && declining && (
            <View data-testid="decline-form">
              <View className="label">{tc('declineWhy')}</View>
              <Textarea
                className="input"
                style={{ minHeight: '72px' }}
                value={reason}
                maxlength={1000}
                placeholder={tc('declineHint')}
                onInput={(e) => setReason(e.detail.value)}
                data-testid="decline-reason"
              />
              <View className="buttons">
                <Button className="btn btn-ghost" onClick={() => setDeclining(false)}>
                  {t('cancel')}
                </Button>
                <Button className="btn btn-danger" onClick={send} data-testid="decline-send">
                  {tc('declineSend')}
                </Button>
              </View>
            </View>
          )}
        </View>
      )}
    </View>
  );
}
