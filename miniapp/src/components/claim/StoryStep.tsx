import { Textarea, View } from '@tarojs/components';
import { EVIDENCE_CATEGORY, evidenceChecklist, uploadCategoryFor, type EvidenceCategory } from '@gig/shared';
import type { EvidenceDraft } from '../../draft';
import { DateField } from '../../platform/DateField';
import { today } from '../../format';
import { l, t } from '../../i18n';
import { EvidenceChecklist } from '../EvidenceChecklist';
import { EvidenceList } from './EvidenceList';
import { AddEvidence, byCategory, type PickedFile } from './AddEvidence';
import { askSensitiveConsent } from '../../sensitive-consent';
import { LimitationField } from './LimitationField';
import type { StepProps } from './step';

/**
 * The step about what happened: the date and the story, the evidence (what proves the employment
 * and each claim, ticked as files come in; each photo added under the category picked, or under
 * the checklist item tapped), and whether the worker asks for legal aid.
 */
export function StoryStep({
  body,
  set,
  err,
  cls,
  evidence,
  category,
  onCategory,
  onAddPhotos,
  onRetry,
  onRemove,
}: StepProps & {
  evidence: EvidenceDraft[];
  category: EvidenceCategory;
  onCategory: (c: EvidenceCategory) => void;
  /** Adds photos (or the files given, with the consent already asked) filed under `category`, or the category picked. */
  onAddPhotos: (category?: EvidenceCategory, files?: PickedFile[], consent?: string | null) => void;
  onRetry: (e: EvidenceDraft) => void;
  onRemove: (e: EvidenceDraft) => void;
}) {
  const checklist = evidenceChecklist(
    // Both were required at the work step; "other" and "direct" only ask for the common items.
    {
      claimTypes: body.items.map((i) => i.type),
      industry: body.industry ?? 'other',
      workMode: body.workMode ?? 'direct',
    },
    evidence.filter((e) => e.status === 'done').map((e) => e.category),
  );
  return (
    <View>
      <View className="label">{t('incidentDate')}</View>
      <DateField
        className={cls('/incidentDate')}
        value={body.incidentDate}
        max={today()}
        placeholder={t('datePlaceholder')}
        onChange={(v) => set({ incidentDate: v })}
        testid="incident-date"
      />
      {err('/incidentDate')}
      <LimitationField body={body} set={set} err={err} cls={cls} />
      <View className="label">{t('description')}</View>
      <Textarea
        className={`${cls('/description')} textarea`}
        value={body.description}
        maxlength={5000}
        placeholder={t('descriptionHint')}
        onInput={(e) => set({ description: e.detail.value })}
        data-testid="description"
      />
      {err('/description')}
      <View className="label">{t('evidence')}</View>
      <EvidenceChecklist
        checklist={checklist}
        onAdd={(item) => {
          const c = uploadCategoryFor(item);
          onCategory(c);
          onAddPhotos(c);
        }}
      />
      <EvidenceList items={evidence} onRetry={onRetry} onRemove={onRemove} />
      <View className="hint">{t('evidenceWhat')}</View>
      <View className="chips" style={{ margin: '6px 0' }}>
        {EVIDENCE_CATEGORY.values
          .filter((c) => c !== 'signature' && c !== 'audio')
          .map((c) => (
            <View
              key={c}
              className={`chip chip-small${category === c ? ' chip-on' : ''}`}
              onClick={() => onCategory(c)}
              data-testid={`evidence-category-${c}`}
            >
              {l(EVIDENCE_CATEGORY.labels[c])}
            </View>
          ))}
      </View>
      <AddEvidence
        askFirst={() => askSensitiveConsent(category)}
        onPicked={(files, source, consent) =>
          byCategory(files, source, category).forEach(([c, fs]) => onAddPhotos(c, fs, c === category ? consent : null))
        }
        ids={{ photos: 'add-photos', file: 'add-file', record: 'add-recording' }}
      />
      <View
        className={`chip${body.legalAid ? ' chip-on' : ''}`}
        onClick={() => set({ legalAid: !body.legalAid })}
        data-testid="legal-aid"
      >
        {body.legalAid ? '☑ ' : '☐ '}
        {t('legalAid')}
      </View>
    </View>
  );
}
