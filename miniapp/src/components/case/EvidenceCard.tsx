import { Button, View } from '@tarojs/components';
import { useState } from 'react';
import {
  EVIDENCE_CATEGORY,
  evidenceChecklist,
  uploadCategoryFor,
  type CaseView,
  type EvidenceCategory,
} from '@gig/shared';
import { uploadFile } from '../../api/upload';
import { askSensitiveConsent } from '../../sensitive-consent';
import { pickPhotos } from '../../platform/files';
import { l, t } from '../../i18n';
import { te } from '../../evidence-words';
import { EvidenceChecklist } from '../EvidenceChecklist';

/**
 * The case's evidence: the checklist of what proves the employment and each claim, ticked from the
 * files' kinds (tap a missing item to add a photo filed as that kind; a sensitive kind asks for
 * the worker's separate consent first), then each file with its hash, the photos being uploaded
 * (or failed), and a button to add more.
 */
export function EvidenceCard({ view, onUploaded }: { view: CaseView; onUploaded: () => void }) {
  const [uploads, setUploads] = useState<{ name: string; progress: number; failed?: string }[]>([]);
  const checklist = evidenceChecklist(
    { claimTypes: view.items.map((i) => i.type), industry: view.industry, workMode: view.workMode },
    view.evidence.map((e) => e.category),
  );
  const addEvidence = async (category: EvidenceCategory = 'other') => {
    const asked = await askSensitiveConsent(category);
    if (asked === false) return;
    const consent = asked ?? undefined;
    const fields = { category, ...(consent ? { consent } : {}) };
    for (const f of await pickPhotos()) {
      setUploads((u) => [...u, { name: f.name, progress: 0 }]);
      const mark = (patch: { progress?: number; failed?: string }) =>
        setUploads((u) => u.map((x) => (x.name === f.name ? { ...x, ...patch } : x)));
      try {
        await uploadFile('cases.upload', { id: view.id }, f, fields, (p) => mark({ progress: p }));
        setUploads((u) => u.filter((x) => x.name !== f.name));
      } catch (err) {
        mark({ failed: (err as Error).message || t('uploadFailed') });
      }
    }
    onUploaded();
  };
  return (
    <View data-testid="evidence">
      <EvidenceChecklist checklist={checklist} onAdd={(item) => void addEvidence(uploadCategoryFor(item))} />
      <View className="card">
        <View className="label" style={{ marginTop: 0 }}>
          {te('filesAdded')}
        </View>
        {view.evidence.map((e) => (
          <View key={e.id} style={{ marginBottom: '6px' }} data-testid="case-evidence-file">
            <View className="ellipsis">
              {l(EVIDENCE_CATEGORY.labels[e.category])} · {e.name}
            </View>
            <View className="muted">SHA-256 {e.sha256.slice(0, 16)}…</View>
          </View>
        ))}
        {uploads.map((u) => (
          <View key={u.name} className={u.failed ? 'error' : 'muted'}>
            {u.name} · {u.failed ?? `${t('uploading')} ${u.progress}%`}
          </View>
        ))}
        <Button className="btn btn-ghost" onClick={() => void addEvidence()} data-testid="add-evidence">
          {t('addPhotos')}
        </Button>
      </View>
    </View>
  );
}
