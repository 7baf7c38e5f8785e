import type { Label } from '@gig/shared';
import { wordsOf } from './i18n';

/**
 * The evidence checklist's words (the wizard's evidence step and the case page), in Chinese and
 * English, in the language of i18n.ts. The items themselves, the legal basis and the notice come
 * from the shared checklist (evidenceChecklist in @gig/shared), so both apps say the same.
 */
const EVIDENCE_WORDS = {
  checklistTitle: { 'zh-CN': '要准备的证据', en: 'Evidence to gather' },
  keyHave: { 'zh-CN': '重要材料已有', en: 'Key items' },
  key: { 'zh-CN': '重要', en: 'Key' },
  provided: { 'zh-CN': '已提供', en: 'Provided' },
  tapToAdd: { 'zh-CN': '点这里添加照片或截图', en: 'Tap to add a photo' },
  employerHolds: { 'zh-CN': '在单位手里的，由单位提供', en: 'The company holds it and must produce it' },
  needsConsent: { 'zh-CN': '上传前会先问您是否同意', en: 'You will be asked to agree before it uploads' },
  moreHelpful: { 'zh-CN': '还可以提供的材料', en: 'More that helps' },
  showLess: { 'zh-CN': '收起', en: 'Show less' },
  basis: { 'zh-CN': '依据：', en: 'Basis: ' },
  filesAdded: { 'zh-CN': '已上传的材料', en: 'Files added' },
} satisfies Record<string, Label>;

export type EvidenceWordKey = keyof typeof EVIDENCE_WORDS;

/** A checklist word in the worker's language (the general words are i18n's `t`). */
export const te: (key: EvidenceWordKey) => string = wordsOf(EVIDENCE_WORDS);
