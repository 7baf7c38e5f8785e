import type { Label } from '@gig/shared';
import { useI18n } from './i18n';

/**
 * The staff page's words for the evidence checklist (the items, the legal basis and the notice come
 * from the shared checklist, the same the worker sees). Kept in their own table, read through
 * `useEvidenceWords`, in the page's language.
 */
export const EVIDENCE_WORDS = {
  checklist: { 'zh-CN': '证据清单', en: 'Evidence checklist' },
  keyProvided: { 'zh-CN': '关键材料已提供', en: 'Key evidence provided' },
  key: { 'zh-CN': '关键', en: 'Key' },
  helpful: { 'zh-CN': '辅助', en: 'Helpful' },
  provided: { 'zh-CN': '已提供', en: 'Provided' },
  missing: { 'zh-CN': '未提供', en: 'Missing' },
  employerHolds: { 'zh-CN': '单位掌握，应由单位提供', en: 'Employer holds it: must produce' },
  sensitive: { 'zh-CN': '敏感信息', en: 'Sensitive' },
  counts: { 'zh-CN': '计入的材料类型：', en: 'Counted from: ' },
  basis: { 'zh-CN': '依据：', en: 'Basis: ' },
} satisfies Record<string, Label>;

export type EvidenceWordKey = keyof typeof EVIDENCE_WORDS;

/** The checklist's words in the page's language. */
export function useEvidenceWords(): (key: EvidenceWordKey) => string {
  const { locale } = useI18n();
  return (key) => EVIDENCE_WORDS[key][locale];
}
