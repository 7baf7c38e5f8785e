import { Button, View } from '@tarojs/components';
import { OUTLET_STAGES, type CaseView } from '@gig/shared';
import { t } from '../../i18n';

/** Asks for the worker's consent to share the case with the outlet, while it is not given and could be used. */
export function OutletConsentCard({ view, onConsent }: { view: CaseView; onConsent: () => void }) {
  if (view.outletConsent || !OUTLET_STAGES.includes(view.status)) return null;
  return (
    <View className="card" data-testid="outlet-consent-card">
      <View className="label" style={{ marginTop: 0 }}>
        {t('outletConsent')}
      </View>
      <View className="hint">{t('outletConsentWhy')}</View>
      <Button className="btn btn-ghost" onClick={onConsent} data-testid="outlet-consent">
        {t('outletConsentGive')}
      </Button>
    </View>
  );
}
