import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { useState } from 'react';
import { ACTIONS, PAYMENT_METHOD, type CaseView } from '@gig/shared';
import { words } from '../../api';
import { showError } from '../../api/show-error';
import { agreementStage, effectWindows, signedEarlierText } from '../../case/agreement';
import { changedText } from '../../case/act';
import { l, t } from '../../i18n';
import { tc } from '../../case-words';
import { yuan } from '../../format';
import { AgreementText, CompareRows, EffectPanel, SignatureList, agreedRows } from './AgreementParts';
import { PdfButton } from './PdfButton';
import { SignPad } from './SignPad';

/**
 * The agreement as a document to read and sign: what was claimed next to what is agreed, the
 * total, the pay date, the whole text (open while the worker is to sign it), the PDF, who has
 * signed and who is still to, and the pad. Once in effect: from which day, and the windows.
 * `onSign` records the signature (the drawn image, if any, then the text's hash); when the text
 * changed meanwhile, the page reloads it and this card asks the worker to read it again.
 */
export function AgreementCard({ view, onSign }: { view: CaseView; onSign: (file: string | null) => Promise<void> }) {
  const [signing, setSigning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState(false);
  const [open, setOpen] = useState(false);
  const a = view.agreement;
  const stage = agreementStage(view);
  if (!a || stage === 'none') return null;

  const sign = async (file: string | null) => {
    if (busy) return;
    setBusy(true);
    try {
      await onSign(file);
      setSigning(false);
      setChanged(false);
      void Taro.showToast({ title: tc('signed'), icon: 'success' });
    } catch (err) {
      if (changedText(err) !== null) {
        // The page has the new text by now: close the pad, show the text and say why.
        setSigning(false);
        setChanged(true);
        void Taro.showModal({
          title: words('AGREEMENT_TEXT_CHANGED'),
          content: tc('textChanged'),
          showCancel: false,
          confirmText: t('confirm'),
          confirmColor: '#1f4e9c',
        });
        void Taro.pageScrollTo({ selector: '#agreement-text', duration: 0 }).catch(() => undefined);
      } else showError(err);
    } finally {
      setBusy(false);
    }
  };

  const toSign = stage === 'to_sign';
  const badge = toSign ? 'badge-warn' : stage === 'in_effect' ? 'badge-ok' : '';
  const badgeWords = toSign ? tc('stageToSign') : stage === 'in_effect' ? tc('stageInEffect') : tc('stageWaiting');
  const help = ACTIONS.sign_agreement.help;
  return (
    <View className="card" data-testid="agreement">
      <View className="card-title">
        <View>{tc('agreement')}</View>
        <View className={`badge ${badge}`} data-testid="agreement-stage">
          {badgeWords}
        </View>
      </View>
      {toSign && (changed || signedEarlierText(a)) && (
        <View className="notice" data-testid="text-changed">
          {changed ? tc('textChanged') : tc('signedEarlier')}
        </View>
      )}
      {stage === 'in_effect' && <EffectPanel agreement={a} windows={effectWindows(view)} />}
      <CompareRows rows={agreedRows(a)} other="agreedAmount" />
      <View className="agr-total">
        <View>{tc('total')}</View>
        <View className="agr-total-sum">¥{yuan(a.totalFen)}</View>
      </View>
      <View className="plain">
        {tc('payBy')}
        {a.dueDate}
      </View>
      <View className="plain">
        {tc('payHow')}
        {l(PAYMENT_METHOD.labels[a.paymentMethod])}
      </View>

      {view.agreementText && (toSign || open) ? (
        <View>
          <View className="label">{tc('wholeText')}</View>
          {toSign && <View className="note">{tc('readFirst')}</View>}
          {tc('textInChinese') && <View className="note">{tc('textInChinese')}</View>}
          <AgreementText paragraphs={view.agreementText} />
          {!toSign && (
            <View className="text-toggle" onClick={() => setOpen(false)}>
              {tc('hideText')}
            </View>
          )}
        </View>
      ) : view.agreementText ? (
        <View className="text-toggle" onClick={() => setOpen(true)} data-testid="show-text">
          {tc('showText')} ›
        </View>
      ) : null}
      <PdfButton
        route="cases.agreementPdf"
        caseId={view.id}
        file={`agreement-${view.number}.pdf`}
        label={tc('viewAgreement')}
        testId="agreement-pdf"
      />
      <SignatureList agreement={a} />
      {toSign && !signing && (
        <View>
          {help && <View className="note">{l(help)}</View>}
          <Button className="btn btn-primary" onClick={() => setSigning(true)} data-testid="sign">
            {tc('signNow')}
          </Button>
        </View>
      )}
      {toSign && signing && <SignPad onSign={(file) => void sign(file)} busy={busy} />}
    </View>
  );
}
