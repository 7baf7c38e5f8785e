import {
  anonymise,
  articleLabel,
  CASE_OUTCOME,
  CLAIM_TYPE,
  NEXT_STEP,
  NEXT_STEP_PAGES,
  type AskAnswer,
  type AskBody,
  type AskCitation,
  type AskNextStep,
  type KnowledgeHit,
  type NextStepKind,
} from '@gig/shared';
import type { KnowledgeReader } from './reader';
import type { KnowledgeIndex, Scored, SearchFilters } from './search-index';
import { askModel, checkModelAnswer, type LlmOptions, type Passage } from './llm';
import { intentOf, nextStepsFor } from './intents';
import { snippetOf } from './views';

const ARTICLES = 3;
const LAW_KINDS = ['article', 'policy', 'class'] as const;
const CASES = 2;
/** A question without labour words is still one if the library matches it this well (several shared terms). */
const IN_SCOPE_MIN_MATCHED = 2;
const IN_SCOPE_MIN_SCORE = 4;

const DISCLAIMER = '以上内容依据本平台法律知识库整理，仅供参考，不构成法律意见；具体情况请咨询调解员或律师。';
const OUT_OF_SCOPE =
  '您的问题看起来不属于劳动争议（例如工资、加班、工伤、辞退、劳动关系、社会保险）。本助手只解答劳动方面的问题。其他事务请向相关主管部门咨询，或拨打12345政务服务便民热线。';

type Locale = NonNullable<AskBody['locale']>;

/** An entry far behind the best match is noise, not an answer: keep those within RELATIVE of the best. */
const RELATIVE = 0.4;
const closeTo = (scored: readonly Scored[]) => scored.filter((s) => s.score >= RELATIVE * (scored[0]?.score ?? 0));

/**
 * The legal Q&A: the question's terms find the articles and typical cases nearest to it (favouring
 * those of the claim types it touches), and the answer is their own text, each statement citing
 * the entry it comes from, with the product's next steps and the mediator exit. With a language
 * model configured, the model may phrase the answer from the same passages; its answer is used
 * only if every sentence cites a passage it was given.
 */
export class KnowledgeAsk {
  constructor(
    private readonly index: KnowledgeIndex,
    private readonly reader: KnowledgeReader,
    private readonly llm: LlmOptions | null,
  ) {}

  async ask(body: AskBody): Promise<AskAnswer> {
    const locale: Locale = body.locale ?? 'zh-CN';
    // Nothing of the question is stored; personal numbers and names in it go before anything reads it.
    const question = anonymise(body.question.trim()).slice(0, 500);
    const { intent, words } = this.understand(question);
    const articleScores = await this.ranked(words, { kinds: LAW_KINDS }, intent.claimTypes);
    const caseScores = await this.ranked(words, { kind: 'case' }, intent.claimTypes);
    const best = articleScores[0];
    const labour =
      intent.labour || (!!best && best.matched >= IN_SCOPE_MIN_MATCHED && best.score >= IN_SCOPE_MIN_SCORE);
    const mediator = this.step('mediator', locale);
    if (!labour || !articleScores.length) return this.outOfScope(locale, mediator);

    const articles = await this.reader.hits(closeTo(articleScores).slice(0, ARTICLES));
    const cases = await this.reader.hits(closeTo(caseScores).slice(0, CASES));
    const cited = [...articles, ...cases];
    const citations: AskCitation[] = cited.map((h, i) => ({
      n: i + 1,
      kind: h.kind,
      id: h.id,
      law: h.law,
      article: h.article,
      title: h.title,
      summary: h.summary,
      example: h.example,
    }));
    let statements = cited.map((h, i) => ({ text: `${this.sentence(h)}[${i + 1}]`, cites: [i + 1] }));
    let composer: AskAnswer['composer'] = 'retrieval';
    if (this.llm) {
      const passages = await this.passages(cited);
      const text = await askModel(this.llm, question, passages);
      const checked = text ? checkModelAnswer(text, passages) : null;
      if (checked) {
        statements = checked;
        composer = 'llm';
      }
    }
    const next = [...nextStepsFor(intent.claimTypes).map((k) => this.step(k, locale)), mediator];
    return {
      scope: 'labour',
      answer: statements.map((s) => s.text).join('\n'),
      statements,
      citations,
      cases: cases.map((c) => ({ id: c.id, title: c.title, example: c.example })),
      next,
      mediator,
      composer,
      disclaimer: DISCLAIMER,
    };
  }

