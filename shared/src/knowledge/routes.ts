import { Type } from '@sinclair/typebox';
import * as S from '../schemas/knowledge';
import { IdParams, Items, route } from '../api/route-spec';

const DOCS =
  'Entries marked `summary` hold a summary, not the verbatim source; `example` cases are illustrative (示例), not real cases.';

/** The library as anyone reads it (published entries only), and the legal Q&A. No sign-in. */
export const KNOWLEDGE_PUBLIC_ROUTES = {
  'public.knowledge.search': route('public.knowledge.search', {
    query: S.KnowledgeSearchQuery,
    responses: { 200: S.KnowledgeSearchResult },
    tags: ['knowledge'],
    summary: 'Search the library (Chinese words segmented), with filters by kind, industry, claim type and outcome',
    description: `Without \`q\`, the newest entries matching the filters. ${DOCS}`,
  }),
  'public.knowledge.get': route('public.knowledge.get', {
    params: IdParams,
    responses: { 200: S.KnowledgeEntryView },
    tags: ['knowledge'],
    summary: 'One published entry',
  }),
  'public.knowledge.similar': route('public.knowledge.similar', {
    body: S.KnowledgeSimilarBody,
    responses: { 200: S.KnowledgeSimilarResult },
    tags: ['knowledge'],
    summary: '"Cases like mine": typical cases and articles nearest to a claim or draft (industry, claim types, story)',
  }),
  'public.qa': route('public.qa', {
    body: S.AskBody,
    responses: { 200: S.AskAnswer },
    tags: ['knowledge'],
    summary: 'Legal Q&A: an answer built from the library, every statement citing entries, with next steps',
    description:
      'Retrieval only by default; with QA_LLM_* set, a language model may phrase the answer from the same passages (checked: it may cite only them). Questions are not stored; ID and phone numbers in them are removed before anything else. Rate-limited per address.',
  }),
};

/** The editor's side (KNOWLEDGE_EDITOR_ROLES): drafts, review, publishing, versions, import. */
export const KNOWLEDGE_ADMIN_ROUTES = {
  'admin.knowledge.list': route('admin.knowledge.list', {
    query: S.KnowledgeAdminQuery,
    responses: { 200: Type.Object({ items: Type.Array(S.KnowledgeEditorView), total: Type.Integer() }) },
    tags: ['knowledge'],
    summary: 'Every entry with its latest version (drafts and entries in review too)',
  }),
  'admin.knowledge.create': route('admin.knowledge.create', {
    body: S.KnowledgeCreateBody,
    responses: { 201: S.KnowledgeEditorView },
    tags: ['knowledge'],
    summary: 'A new entry, as a draft (version 1)',
  }),
  'admin.knowledge.get': route('admin.knowledge.get', {
    params: IdParams,
    responses: { 200: S.KnowledgeEditorView },
    tags: ['knowledge'],
    summary: 'An entry with its latest version',
  }),
  'admin.knowledge.update': route('admin.knowledge.update', {
    params: IdParams,
    body: S.KnowledgeUpdateBody,
    responses: { 200: S.KnowledgeEditorView },
    tags: ['knowledge'],
    summary: 'Change the draft; on a published entry (or one in review) this starts a new draft version',
  }),
  'admin.knowledge.submit': route('admin.knowledge.submit', {
    params: IdParams,
    responses: { 200: S.KnowledgeEditorView },
    tags: ['knowledge'],
    summary: 'Send the draft for review',
  }),
  'admin.knowledge.publish': route('admin.knowledge.publish', {
    params: IdParams,
    responses: { 200: S.KnowledgeEditorView },
    tags: ['knowledge'],
    summary:
      'Publish the version in review (a typical case only if the personal-data check finds nothing); it replaces the published version',
  }),
  'admin.knowledge.versions': route('admin.knowledge.versions', {
    params: IdParams,
    responses: { 200: Items(S.KnowledgeVersionView) },
    tags: ['knowledge'],
    summary: 'Every version of an entry, newest first',
  }),
  'admin.knowledge.import': route('admin.knowledge.import', {
    body: S.KnowledgeImportBody,
    responses: { 201: S.KnowledgeImportResult },
    tags: ['knowledge'],
    summary: 'Import entries from Markdown as drafts (all or none)',
  }),
  'admin.knowledge.fromCase': route('admin.knowledge.fromCase', {
    params: S.CaseIdParams,
    responses: { 201: S.KnowledgeFromCaseResult },
    tags: ['knowledge'],
    summary:
      'A typical-case draft from an ended case, anonymised (names, phones, ID and plate numbers, addresses removed)',
  }),
};
