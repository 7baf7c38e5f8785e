import { Button, Text, Textarea, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import { ROLE, type MessageList, type Role } from '@gig/shared';
import { call } from '../../api';
import { showError } from '../../api/show-error';
import { uuid } from '../../draft';
import { l, t } from '../../i18n';
import { tc } from '../../case-words';

/** Who wrote a message: the worker, or a name with its role (the mediator, the lawyer). */
function author(m: MessageList['items'][number]): string {
  if (m.authorType === 'worker') return t('me');
  const role = (ROLE.labels as Partial<Record<string, (typeof ROLE.labels)[Role]>>)[m.authorRole];
  return role ? `${m.authorName} · ${l(role)}` : m.authorName;
}

/**
 * The case's conversation: the station's staff and, once assigned, the legal-aid lawyer read and
 * write in it (the heading says so); the worker's own messages on the right, and a box to write.
 */
export function MessagesCard({
  id,
  thread,
  onThread,
  withLawyer,
  focus,
}: {
  id: string;
  thread: MessageList['items'];
  onThread: (items: MessageList['items']) => void;
  withLawyer: boolean;
  focus: boolean;
}) {
  const [text, setText] = useState('');
  // One id per message being sent: tapping "send" again after a network failure cannot post it twice.
  const pendingMessageId = useRef(uuid());
  const send = async () => {
    if (!text.trim()) return;
    try {
      const r = await call('cases.post', {
        params: { id },
        body: { clientId: pendingMessageId.current, body: text.trim() },
      });
      pendingMessageId.current = uuid();
      onThread(r.items);
      setText('');
    } catch (err) {
      showError(err);
    }
  };
  return (
    <View className="card" id="messages" data-testid="messages">
      <View className="label" style={{ marginTop: 0 }}>
        {withLawyer ? tc('messagesAll') : t('messages')}
      </View>
      {thread.map((m) => (
        <View key={m.id} className={`bubble ${m.authorType === 'worker' ? 'bubble-mine' : ''}`}>
          <View className="muted">{author(m)}</View>
          <Text>{m.body}</Text>
        </View>
      ))}
      <Textarea
        className="input"
        style={{ minHeight: '72px' }}
        value={text}
        maxlength={2000}
        focus={focus}
        placeholder={t('messageHint')}
        onInput={(e) => setText(e.detail.value)}
        data-testid="message"
      />
      <Button className="btn btn-ghost" onClick={send} data-testid="send-message">
        {t('send')}
      </Button>
    </View>
  );
}
