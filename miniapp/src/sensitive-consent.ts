import Taro from '@tarojs/taro';
import { SENSITIVE_CONSENT, SENSITIVE_EVIDENCE, type EvidenceCategory } from '@gig/shared';
import { l, t } from './i18n';

/**
 * Sensitive personal information (PIPL art 28-29) is uploaded only with the worker's separate
 * consent: asks for it when `category` is sensitive. Resolves to the consent's version to send
 * with the upload, `null` for a category that needs none, `false` when the worker declined.
 */
export async function askSensitiveConsent(category: EvidenceCategory): Promise<string | null | false> {
  if (!SENSITIVE_EVIDENCE.includes(category)) return null;
  const ok = await Taro.showModal({
    title: t('sensitiveTitle'),
    content: l(SENSITIVE_CONSENT.text),
    confirmText: t('agreeUpload'),
    cancelText: t('dontUpload'),
  });
  return ok.confirm ? SENSITIVE_CONSENT.version : false;
}
