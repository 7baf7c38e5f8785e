import { Button, View } from '@tarojs/components';
import { ROLE, type CaseView } from '@gig/shared';
import { l } from '../../i18n';
import { tc } from '../../case-words';

/** The legal-aid lawyer assigned to the case, and the way to reach them: the case's messages, which they read. */
export function LawyerCard({ view, onMessage }: { view: CaseView; onMessage: () => void }) {
  if (!view.lawyer) return null;
  return (
    <View className="card" data-testid="lawyer">
      <View className="label" style={{ marginTop: 0 }}>
        {tc('lawyerTitle')}
      </View>
      <View className="big" data-testid="lawyer-name">
        {view.lawyer.name}
      </View>
      <View className="note">{l(ROLE.labels.legal_aid_lawyer)}</View>
      <View className="plain" style={{ marginTop: '8px' }}>
        {tc('lawyerSees')}
      </View>
      <Button className="btn btn-ghost" onClick={onMessage} data-testid="message-lawyer">
        {tc('messageLawyer')}
      </Button>
    </View>
  );
}
