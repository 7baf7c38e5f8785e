import Taro from '@tarojs/taro';
import { Button, Canvas, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { CASE_ACTION_LABELS, CLAIM_TYPE, PAYMENT_METHOD, type CaseView } from '@gig/shared';
import { openPdf, showError } from '../../api';
import { attachSignature, type SignaturePad } from '../../platform/signature';
import { l, t } from '../../i18n';
import { yuan } from '../../format';

/**
 * The agreement: what is paid, by whom and when, the whole text as a PDF, whether the worker
 * signed, and the pad to sign on.
 * `onSign` gets the signature image's file and records it; a failure is shown and the pad stays.
 */
export function AgreementCard({ view, onSign }: { view: CaseView; onSign: (signature: string) => Promise<void> }) {
  const [signing, setSigning] = useState(false);
  const [padReady, setPadReady] = useState(false);
  const [opening, setOpening] = useState(false);
  const pad = useRef<SignaturePad | null>(null);
  useEffect(() => {
    if (!signing) return;
    // The canvas exists after this render: attach the pad on the next tick.
    const timer = setTimeout(() => {
      void attachSignature('sig').then((p) => ((pad.current = p), setPadReady(true)));
      // The pad opens below the agreement: bring it (and its label) into view on a short phone.
      void Taro.pageScrollTo({ selector: '#sig-label', duration: 0 }).catch(() => undefined);
    }, 50);
    return () => {
      clearTimeout(timer);
      pad.current?.dispose();
      pad.current = null;
      setPadReady(false);
    };
  }, [signing]);

  const sign = async () => {
    const p = pad.current;
    if (!p || p.isEmpty()) return void Taro.showToast({ title: t('sign'), icon: 'none' });
    try {
      await onSign(await p.toFile());
      setSigning(false);
      void Taro.showToast({ title: t('signed'), icon: 'success' });
    } catch (err) {
      showError(err);
    }
  };

  /** The whole agreement as a PDF, to read before signing (and to keep). */
  const read = async () => {
    if (opening) return;
    setOpening(true);
    try {
      await openPdf('cases.agreementPdf', view.id, `agreement-${view.number}.pdf`);
    } catch (err) {
      showError(err);
    } finally {
      setOpening(false);
    }
  };

  const agreement = view.agreement;
  if (!agreement) return null;
  const canSign = view.allowedActions.includes('sign_agreement') && !view.workerSignature;
  return (
    <View className="card" data-testid="agreement">
      <View className="label" style={{ marginTop: 0 }}>
        {t('agreement')}
      </View>
      {agreement.items.map((i, n) => (
        <View key={n}>
          {l(CLAIM_TYPE.labels[i.type])}：¥{yuan(i.amountFen)}（{i.payer}）
        </View>
      ))}
      <View className="big">
        {t('total')}：¥{yuan(agreement.totalFen)}
      </View>
      <View>
        {t('dueDate')}：{agreement.dueDate} · {l(PAYMENT_METHOD.labels[agreement.paymentMethod])}
      </View>
      <Button className="btn btn-ghost" onClick={read} disabled={opening} data-testid="agreement-pdf">
        {opening ? t('opening') : t('viewAgreement')}
      </Button>
      {view.workerSignature && (
        <View className="badge badge-ok" data-testid="signed">
          {t('signed')}
        </View>
      )}
      {canSign && !signing && (
        <Button className="btn btn-primary" onClick={() => setSigning(true)} data-testid="sign">
          {l(CASE_ACTION_LABELS.sign_agreement)}
        </Button>
      )}
      {signing && (
        <View>
          <View className="label" id="sig-label">
            {t('sign')}
          </View>
          <Canvas
            type="2d"
            id="sig"
            className={`sig-pad${padReady ? ' sig-pad-ready' : ''}`}
            data-testid="sig-pad"
            onTouchStart={(e) => pad.current?.touch('start', e.touches[0]!.x, e.touches[0]!.y)}
            onTouchMove={(e) => pad.current?.touch('move', e.touches[0]!.x, e.touches[0]!.y)}
          />
          <View className="buttons">
            <Button className="btn btn-ghost" onClick={() => pad.current?.clear()}>
              {t('clear')}
            </Button>
            <Button className="btn btn-primary" onClick={sign} data-testid="confirm-sign">
              {t('confirmSign')}
            </Button>
          </View>
        </View>
      )}
    </View>
  );
}
