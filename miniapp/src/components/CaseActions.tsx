import { Button, View } from '@tarojs/components';
import { ACTIONS, CASE_ACTION_LABELS, type CaseAction, type OfferedAction } from '@gig/shared';
import { words } from '../api';
import { l, t } from '../i18n';

/**
 * What the worker may do on the case now, from the case view (the shared actions table decided
 * it on the server): each with what it means, a dangerous one in red, and one that is not open
 * yet greyed with the reason (e.g. arbitration before the 15-day mediation window has passed).
 */
export function CaseActions({ offered, onAct }: { offered: OfferedAction[]; onAct: (a: CaseAction) => void }) {
  if (!offered.length) return null;
  return (
    <View className="card">
      <View className="label" style={{ marginTop: 0 }}>
        {t('actions')}
      </View>
      {offered.map(({ action, refusal }) => (
        <View key={action}>
          <Button
            className={`btn ${ACTIONS[action].danger ? 'btn-danger' : 'btn-ghost'}`}
            disabled={refusal !== null}
            onClick={() => refusal === null && onAct(action)}
            data-testid={`act-${action}`}
          >
            {l(CASE_ACTION_LABELS[action])}
          </Button>
          <View
            className="hint"
            style={{ marginTop: '-6px', marginBottom: '8px' }}
            data-testid={refusal ? `why-not-${action}` : undefined}
          >
            {refusal ? words(refusal) : ACTIONS[action].help ? l(ACTIONS[action].help) : ''}
          </View>
        </View>
      ))}
    </View>
  );
}
