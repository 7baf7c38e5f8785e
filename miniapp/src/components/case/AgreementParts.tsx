import { View } from '@tarojs/components';
import { CLAIM_TYPE, DEADLINE_KIND_LABELS, SESSION_SIDE, type AgreementView, type CaseView } from '@gig/shared';
import { shortfall, signatureRows, type ComparedItem } from '../../case/agreement';
import { l, t } from '../../i18n';
import { tc, type CaseWordKey } from '../../case-words';
import { dateTime, daysUntil, yuan } from '../../format';
import './AgreementCard.css';

/**
 * The pieces of the agreement card (and the offer card): what was claimed next to what is agreed
 * or offered, who signed, the whole text, and the windows once it is in effect.
 */

/** Each type of item: what the worker claimed, what is agreed/offered, and the difference. */
export function CompareRows({ rows, other }: { rows: ComparedItem[]; other: CaseWordKey }) {
  return (
    <View>
      {rows.map((r, n) => {
        const short = shortfall(r);
        return (
          <View key={n} className="cmp" data-testid="compare-item">
            <View className="cmp-type">{l(CLAIM_TYPE.labels[r.type])}</View>
            <View className="cmp-row">
              <View className="cmp-cell">
                <View className="cmp-label">{tc('youClaimed')}</View>
                <View className="cmp-claimed">{r.claimedFen === null ? '—' : `¥${yuan(r.claimedFen)}`}</View>
              </View>
              <View className="cmp-cell">
                <View className="cmp-label">{tc(other)}</View>
                <View className="cmp-offered">{r.offeredFen === null ? '—' : `¥${yuan(r.offeredFen)}`}</View>
              </View>
            </View>
            {short !== null && short !== 0 && (
              <View className={short > 0 ? 'cmp-less' : 'cmp-more'}>
                {short > 0 ? tc('lessBy') : tc('moreBy')} ¥{yuan(Math.abs(short))}
              </View>
            )}
            {r.claimedFen === null && <View className="cmp-note">{tc('notClaimed')}</View>}
            {r.offeredFen === null && <View className="cmp-less">{tc('notOffered')}</View>}
          </View>
        );
      })}
    </View>
  );
}

/** The agreement's own items (claimed per item, as its text states), as comparison rows. */
export const agreedRows = (a: AgreementView): ComparedItem[] =>
  a.items.map((i) => ({ type: i.type, claimedFen: i.claimedFen, offeredFen: i.amountFen }));

/** Who has signed the text as it is now, and who is still to sign. */
export function SignatureList({ agreement }: { agreement: AgreementView }) {
  return (
    <View className="sigs" data-testid="signatures">
      <View className="label">{tc('whoSigned')}</View>
      {signatureRows(agreement).map((r) => (
        <View key={r.side} className="sig-row" data-testid={`signature-${r.side}`}>
          <View className="sig-side">
            <View>
              {l(SESSION_SIDE.labels[r.side])}
              {r.side === 'worker' ? tc('you') : ''}
            </View>
            {r.side !== 'worker' && r.name && <View className="note">{r.name}</View>}
            {r.at && <View className="note">{dateTime(r.at)}</View>}
          </View>
          <View
            className={`badge ${r.state === 'waiting' ? 'badge-warn' : 'badge-ok'}`}
            data-testid={r.side === 'worker' && r.state !== 'waiting' ? 'signed' : undefined}
          >
            {r.state === 'waiting' ? tc('sigWaiting') : r.state === 'paper' ? tc('sigPaper') : tc('sigSigned')}
          </View>
        </View>
      ))}
    </View>
  );
}

/** The whole text as every party reads and signs it, paragraph by paragraph (its title first). */
export function AgreementText({ paragraphs }: { paragraphs: string[] }) {
  return (
    <View className="agr-text" data-testid="agreement-text" id="agreement-text">
      {paragraphs.map((p, n) => (
        <View key={n} className={n === 0 ? 'agr-title' : 'agr-para'}>
          {p}
        </View>
      ))}
    </View>
  );
}

/** In effect: from which day, and the last day of each confirmation window that counts from it. */
export function EffectPanel({ agreement, windows }: { agreement: AgreementView; windows: CaseView['deadlines'] }) {
  return (
    <View className="agr-effect" data-testid="in-effect">
      <View className="agr-effect-title">
        ✓ {tc('effectiveOn')}
        {agreement.effectiveOn}
      </View>
      {agreement.signedOnPaper && <View className="plain">{tc('signedOnPaper')}</View>}
      {windows.length > 0 && <View className="label">{tc('windowsTitle')}</View>}
      {windows.map((d) => {
        const left = daysUntil(d.due);
        return (
          <View key={d.kind} className="agr-window" data-testid={`window-${d.kind}`}>
            <View className="plain">{l(DEADLINE_KIND_LABELS[d.kind as keyof typeof DEADLINE_KIND_LABELS])}</View>
            <View className="big">
              {tc('lastDay')} {d.due}
              {left >= 0 ? `（${left} ${t('daysLeft')}）` : ` · ${t('overdue')}`}
            </View>
            <View className="note">{l(d.basis.rule)}</View>
          </View>
        );
      })}
    </View>
  );
}
