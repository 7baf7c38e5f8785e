import { defineEnum, type Role, type StaffRole } from '../enums';

/** What a library entry is (issue 13): one statute article, a policy guide, a short legal class, a typical case. */
export const KNOWLEDGE_KIND = defineEnum({
  article: { 'zh-CN': '法律条文', en: 'Statute article' },
  policy: { 'zh-CN': '政策指引', en: 'Policy guide' },
  class: { 'zh-CN': '普法课堂', en: 'Legal class' },
  case: { 'zh-CN': '典型案例', en: 'Typical case' },
});
export type KnowledgeKind = (typeof KNOWLEDGE_KIND.values)[number];

/** An entry's latest version: written, waiting for review, or published (what workers read). */
export const KNOWLEDGE_STATUS = defineEnum({
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  review: { 'zh-CN': '待审核', en: 'In review' },
  published: { 'zh-CN': '已发布', en: 'Published' },
});
export type KnowledgeStatus = (typeof KNOWLEDGE_STATUS.values)[number];

/** How a typical case ended, for the case library's filter. */
export const CASE_OUTCOME = defineEnum({
  upheld: { 'zh-CN': '劳动者请求获支持', en: "The worker's claims were upheld" },
  partly_upheld: { 'zh-CN': '部分支持', en: 'Partly upheld' },
  dismissed: { 'zh-CN': '劳动者请求未获支持', en: "The worker's claims were dismissed" },
  settled: { 'zh-CN': '调解结案', en: 'Settled by mediation' },
});
export type CaseOutcome = (typeof CASE_OUTCOME.values)[number];

export const MEDIA_KIND = defineEnum({
  audio: { 'zh-CN': '音频', en: 'Audio' },
  video: { 'zh-CN': '视频', en: 'Video' },
});
export type MediaKind = (typeof MEDIA_KIND.values)[number];

/**
 * The editor capability: who writes, reviews and publishes library entries on the staff page
 * (the city centre's supervisors and system admins). The server's editor routes require it; the
 * staff page's menu asks `mayEditKnowledge` too.
 */
export const KNOWLEDGE_EDITOR_ROLES: readonly StaffRole[] = ['supervisor', 'system_admin'];
export function mayEditKnowledge(user: { role: Role } | null): boolean {
  return !!user && (KNOWLEDGE_EDITOR_ROLES as readonly string[]).includes(user.role);
}

/**
 * The next steps an answer of the legal Q&A offers, with the mini-program page each opens (the
 * pages exist in miniapp/src/app.config.ts). `mediator` is the "talk to a mediator" exit every
 * labour answer carries.
 */
export const NEXT_STEP = defineEnum({
  calculator: { 'zh-CN': '算一算能主张多少', en: 'Work out what you may claim' },
  file_claim: { 'zh-CN': '到就近调解站提交申请', en: 'File a claim with the nearest station' },
  legal_aid: { 'zh-CN': '申请法律援助', en: 'Ask for legal aid' },
  mediator: { 'zh-CN': '找调解员聊聊', en: 'Talk to a mediator' },
  hotline: { 'zh-CN': '拨打12345政务服务便民热线', en: 'Call the 12345 government service hotline' },
});
export type NextStepKind = (typeof NEXT_STEP.values)[number];

export const NEXT_STEP_PAGES: Record<NextStepKind, string | null> = {
  calculator: '/sub/calculator/index',
  file_claim: '/sub/claim/index',
  // The claim wizard is where a worker asks for legal aid (the claim's legalAid flag).
  legal_aid: '/sub/claim/index',
  // The home page finds the nearest station (a client that knows the scanned station opens its
  // page instead: /pages/station/index?code=…, with its phone and hours).
  mediator: '/pages/index/index',
  hotline: null,
};

/** Which answer the assistant gave: built from the library, or out of scope (not a labour matter). */
export const ASK_SCOPE = ['labour', 'out_of_scope'] as const;
export type AskScope = (typeof ASK_SCOPE)[number];
/** Who phrased the answer: the library's text as is, or the optional language model from the same passages. */
export const ASK_COMPOSER = ['retrieval', 'llm'] as const;
export type AskComposer = (typeof ASK_COMPOSER)[number];
