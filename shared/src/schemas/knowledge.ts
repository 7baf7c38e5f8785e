import { Type, type Static } from '@sinclair/typebox';
import { CLAIM_TYPE, INDUSTRY } from '../enums';
import {
  ASK_COMPOSER,
  ASK_SCOPE,
  CASE_OUTCOME,
  KNOWLEDGE_KIND,
  KNOWLEDGE_STATUS,
  MEDIA_KIND,
  NEXT_STEP,
} from '../knowledge/kinds';
import { PERSONAL_DATA_KIND } from '../knowledge/anonymise';
import { Id, IsoDateTime, StringEnum } from './common';
import { CalendarDate, Nullable, Text } from './actions';

/** Where an entry's text comes from: the publication, its issuer, number, address and version. */
export const KnowledgeSource = Type.Object({
  title: Text(200),
  issuer: Type.Optional(Text(100)),
  documentNumber: Type.Optional(Text(100, 0)),
  url: Type.Optional(Type.String({ pattern: '^https?://', maxLength: 500 })),
  versionDate: Type.Optional(CalendarDate),
  effectiveDate: Type.Optional(CalendarDate),
});
export type KnowledgeSource = Static<typeof KnowledgeSource>;

export const KnowledgeMedia = Type.Object({
  kind: StringEnum(MEDIA_KIND.values),
  url: Type.String({ pattern: '^https?://', maxLength: 500 }),
  title: Type.Optional(Text(100)),
});

/** The parts only a typical case has. */
export const KnowledgeCaseParts = Type.Object({
  facts: Text(4000),
  disputeFocus: Text(1000, 0),
  outcome: StringEnum(CASE_OUTCOME.values),
  reasoning: Text(4000, 0),
  /** The library entries (statute articles, policies) the case rests on. */
  basisIds: Type.Array(Id, { maxItems: 20 }),
  /** When the case was decided or published (with `source` naming the publication). */
  decidedOn: Type.Optional(CalendarDate),
});
export type KnowledgeCaseParts = Static<typeof KnowledgeCaseParts>;

/** One version's content: what an editor writes. */
export const KnowledgeContent = Type.Object({
  title: Text(200),
  /** A statute article's law, by its Chinese short name as the library writes it (e.g. 劳动合同法). */
  law: Type.Optional(Nullable(Text(60))),
  /** A statute article's number (e.g. 47). */
  article: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 9999 }))),
  /** The text (Markdown). For an article: the article's text, verbatim unless `summary`. (Sizes keep a version within a MariaDB TEXT column.) */
  body: Text(6000),
  /** The text is a summary, not the verbatim source: shown as 摘要. */
  summary: Type.Boolean(),
  /** A case that cannot be sourced (illustrative): always shown as 示例. */
  example: Type.Boolean(),
  claimTypes: Type.Array(StringEnum(CLAIM_TYPE.values), { maxItems: 9, uniqueItems: true }),
  industries: Type.Array(StringEnum(INDUSTRY.values), { maxItems: 6, uniqueItems: true }),
  /** Words a worker would use for it (辞退, 开除): searched with the text. */
  keywords: Type.Array(Text(30), { maxItems: 30 }),
  source: Nullable(KnowledgeSource),
  media: Type.Array(KnowledgeMedia, { maxItems: 5 }),
  case: Nullable(KnowledgeCaseParts),
});
export type KnowledgeContent = Static<typeof KnowledgeContent>;

export const KnowledgeCreateBody = Type.Composite([
  Type.Object({ kind: StringEnum(KNOWLEDGE_KIND.values) }),
  KnowledgeContent,
]);
export type KnowledgeCreateBody = Static<typeof KnowledgeCreateBody>;
export const KnowledgeUpdateBody = Type.Composite([KnowledgeContent, Type.Object({ note: Type.Optional(Text(300)) })]);
export type KnowledgeUpdateBody = Static<typeof KnowledgeUpdateBody>;

/** A published entry as anyone reads it. */
export const KnowledgeEntryView = Type.Composite([
  Type.Object({
    id: Id,
    kind: StringEnum(KNOWLEDGE_KIND.values),
    version: Type.Integer(),
    publishedAt: Nullable(IsoDateTime),
  }),
  KnowledgeContent,
]);
export type KnowledgeEntryView = Static<typeof KnowledgeEntryView>;

/** An entry as an editor sees it: its latest version and where it stands. */
export const KnowledgeEditorView = Type.Composite([
  KnowledgeEntryView,
  Type.Object({
    status: StringEnum(KNOWLEDGE_STATUS.values),
    publishedVersion: Nullable(Type.Integer()),
    updatedAt: IsoDateTime,
  }),
]);
export type KnowledgeEditorView = Static<typeof KnowledgeEditorView>;

export const KnowledgeVersionView = Type.Object({
  version: Type.Integer(),
  status: StringEnum(KNOWLEDGE_STATUS.values),
  /** Published once and replaced by a later published version. */
  superseded: Type.Boolean(),
  note: Nullable(Type.String()),
  authorId: Nullable(Type.String()),
  publishedBy: Nullable(Type.String()),
  createdAt: IsoDateTime,
  publishedAt: Nullable(IsoDateTime),
  content: KnowledgeContent,
});
export type KnowledgeVersionView = Static<typeof KnowledgeVersionView>;

