import { CLAIM_TYPE, INDUSTRY, type ClaimType, type Industry } from '../enums';
import type { KnowledgeCreateBody } from '../schemas/knowledge';
import { CASE_OUTCOME, KNOWLEDGE_KIND, type CaseOutcome, type KnowledgeKind } from './kinds';

/**
 * Import from Markdown: entries one after another, each a front-matter block between `---` lines
 * with `key: value` lines, then its text. A typical case's text is split by `## 案情` (facts),
 * `## 争议焦点`, `## 裁判理由` (reasoning); its outcome is the `outcome` key. Example:
 *
 * ---
 * kind: article
 * law: 劳动合同法
 * article: 47
 * title: 经济补偿的计算
 * claimTypes: termination_compensation
 * keywords: 辞退, 经济补偿
 * summary: false
 * source.title: 中华人民共和国劳动合同法
 * source.issuer: 全国人民代表大会常务委员会
 * source.versionDate: 2012-12-28
 * ---
 * 经济补偿按劳动者在本单位工作的年限……
 */
export interface MarkdownProblem {
  /** 1-based index of the entry in the file. */
  entry: number;
  field: string;
  message: string;
}

const list = (v: string | undefined) =>
  (v ?? '')
    .split(/[,，、\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
const bool = (v: string | undefined) => v === 'true' || v === 'yes' || v === '是';

const SECTIONS: Record<string, 'facts' | 'disputeFocus' | 'reasoning'> = {
  案情: 'facts',
  基本案情: 'facts',
  争议焦点: 'disputeFocus',
  裁判理由: 'reasoning',
  处理理由: 'reasoning',
  案例评析: 'reasoning',
};

function sections(body: string): {
  text: string;
  parts: Partial<Record<'facts' | 'disputeFocus' | 'reasoning', string>>;
} {
  const parts: Partial<Record<'facts' | 'disputeFocus' | 'reasoning', string>> = {};
  const lead: string[] = [];
  let current: 'facts' | 'disputeFocus' | 'reasoning' | null = null;
  for (const line of body.split('\n')) {
    const h = /^##\s*(.+?)\s*$/.exec(line);
    if (h && SECTIONS[h[1]!]) {
      current = SECTIONS[h[1]!]!;
      continue;
    }
    if (current) parts[current] = `${parts[current] ?? ''}${line}\n`;
    else lead.push(line);
  }
  for (const k of Object.keys(parts) as (keyof typeof parts)[]) parts[k] = parts[k]!.trim();
  return { text: lead.join('\n').trim(), parts };
}

/** The entries of a Markdown file, or the problems that stop its import (nothing is imported then). */
export function parseKnowledgeMarkdown(md: string): { entries: KnowledgeCreateBody[]; problems: MarkdownProblem[] } {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const blocks: { meta: Record<string, string>; body: string[] }[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.trim() !== '---') {
      if (blocks.length) blocks[blocks.length - 1]!.body.push(lines[i]!);
      i++;
      continue;
    }
    const meta: Record<string, string> = {};
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() !== '---') {
      const m = /^\s*([A-Za-z.]+)\s*:\s*(.*)$/.exec(lines[j]!);
      if (m) meta[m[1]!] = m[2]!.trim();
      j++;
    }
    blocks.push({ meta, body: [] });
    i = j + 1;
  }
  const entries: KnowledgeCreateBody[] = [];
  const problems: MarkdownProblem[] = [];
  blocks.forEach(({ meta, body }, k) => {
    const problem = (field: string, message: string) => problems.push({ entry: k + 1, field, message });
    const kind = meta.kind as KnowledgeKind;
    if (!KNOWLEDGE_KIND.values.includes(kind))
      return problem('kind', `kind must be one of ${KNOWLEDGE_KIND.values.join(', ')}`);
    if (!meta.title) problem('title', 'title is required');
    const claimTypes = list(meta.claimTypes) as ClaimType[];
    const industries = list(meta.industries) as Industry[];
    for (const c of claimTypes) if (!CLAIM_TYPE.values.includes(c)) problem('claimTypes', `unknown claim type ${c}`);
    for (const c of industries) if (!INDUSTRY.values.includes(c)) problem('industries', `unknown industry ${c}`);
    const article = meta.article ? Number(meta.article) : null;
    if (article !== null && !(Number.isInteger(article) && article > 0))
      problem('article', 'article must be a whole number');
    const { text, parts } = sections(body.join('\n'));
    let caseParts: KnowledgeCreateBody['case'] = null;
    if (kind === 'case') {
      const outcome = meta.outcome as CaseOutcome;
      if (!CASE_OUTCOME.values.includes(outcome))
        problem('outcome', `outcome must be one of ${CASE_OUTCOME.values.join(', ')}`);
      if (!parts.facts) problem('facts', 'a case needs a "## 案情" section');
      caseParts = {
        facts: parts.facts ?? '',
        disputeFocus: parts.disputeFocus ?? '',
        outcome,
        reasoning: parts.reasoning ?? '',
        basisIds: list(meta.basisIds),
        ...(meta.decidedOn ? { decidedOn: meta.decidedOn } : {}),
      };
    }
    const source: Record<string, string> = {};
    for (const [key, v] of Object.entries(meta)) if (key.startsWith('source.') && v) source[key.slice(7)] = v;
    if (Object.keys(source).length && !source.title) problem('source.title', 'a source needs a title');
    entries.push({
      kind,
      title: meta.title ?? '',
      law: meta.law || null,
      article,
      body: text || (caseParts ? caseParts.facts.slice(0, 200) : ''),
      summary: bool(meta.summary),
      example: bool(meta.example),
      claimTypes,
      industries,
      keywords: list(meta.keywords),
      source: source.title ? (source as unknown as NonNullable<KnowledgeCreateBody['source']>) : null,
      media: [],
      case: caseParts,
    });
  });
  if (!blocks.length)
    problems.push({ entry: 0, field: 'markdown', message: 'no entry found (each starts with a --- front matter)' });
  return { entries, problems };
}
