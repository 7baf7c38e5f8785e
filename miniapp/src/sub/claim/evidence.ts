import Taro from '@tarojs/taro';
import type { EvidenceCategory } from '@gig/shared';
import { ApiError, retryable } from '../../api';
import { uploadFile } from '../../api/upload';
import { loadDraft, type Draft, type EvidenceDraft } from '../../draft';
import { fileReadable, pickPhotos } from '../../platform/files';
import { askSensitiveConsent } from '../../sensitive-consent';
import type { PickedFile } from '../../components/claim/AddEvidence';
import { t } from '../../i18n';
import { tw } from '../../claim-words';

/**
 * The claim's files before filing: each uploaded as soon as it is picked (its progress kept in the
 * draft), the same bytes twice kept once, a failed one retried by a tap, and an upload cut off
 * by a closed page or a restart sent again when the claim opens, or, when the phone no longer
 * has the file (a browser forgets picked files with the page), named so the worker picks it again.
 */
export function claimEvidence(update: (change: (d: Draft) => Draft) => void) {
  const mark = (e: EvidenceDraft, patch: Partial<EvidenceDraft>) =>
    update((d) => ({
      ...d,
      evidence: d.evidence.map((x) => (x.localPath === e.localPath ? { ...x, ...patch } : x)),
    }));
  const removeFile = (e: EvidenceDraft) =>
    update((d) => ({ ...d, evidence: d.evidence.filter((x) => x.localPath !== e.localPath) }));

  const sendFile = async (e: EvidenceDraft) => {
    if (!(await fileReadable(e.localPath)))
      return mark(e, { status: 'failed', progress: 0, retryable: false, error: tw('pickAgain') });
    mark(e, { status: 'uploading', progress: 0, error: undefined });
    try {
      const fields: Record<string, string> = {
        category: e.category ?? 'other',
        ...(e.consent ? { consent: e.consent } : {}),
      };
      const v = await uploadFile('evidence.upload', undefined, { path: e.localPath, name: e.name }, fields, (p) =>
        mark(e, { progress: p }),
      );
      // The same bytes twice are one piece of evidence: the server answers with the file it has.
      if (loadDraft()?.evidence.some((x) => x.id === v.id && x.localPath !== e.localPath)) {
        removeFile(e);
        void Taro.showToast({ title: t('alreadyAdded'), icon: 'none' });
        return;
      }
      mark(e, { status: 'done', progress: 100, id: v.id, sha256: v.sha256 });
    } catch (err) {
      mark(e, {
        status: 'failed',
        error: err instanceof ApiError ? err.message : undefined,
        retryable: retryable(err),
      });
    }
  };

  /** Photos (or the files given) filed under `picked`: a checklist item tapped, or the category chosen. */
  const addFiles = async (picked: EvidenceCategory, given?: PickedFile[], askedBefore?: string | null) => {
    const asked = askedBefore !== undefined ? askedBefore : await askSensitiveConsent(picked);
    if (asked === false) return;
    const consent = asked ?? undefined;
    const files: EvidenceDraft[] = (given ?? (await pickPhotos())).map((f) => ({
      localPath: f.path,
      name: f.name,
      category: picked,
      consent,
      status: 'waiting',
      progress: 0,
    }));
    if (!files.length) return;
    update((d) => ({ ...d, evidence: [...d.evidence, ...files] }));
    for (const f of files) await sendFile(f);
  };

  /** Uploads the last session left unfinished (once, when the claim opens). */
  const resume = async (d: Draft) => {
    for (const e of d.evidence) if (e.status === 'uploading' || e.status === 'waiting') await sendFile(e);
  };

  return { sendFile, removeFile, addFiles, resume };
}
