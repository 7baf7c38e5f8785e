import { Button, View } from '@tarojs/components';
import { useState } from 'react';
import type { CaseView } from '@gig/shared';
import { uploadFile } from '../../api';
import { pickPhotos } from '../../platform';
import { t } from '../../i18n';

/** The case's evidence with each file's hash, the photos being uploaded (or failed), and a button to add more. */
export function EvidenceCard({
  id,
  evidence,
  onUploaded,
}: {
  id: string;
  evidence: CaseView['evidence'];
  onUploaded: () => void;
}) {
  const [uploads, setUploads] = useState<{ name: string; progress: number; failed?: string }[]>([]);
  const addEvidence = async () => {
    for (const f of await pickPhotos()) {
      setUploads((u) => [...u, { name: f.name, progress: 0 }]);
      const mark = (patch: { progress?: number; failed?: string }) =>
        setUploads((u) => u.map((x) => (x.name === f.name ? { ...x, ...patch } : x)));
      try {
        await uploadFile('cases.upload', { id }, f, { category: 'other' }, (p) => mark({ progress: p }));
        setUploads((u) => u.filter((x) => x.name !== f.name));
      } catch (err) {
        mark({ failed: (err as Error).message || t('uploadFailed') });
      }
    }
    onUploaded();
  };
  return (
    <View className="card" data-testid="evidence">
      <View className="label" style={{ marginTop: 0 }}>
        {t('evidence')}
      </View>
      {evidence.map((e) => (
        <View key={e.id} style={{ marginBottom: '6px' }}>
          <View className="ellipsis">{e.name}</View>
          <View className="muted">SHA-256 {e.sha256.slice(0, 16)}…</View>
        </View>
      ))}
      {uploads.map((u) => (
        <View key={u.name} className={u.failed ? 'error' : 'muted'}>
          {u.name} · {u.failed ?? `${t('uploading')} ${u.progress}%`}
        </View>
      ))}
      <Button className="btn btn-ghost" onClick={addEvidence} data-testid="add-evidence">
        {t('addPhotos')}
      </Button>
    </View>
  );
}
