import { View } from '@tarojs/components';
import { CLAIM_TYPE, JURISDICTION_BASIS, type CaseView } from '@gig/shared';
import { callPhone } from '../../platform';
import { l, t } from '../../i18n';
import { tc } from '../../case-words';
import { article, dateTime, daysUntil, stationName, yuan } from '../../format';
import { PdfButton } from './PdfButton';
import './ArbitrationCard.css';

/** One step of the arbitration: done (with its day) or still to come. */
function Step(p: { done: boolean; bad?: boolean; strong?: boolean; title: string; detail?: string }) {
  const { done, bad, title, detail } = p;
  return (
    <View className={`arb-step${done ? ' arb-step-done' : ''}${bad ? ' arb-step-bad' : ''}`}>
      <View className="arb-step-title">
        {done ? (bad ? '✕ ' : '✓ ') : '○ '}
        {title}
      </View>
      {detail ? <View className={`arb-step-detail${p.strong ? ' big' : ''}`}>{detail}</View> : null}
    </View>
  );
}

/**
 * The case at the arbitration institution, in plain words: which institution (tap to call) and
 * why it is the one, each step with its day (received, accepted or refused, the hearing, the
 * award), each awarded item final or not, the last day to sue, and the application as a PDF.
 */
export function ArbitrationCard({ view }: { view: CaseView }) {
  const a = view.arbitration;
  if (!a) return null;
  const s = view.station;
  const basis = JURISDICTION_BASIS[a.basis];
  const suit = view.deadlines.find((d) => d.kind === 'worker_suit');
  return (
    <View className="card" data-testid="arbitration">
      <View className="label" style={{ marginTop: 0 }}>
        {tc('arbitration')}
      </View>
      {s && (
        <View style={{ marginBottom: '12px' }}>
          <View className="big">{stationName(s)}</View>
          <View className="plain">{s.address}</View>
          <View className="link big-link" onClick={() => callPhone(s.phone)} data-testid="arb-call">
            ☎ {s.phone}
          </View>
          <View className="arb-note">
            {tc('arbWhy')}
            {l(basis.label)} · {l(basis.law)}
            {article(basis.article)}
          </View>
        </View>
      )}
      <Step done title={tc('arbReceived')} detail={a.receivedOn} />
      {a.refusedOn ? (
        <Step done bad title={tc('arbRefused')} detail={a.refusedOn} />
      ) : (
        <Step
          done={a.acceptedOn !== null}
          title={tc('arbAccepted')}
          detail={a.acceptedOn ? `${a.acceptedOn} · ${tc('arbNumber')} ${a.arbitrationNumber ?? ''}` : undefined}
        />
      )}
      {!a.refusedOn && (
        <View data-testid="arb-hearing">
          <Step
            done={a.hearing !== null}
            strong={!a.award && !a.mediation}
            title={tc('hearing')}
            detail={a.hearing ? dateTime(a.hearing.startsAt) : undefined}
          />
          {a.hearing && (
            <View className="arb-hearing">
              <View className="plain">
                {tc('hearingPlace')}
                {a.hearing.address}
              </View>
              {a.hearing.tribunal ? (
                <View className="plain">
                  {tc('tribunal')}
                  {a.hearing.tribunal}
                </View>
              ) : null}
              {!a.award && !a.mediation ? <View className="plain">{tc('bringOriginals')}</View> : null}
            </View>
          )}
        </View>
      )}
      {a.mediation && (
        <Step
          done
          title={tc('arbMediated')}
          detail={`${a.mediation.decidedOn} · ${tc('total')} ¥${yuan(a.mediation.totalFen)}`}
        />
      )}
      {a.award && (
        <View data-testid="award">
          <Step done title={tc('award')} detail={`${a.award.awardedOn} · ${a.award.documentNumber}`} />
          {a.award.items.map((i, n) => (
            <View key={n} className="arb-item">
              <View className="row">
                <View className="plain">{l(CLAIM_TYPE.labels[i.type])}</View>
                <View className="big">¥{yuan(i.awardedFen)}</View>
              </View>
              <View className={`badge ${i.final ? 'badge-ok' : ''}`} data-testid="award-finality">
                {i.final ? tc('awardFinal') : tc('awardNonFinal')}
              </View>
            </View>
          ))}
          {a.award.items.some((i) => i.final) && (
            <View className="plain" style={{ marginTop: '8px' }}>
              {tc('finalMeans')}
            </View>
          )}
          {a.award.items.some((i) => !i.final) && (
            <View className="plain" style={{ marginTop: '8px' }}>
              {tc('nonFinalMeans')}
            </View>
          )}
        </View>
      )}
      {suit && (
        <View className="arb-suit" data-testid="arb-suit">
          <View className="plain">{tc('lastDayToSue')}</View>
          <View className="countdown">{suit.due}</View>
          <View className="arb-note">
            {daysUntil(suit.due) >= 0 ? `${daysUntil(suit.due)} ${t('daysLeft')} · ` : ''}
            {l(suit.basis.law)}
            {article(suit.basis.article)} · {tc('seeDeadlines')}
          </View>
        </View>
      )}
      {/* The worker's task right after applying is to check and sign it; later it is for reference. */}
      <PdfButton
        route="cases.arbitrationPdf"
        caseId={view.id}
        file={`arbitration-application-${view.number}.pdf`}
        label={tc('downloadApplication')}
        primary={view.status === 'transferred_to_arbitration'}
        testId="arbitration-pdf"
      />
    </View>
  );
}