  /**
   * The library's articles, policies and classes for a question, best first, as the answer ranks
   * them before it keeps the closest few (the retrieval benchmark reads the top 5).
   */
  async lawFor(question: string, limit: number): Promise<KnowledgeHit[]> {
    const { intent, words } = this.understand(anonymise(question.trim()).slice(0, 500));
    return this.reader.hits((await this.ranked(words, { kinds: LAW_KINDS }, intent.claimTypes)).slice(0, limit));
  }

  /** The claim types a question touches, and the words to search with (its own and those types' names). */
  private understand(question: string) {
    const intent = intentOf(question);
    return { intent, words: [question, ...intent.claimTypes.map((t) => CLAIM_TYPE.labels[t]['zh-CN'])].join(' ') };
  }

  /** Search scores plus a bonus for each of the question's claim types an entry concerns. */
  private async ranked(words: string, filters: SearchFilters, types: readonly string[]): Promise<Scored[]> {
    const { items: scored } = await this.index.search(words, filters, { limit: 50 });
    if (!types.length || !scored.length) return scored;
    const hits = await this.reader.hits(scored);
    const bonus = new Map(hits.map((h) => [h.id, h.claimTypes.filter((t) => types.includes(t)).length]));
    return scored
      .map((s) => ({ ...s, score: s.score * (1 + 0.5 * (bonus.get(s.id) ?? 0)) }))
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  }

  /** One statement from an entry's own text: what it is, then its first lines. */
  private sentence(h: KnowledgeHit): string {
    const marks = `${h.summary ? '（摘要）' : ''}${h.example ? '（示例，非真实案例）' : ''}`;
    if (h.kind === 'article' && h.law && h.article) return `${articleLabel(h.law, h.article)}${marks}：${h.snippet}`;
    if (h.kind === 'case') {
      const outcome = h.outcome ? `${CASE_OUTCOME.labels[h.outcome]['zh-CN']}。` : '';
      return `相近的典型案例「${h.title}」${marks}：${outcome}${snippetOf(h.snippet, 80)}`;
    }
    return `《${h.title}》${marks}：${h.snippet}`;
  }

  private async passages(hits: readonly KnowledgeHit[]): Promise<Passage[]> {
    const out: Passage[] = [];
    for (const [i, h] of hits.entries()) {
      const e = await this.reader.get(h.id);
      const text = e.case ? `${e.case.facts}\n${e.case.reasoning}` : e.body;
      const label = h.kind === 'article' && h.law && h.article ? articleLabel(h.law, h.article) : `「${h.title}」`;
      out.push({
        n: i + 1,
        label: `${label}${h.summary ? '（摘要）' : ''}${h.example ? '（示例）' : ''}`,
        text,
        article: h.article,
      });
    }
    return out;
  }

  private step(kind: NextStepKind, locale: Locale): AskNextStep {
    return { kind, label: NEXT_STEP.labels[kind][locale], page: NEXT_STEP_PAGES[kind] };
  }

  private outOfScope(locale: Locale, mediator: AskNextStep): AskAnswer {
    return {
      scope: 'out_of_scope',
      answer: OUT_OF_SCOPE,
      statements: [],
      citations: [],
      cases: [],
      next: [this.step('hotline', locale)],
      mediator,
      composer: 'retrieval',
      disclaimer: DISCLAIMER,
    };
  }
}
