import { articleNumberOf } from '@gig/shared';

export interface LlmOptions {
  /** OpenAI-compatible API base, e.g. https://llm.example.cn/v1 (POST {base}/chat/completions). */
  baseUrl: string;
  apiKey: string;
  model: string;
  timeoutMs: number;
}

/** One retrieved passage as the model sees it: its number, its name and its text. */
export interface Passage {
  n: number;
  label: string;
  text: string;
  /** The statute article's number, when the passage is one. */
  article: number | null;
}

const SYSTEM = [
  '你是劳动争议调解平台的法律咨询助手。',
  '只能依据用户消息中编号的资料回答，不得使用资料以外的任何法律条文、案例或数字。',
  '每一句话末尾用方括号标注所依据资料的编号，例如[1]或[1][2]。',
  '资料不足以回答时，直接说明并建议联系调解员。用简体中文，简明易懂，不超过300字。',
].join('');

/** The model's answer to the question from the passages, or null (not configured, timeout, error, empty). */
export async function askModel(o: LlmOptions, question: string, passages: readonly Passage[]): Promise<string | null> {
  const material = passages.map((p) => `[${p.n}] ${p.label}\n${p.text.slice(0, 1500)}`).join('\n\n');
  try {
    const res = await fetch(`${o.baseUrl.replace(/\/$/, '')}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${o.apiKey}` },
      body: JSON.stringify({
        model: o.model,
        temperature: 0.2,
        messages: [
          { role: 'system', content: SYSTEM },
          { role: 'user', content: `资料：\n${material}\n\n问题：${question}` },
        ],
      }),
      signal: AbortSignal.timeout(o.timeoutMs),
    });
    if (!res.ok) return null;
    const body = (await res.json()) as { choices?: { message?: { content?: unknown } }[] };
    const content = body.choices?.[0]?.message?.content;
    return typeof content === 'string' && content.trim() ? content.trim() : null;
  } catch {
    return null;
  }
}

export interface CheckedStatement {
  text: string;
  cites: number[];
}

/**
 * The model's answer as statements, or null when it breaks the rules: every sentence must cite
 * at least one passage, every cited [n] must be a passage it was given, and every article number
 * it writes (第N条) must be one of the passages' articles.
 */
export function checkModelAnswer(text: string, passages: readonly Passage[]): CheckedStatement[] | null {
  const numbers = new Set(passages.map((p) => p.n));
  const articles = new Set(passages.map((p) => p.article).filter((a): a is number => a !== null));
  for (const m of text.matchAll(/第[0-9零一二三四五六七八九十百千]+条/g)) {
    const n = articleNumberOf(m[0]);
    if (n === null || !articles.has(n)) return null;
  }
  // A citation written after the full stop ("…支付。[1]") belongs to the sentence before it.
  const sentences: string[] = [];
  for (const raw of text.split(/(?<=[。！？!?\n])/)) {
    const s = raw.trim();
    if (!s) continue;
    const bare = s.replace(/\[[0-9]+\]/g, '').replace(/[\s。！？!?，,]/g, '');
    if (!bare && sentences.length) sentences[sentences.length - 1] += s;
    else if (bare) sentences.push(s);
  }
  if (!sentences.length) return null;
  const out: CheckedStatement[] = [];
  for (const s of sentences) {
    const cites = [...s.matchAll(/\[([0-9]+)\]/g)].map((m) => Number(m[1]));
    if (!cites.length || cites.some((n) => !numbers.has(n))) return null;
    out.push({ text: s, cites: [...new Set(cites)] });
  }
  return out;
}
