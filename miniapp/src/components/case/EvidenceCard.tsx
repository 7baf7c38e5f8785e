import { View } from '@tarojs/components';
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
import { tw } from '../../claim-words';
import { AddEvidence, byCategory, type PickedFile } from '../claim/AddEvidence';

/** What a worker can say a file is (a signature is added elsewhere; a recording made here is `audio`). */
const PICKABLE = EVIDENCE_CATEGORY.values.filter((c) => c !== 'signature' && c !== 'audio');

/**
 * The case's evidence: the checklist of what proves the employment and each claim, ticked from the
 * files' kinds (tap a missing item to add a photo filed as that kind; a sensitive kind asks for
 * the worker's separate consent first), then each file by its kind and name (the hash is the
 * staff's record), the files being uploaded (or failed), and what the next file is, then "add": a
 * photo, a PDF or sound file, or a voice recording made here.
 */
export function EvidenceCard({ view, onUploaded }: { view: CaseView; onUploaded: () => void }) {
  const [uploads, setUploads] = useState<{ name: string; progress: number; failed?: string }[]>([]);
  const [kind, setKind] = useState<EvidenceCategory>('pay_record');
  const checklist = evidenceChecklist(
    { claimTypes: view.items.map((i) => i.type), industry: view.industry, workMode: view.workMode },
    view.evidence.map((e) => e.category),
  );
  const addEvidence = async (category: EvidenceCategory = kind, picked?: PickedFile[], given?: string | null) => {
    const asked = given !== undefined ? given : await askSensitiveConsent(category);
    if (asked === false) return;
    const consent = asked ?? undefined;
    const fields = { category, ...(consent ? { consent } : {}) };
    for (const f of picked ?? (await pickPhotos())) {
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
          </View>
        ))}
        {uploads.map((u) => (
          <View key={u.name} data-testid="case-evidence-upload">
            <View className={u.failed ? 'error' : 'muted'}>
              {u.name} · {u.failed ?? `${t('uploading')} ${u.progress}%`}
            </View>
            {!u.failed && (
              <View className="progress">
                <View className="progress-bar" style={{ width: `${u.progress}%` }} />
              </View>
            )}
          </View>
        ))}
        <View className="label">{tw('fileKind')}</View>
        <View className="chips">
          {PICKABLE.map((c) => (
            <View
              key={c}
              className={`chip chip-small${kind === c ? ' chip-on' : ''}`}
              onClick={() => setKind(c)}
              data-testid={`case-evidence-category-${c}`}
            >
              {l(EVIDENCE_CATEGORY.labels[c])}
            </View>
          ))}
        </View>
        <AddEvidence
          askFirst={() => askSensitiveConsent(kind)}
          onPicked={(files, source, consent) =>
            byCategory(files, source, kind).forEach(([c, fs]) => void addEvidence(c, fs, c === kind ? consent : null))
          }
          ids={{ photos: 'add-evidence', file: 'add-evidence-file', record: 'add-evidence-record' }}
        />
      </View>
    </View>
  );
}
