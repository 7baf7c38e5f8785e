import { Alert } from 'antd';
import { chinaDate, limitationExpiredBeforeFiling, type CaseView } from '@gig/shared';
import { useI18n } from '../../i18n';

/**
 * A claim filed after its limitation period had run out (LDMAL art 27): said at the top of the
 * case, as a defence the employer may raise (民法典 art 192), never as a reason to refuse it.
 */
export function LimitationBanner({ view }: { view: CaseView }) {
  const { t } = useI18n();
  const filed = chinaDate(new Date(view.submittedAt));
  const ranOut = limitationExpiredBeforeFiling(view.deadlines, filed);
  if (!ranOut) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="limitation-expired"
      message={t('limitationExpired').replace('{date}', ranOut).replace('{filed}', filed)}
    />
  );
}
