import { Button, Text, Textarea, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import type { MessageList } from '@gig/shared';
import { call, showError } from '../../api';
import { uuid } from '../../draft';
import { t } from '../../i18n';

/** The conversation with the mediators: the thread, the worker's own messages on the right, and a box to write. */
export function MessagesCard({
  id,
  thread,
  onThread,
}: {
  id: string;
  thread: MessageList['items'];
  onThread: (items: MessageList['items']) => void;
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
    <View className="card">
      <View className="label" style={{ marginTop: 0 }}>
        {t('messages')}
      </View>
      {thread.map((m) => (
        <View key={m.id} className={`bubble ${m.authorType === 'worker' ? 'bubble-mine' : ''}`}>
          <View className="muted">{m.authorType === 'worker' ? t('me') : m.authorName}</View>
          <Text>{m.body}</Text>
        </View>
      ))}
      <Textarea
        className="input"
        style={{ minHeight: '72px' }}
        value={text}
        maxlength={2000}
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