/** One hit of a search: the entry's card, why it matched, and its score. */
export const KnowledgeHit = Type.Object({
  id: Id,
  kind: StringEnum(KNOWLEDGE_KIND.values),
  title: Type.String(),
  law: Nullable(Type.String()),
  article: Nullable(Type.Integer()),
  summary: Type.Boolean(),
  example: Type.Boolean(),
  claimTypes: Type.Array(StringEnum(CLAIM_TYPE.values)),
  industries: Type.Array(StringEnum(INDUSTRY.values)),
  outcome: Nullable(StringEnum(CASE_OUTCOME.values)),
  /** The first lines of the text. */
  snippet: Type.String(),
  score: Type.Number(),
});
export type KnowledgeHit = Static<typeof KnowledgeHit>;

const Filters = {
  kind: Type.Optional(StringEnum(KNOWLEDGE_KIND.values)),
  industry: Type.Optional(StringEnum(INDUSTRY.values)),
  claimType: Type.Optional(StringEnum(CLAIM_TYPE.values)),
  outcome: Type.Optional(StringEnum(CASE_OUTCOME.values)),
};
export const KnowledgeSearchQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words in Chinese; segmented with jieba' })),
  ...Filters,
  /** A law as the library names it (e.g. 劳动合同法): its articles. */
  law: Type.Optional(Text(60)),
  article: Type.Optional(Type.Integer({ minimum: 1, maximum: 9999, description: 'With law: that article' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000, default: 0 })),
});
export type KnowledgeSearchQuery = Static<typeof KnowledgeSearchQuery>;
export const KnowledgeSearchResult = Type.Object({ items: Type.Array(KnowledgeHit), total: Type.Integer() });
export type KnowledgeSearchResult = Static<typeof KnowledgeSearchResult>;

export const KnowledgeAdminQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  kind: Type.Optional(StringEnum(KNOWLEDGE_KIND.values)),
  status: Type.Optional(StringEnum(KNOWLEDGE_STATUS.values)),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});
export type KnowledgeAdminQuery = Static<typeof KnowledgeAdminQuery>;

/** "Cases like mine": the fields of a claim or draft the worker has filled in (all optional). */
export const KnowledgeSimilarBody = Type.Object({
  industry: Type.Optional(StringEnum(INDUSTRY.values)),
  claimTypes: Type.Optional(Type.Array(StringEnum(CLAIM_TYPE.values), { maxItems: 9 })),
  description: Type.Optional(Type.String({ maxLength: 2000 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, default: 5 })),
});
export type KnowledgeSimilarBody = Static<typeof KnowledgeSimilarBody>;
export const KnowledgeSimilarResult = Type.Object({
  cases: Type.Array(KnowledgeHit),
  /** The articles behind those claim types, for "what the law says" beside them. */
  articles: Type.Array(KnowledgeHit),
});
export type KnowledgeSimilarResult = Static<typeof KnowledgeSimilarResult>;

export const KnowledgeImportBody = Type.Object({
  markdown: Type.String({
    minLength: 1,
    maxLength: 500_000,
    description: 'Entries with front matter (see shared/src/knowledge/markdown.ts)',
  }),
});
export const KnowledgeImportResult = Type.Object({ items: Type.Array(KnowledgeEditorView) });

export const PersonalDataFindingView = Type.Object({
  /** Which text it is in (title, body, case/facts...). */
  field: Type.Optional(Type.String()),
  kind: StringEnum(PERSONAL_DATA_KIND),
  index: Type.Integer(),
  length: Type.Integer(),
  masked: Type.String(),
});
/** A draft made from a closed case: the entry, and what the anonymisation step replaced. */
export const KnowledgeFromCaseResult = Type.Object({
  entry: KnowledgeEditorView,
  replaced: Type.Array(PersonalDataFindingView),
  /** What the automatic check still finds in the draft (must be empty before it can be published). */
  remaining: Type.Array(PersonalDataFindingView),
});
export const CaseIdParams = Type.Object({ caseId: Id });

export const AskBody = Type.Object({
  question: Type.String({ minLength: 1, maxLength: 500 }),
  locale: Type.Optional(StringEnum(['zh-CN', 'en'] as const)),
});
export type AskBody = Static<typeof AskBody>;
export const AskCitation = Type.Object({
  /** The number the statements cite it by ([1], [2]...). */
  n: Type.Integer({ minimum: 1 }),
  kind: StringEnum(KNOWLEDGE_KIND.values),
  /** The library entry. */
  id: Id,
  law: Nullable(Type.String()),
  article: Nullable(Type.Integer()),
  title: Type.String(),
  summary: Type.Boolean(),
  example: Type.Boolean(),
});
export type AskCitation = Static<typeof AskCitation>;
export const AskStatement = Type.Object({
  text: Type.String(),
  /** Numbers (`n`) of the citations it rests on. */
  cites: Type.Array(Type.Integer({ minimum: 1 })),
});
export const AskNextStep = Type.Object({
  kind: StringEnum(NEXT_STEP.values),
  label: Type.String(),
  /** The mini-program page it opens, or null (a phone hotline). */
  page: Nullable(Type.String()),
});
export type AskNextStep = Static<typeof AskNextStep>;
export const AskAnswer = Type.Object({
  scope: StringEnum(ASK_SCOPE),
  /** The whole answer as text, citations as [n]. */
  answer: Type.String(),
  statements: Type.Array(AskStatement),
  citations: Type.Array(AskCitation),
  cases: Type.Array(Type.Object({ id: Id, title: Type.String(), example: Type.Boolean() })),
  next: Type.Array(AskNextStep),
  /** The "talk to a mediator" exit (also among `next` on a labour answer). */
  mediator: AskNextStep,
  composer: StringEnum(ASK_COMPOSER),
  /** Always: this is information from the library, not legal advice. */
  disclaimer: Type.String(),
});
export type AskAnswer = Static<typeof AskAnswer>;
