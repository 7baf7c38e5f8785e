import { Button, View } from '@tarojs/components';
import { useState } from 'react';
import { CLAIM_TYPE, JURISDICTION_BASIS, type CaseView } from '@gig/shared';
import { openPdf, showError } from '../../api';
import { callPhone } from '../../platform';
import { l, t } from '../../i18n';
import { article, dateTime, daysUntil, stationName, yuan } from '../../format';
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
  const [opening, setOpening] = useState(false);
  const a = view.arbitration;
  if (!a) return null;
  const s = view.station;
  const basis = JURISDICTION_BASIS[a.basis];
  const suit = view.deadlines.find((d) => d.kind === 'worker_suit');
  const open = async () => {
    if (opening) return;
    setOpening(true);
    try {
      await openPdf('cases.arbitrationPdf', view.id, `arbitration-application-${view.number}.pdf`);
    } catch (err) {
      showError(err);
    } finally {
      setOpening(false);
    }
  };
  return (
    <View className="card" data-testid="arbitration">
      <View className="label" style={{ marginTop: 0 }}>
        {t('arbitration')}
      </View>
      {s && (
        <View style={{ marginBottom: '12px' }}>
          <View className="big">{stationName(s)}</View>
          <View className="plain">{s.address}</View>
          <View className="link big-link" onClick={() => callPhone(s.phone)} data-testid="arb-call">
            ☎ {s.phone}
          </View>
          <View className="arb-note">
            {t('arbWhy')}
            {l(basis.label)} · {l(basis.law)}
            {article(basis.article)}
          </View>
        </View>
      )}
      <Step done title={t('arbReceived')} detail={a.receivedOn} />
      {a.refusedOn ? (
        <Step done bad title={t('arbRefused')} detail={a.refusedOn} />
      ) : (
        <Step
          done={a.acceptedOn !== null}
          title={t('arbAccepted')}
          detail={a.acceptedOn ? `${a.acceptedOn} · ${t('arbNumber')} ${a.arbitrationNumber ?? ''}` : undefined}
        />
      )}
      {!a.refusedOn && (
        <View data-testid="arb-hearing">
          <Step
            done={a.hearing !== null}
            strong={!a.award && !a.mediation}
            title={t('hearing')}
            detail={a.hearing ? dateTime(a.hearing.startsAt) : undefined}
          />
          {a.hearing && (
            <View className="arb-hearing">
              <View className="plain">
                {t('hearingPlace')}
                {a.hearing.address}
              </View>
              {a.hearing.tribunal ? (
                <View className="plain">
                  {t('tribunal')}
                  {a.hearing.tribunal}
                </View>
              ) : null}
              {!a.award && !a.mediation ? <View className="plain">{t('bringOriginals')}</View> : null}
            </View>
          )}
        </View>
      )}
      {a.mediation && (
        <Step
          done
          title={t('arbMediated')}
          detail={`${a.mediation.decidedOn} · ${t('total')} ¥${yuan(a.mediation.totalFen)}`}
        />
      )}
      {a.award && (
        <View data-testid="award">
          <Step done title={t('award')} detail={`${a.award.awardedOn} · ${a.award.documentNumber}`} />
          {a.award.items.map((i, n) => (
            <View key={n} className="arb-item">
              <View className="row">
                <View className="plain">{l(CLAIM_TYPE.labels[i.type])}</View>
                <View className="big">¥{yuan(i.awardedFen)}</View>
              </View>
              <View className={`badge ${i.final ? 'badge-ok' : ''}`} data-testid="award-finality">
                {i.final ? t('awardFinal') : t('awardNonFinal')}
              </View>
            </View>
          ))}
          {a.award.items.some((i) => i.final) && (
            <View className="plain" style={{ marginTop: '8px' }}>
              {t('finalMeans')}
            </View>
          )}
          {a.award.items.some((i) => !i.final) && (
            <View className="plain" style={{ marginTop: '8px' }}>
              {t('nonFinalMeans')}
            </View>
          )}
        </View>
      )}
      {suit && (
        <View className="arb-suit" data-testid="arb-suit">
          <View className="plain">{t('lastDayToSue')}</View>
          <View className="countdown">{suit.due}</View>
          <View className="arb-note">
            {daysUntil(suit.due) >= 0 ? `${daysUntil(suit.due)} ${t('daysLeft')} · ` : ''}
            {l(suit.basis.law)}
            {article(suit.basis.article)} · {t('seeDeadlines')}
          </View>
        </View>
      )}
      {/* The worker's task right after applying is to check and sign it; later it is for reference. */}
      <Button
        className={`btn ${view.status === 'transferred_to_arbitration' ? 'btn-primary' : 'btn-ghost'}`}
        onClick={open}
        disabled={opening}
        data-testid="arbitration-pdf"
      >
        {opening ? t('opening') : t('downloadApplication')}
      </Button>
    </View>
  );
}
