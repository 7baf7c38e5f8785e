import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { scrollToSelector } from '../../platform';
import { EVIDENCE_CATEGORY } from '@gig/shared';
import type { EvidenceDraft } from '../../draft';
import { l, t } from '../../i18n';

/** The files picked for the claim, each with what it is, its upload progress, and a tap to retry a failed one. */
export function EvidenceList({
  items,
  onRetry,
  onRemove,
}: {
  items: EvidenceDraft[];
  onRetry: (e: EvidenceDraft) => void;
  onRemove: (e: EvidenceDraft) => void;
}) {
  // The first file still going up: the page scrolls to it as it appears (and when "next" has to wait).
  const going = items.find((e) => e.status === 'uploading' || e.status === 'waiting');
  const goingPath = going?.localPath;
  useEffect(() => {
    if (goingPath) scrollToSelector('#uploading');
  }, [goingPath]);
  return (
    <View>
      {items.map((e) => (
        <View
          key={e.localPath}
          id={e === going ? 'uploading' : undefined}
          className="card"
          data-testid="evidence-item"
          onClick={() => e.status === 'failed' && e.retryable !== false && onRetry(e)}
        >
          <View className="row">
            <View className="ellipsis">
              {l(EVIDENCE_CATEGORY.labels[e.category ?? 'other'])} · {e.name}
            </View>
            {e.status !== 'uploading' && (
              <Text className="link-danger" onClick={(ev) => (ev.stopPropagation(), onRemove(e))}>
                {t('remove')}
              </Text>
            )}
          </View>
          <View className={e.status === 'failed' ? 'error' : 'muted'}>
            {e.status === 'done'
              ? t('uploaded')
              : e.status === 'failed'
                ? e.retryable === false
                  ? (e.error ?? t('uploadFailed'))
                  : t('uploadFailed')
                : `${t('uploading')} ${e.progress}%`}
            {/* The file's fingerprint (SHA-256) is kept for the staff's record, not shown here. */}
          </View>
          {e.status === 'uploading' && (
            <View className="progress">
              <View className="progress-bar" style={{ width: `${e.progress}%` }} />
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
