import { Button, View } from '@tarojs/components';
import { ACTIONS, CLAIM_TYPE, CONFIRMATION_ROUTES, enforcementBasis, type CaseView, type ClaimType } from '@gig/shared';
import { words } from '../../api';
import { offerOf } from '../../case/forms';
import { l, t } from '../../i18n';
import { tc, type CaseWordKey } from '../../case-words';
import { dateTime, daysUntil, yuan } from '../../format';
import { PdfButton } from './PdfButton';
import './ArbitrationCard.css';

export type ConfirmationRoute = (typeof CONFIRMATION_ROUTES)[number];
/** Where a confirmation is asked for, in words (a route without words does not compile). */
const ROUTE_WORDS: Record<ConfirmationRoute, CaseWordKey> = {
  judicial_confirmation: 'routeCourt',
  arbitration_review: 'routeArb',
};

/** A step done (✓) or still to come (○), with its detail. */
function Done({ done, title, detail, testId }: { done: boolean; title: string; detail?: string; testId?: string }) {
  return (
    <View className={`arb-step${done ? ' arb-step-done' : ''}`} data-testid={testId}>
      <View className="arb-step-title">
        {done ? '✓ ' : '○ '}
        {title}
      </View>
      {detail ? <View className="arb-step-detail">{detail}</View> : null}
    </View>
  );
}

/**
 * Confirming the agreement (人民调解法 art 33; 办案规则 art 74): before applying, the two routes
 * with the last day of each window (a closed one cannot be chosen); once applied, whether the
 * company joined (the court or commission decides only then) and the application as a PDF.
 */
export function ConfirmationCard({ view, onRequest }: { view: CaseView; onRequest: (r: ConfirmationRoute) => void }) {
  const c = view.confirmation;
  if (c)
    return (
      <View className="card" data-testid="confirmation">
        <View className="label" style={{ marginTop: 0 }}>
          {tc('confirmationTitle')} · {tc(ROUTE_WORDS[c.route])}
        </View>
        <Done done title={tc('youApplied')} detail={dateTime(c.workerAt)} />
        <Done
          done={c.respondentAt !== null}
          title={c.respondentAt ? tc('companyJoined') : tc('companyWaiting')}
          detail={
            c.respondentAt
              ? `${c.respondentName ?? ''} ${dateTime(c.respondentAt)}`
              : `${tc('lastDay')} ${c.windowDue}（${Math.max(0, daysUntil(c.windowDue))} ${t('daysLeft')}）`
          }
          testId="confirmation-company"
        />
        <PdfButton
          route="cases.confirmationPdf"
          caseId={view.id}
          file={`confirmation-application-${view.number}.pdf`}
          label={tc('downloadConfirmation')}
          primary={c.respondentAt !== null}
          testId="confirmation-pdf"
        />
        {enforcementBasis(view) === 'confirmation' && <EnforcementPdf view={view} />}
      </View>
    );
  const offer = offerOf(view, 'request_confirmation');
  // Before the agreement is in effect there is nothing to confirm: the agreement card leads then.
  if (!offer || offer.refusal === 'AGREEMENT_NOT_IN_EFFECT') return null;
  const help = ACTIONS.request_confirmation.help;
  return (
    <View className="card" data-testid="confirmation-routes">
      <View className="label" style={{ marginTop: 0 }}>
        {tc('confirmationTitle')}
      </View>
      {help && <View className="plain">{l(help)}</View>}
      {offer.refusal ? (
        <View className="note" data-testid="why-not-request_confirmation">
          {words(offer.refusal)}
        </View>
      ) : (
        <View className="note">{tc('chooseRoute')}</View>
      )}
      {CONFIRMATION_ROUTES.map((route) => {
        const due = view.deadlines.find((d) => d.kind === route)?.due;
        const closed = offer.refusal !== null || !due || daysUntil(due) < 0;
        return (
          <View key={route}>
            <Button
              className="btn btn-ghost"
              disabled={closed}
              onClick={() => !closed && onRequest(route)}
              data-testid={`route-${route}`}
            >
              {tc(ROUTE_WORDS[route])}
            </Button>
            <View className="note" style={{ marginTop: '-6px' }}>
              {closed ? tc('windowClosed') : `${tc('lastDay')} ${due}（${daysUntil(due!)} ${t('daysLeft')}）`}
            </View>
          </View>
        );
      })}
    </View>
  );
}

/** The payment order on default (LDMAL art 16): what it asks for, the court's answer and what it means, the PDF. */
export function PaymentOrderCard({ view }: { view: CaseView }) {
  const p = view.paymentOrder;
  if (!p) return null;
  const outcome = p.outcome;
  const decided = outcome === 'issued' ? tc('poIssued') : outcome === 'objected' ? tc('poObjected') : tc('poDismissed');
  return (
    <View className="card" data-testid="payment-order">
      <View className="label" style={{ marginTop: 0 }}>
        {tc('paymentOrder')}
      </View>
      <Done done title={tc('poApplied')} detail={dateTime(p.appliedAt)} />
      {p.items.map((i, n) => (
        <View key={n} className="row" style={{ padding: '2px 0 2px 19px' }}>
          <View className="plain">{l(CLAIM_TYPE.labels[i.type as ClaimType]) || i.type}</View>
          <View className="plain">¥{yuan(i.amountFen)}</View>
        </View>
      ))}
      <View className="row" style={{ padding: '2px 0 8px 19px' }}>
        <View className="big">{tc('total')}</View>
        <View className="big">¥{yuan(p.totalFen)}</View>
      </View>
      <Done
        done={outcome !== null}
        title={outcome === null ? tc('poWaiting') : decided}
        detail={
          outcome === null
            ? undefined
            : [p.court, p.documentNumber ? `${tc('docNumber')}${p.documentNumber}` : '', p.decidedOn]
                .filter(Boolean)
                .join(' · ')
        }
        testId="payment-order-outcome"
      />
      {outcome && (
        <View className="plain" style={{ margin: '4px 0 0 19px' }}>
          {outcome === 'issued' ? tc('poIssuedMeans') : tc('poThenArbitration')}
        </View>
      )}
      <PdfButton
        route="cases.paymentOrderPdf"
        caseId={view.id}
        file={`payment-order-application-${view.number}.pdf`}
        label={tc('downloadPaymentOrder')}
        primary={outcome === null}
        testId="payment-order-pdf"
      />
      {enforcementBasis(view) === 'payment_order' && <EnforcementPdf view={view} />}
    </View>
  );
}

/** The enforcement application, once there is something to enforce (a confirming ruling, a payment order in force). */
function EnforcementPdf({ view }: { view: CaseView }) {
  return (
    <PdfButton
      route="cases.enforcementPdf"
      caseId={view.id}
      file={`enforcement-application-${view.number}.pdf`}
      label={tc('downloadEnforcement')}
      primary
      testId="enforcement-pdf"
    />
  );
}
