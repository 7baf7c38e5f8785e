import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import type { KnowledgeContent } from '@gig/shared';

/** One jieba instance per process (loading the dictionary takes ~100 ms). */
let jieba: Jieba | null = null;
const segmenter = () => (jieba ??= Jieba.withDict(dict));

/**
 * Words that carry no meaning for search: particles, pronouns and question words. Single
 * characters are dropped too, except the few that mean something alone in a worker's question.
 */
const STOP = new Set(
  (
    '的 了 和 与 或 及 等 是 在 被 把 对 向 从 由 为 以 于 之 其 此 该 这 那 我 你 他 她 它 们 我们 你们 他们 ' +
    '吗 呢 吧 啊 呀 么 什么 怎么 怎么办 怎样 如何 多少 哪些 哪里 为什么 能不能 可不可以 可以 能 会 要 想 ' +
    '应当 应该 一个 一下 没有 不 也 都 就 还 又 并 但 而 如果 那么 可能 已经 自己 有 个 上 下 中 后 前 ' +
    '给 让 得 着 过 将 所 按 依照 按照 本法 规定 下列 情形 之一 有关 相关'
  ).split(/\s+/),
);
const KEEP_SINGLE = new Set(['钱', '薪', '伤', '病', '罚', '扣']);

/** Terms of a text: jieba's search-mode words, lower-cased, without stop words and punctuation. */
export function terms(text: string): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const raw of segmenter().cutForSearch(text, true)) {
    const w = raw.trim().toLowerCase();
    if (!w || w.length > 32 || STOP.has(w)) continue;
    // Letters, digits and CJK of the basic plane only (the index key compares the same on every collation).
    if (!/^[0-9a-z\u3400-\u9fff]+$/.test(w)) continue;
    if (w.length === 1 && !KEEP_SINGLE.has(w) && !/^[0-9]$/.test(w)) continue;
    out.push(w);
  }
  return out;
}

/** How much a word counts where it appears: a title or a keyword says more than a word in the text. */
const FIELD_WEIGHT = { title: 3, keywords: 3, law: 2, body: 1 } as const;

/** The weighted terms of an entry's content (term → weight), and the entry's length. */
export function weightedTerms(content: KnowledgeContent): { weights: Map<string, number>; length: number } {
  const weights = new Map<string, number>();
  const add = (text: string | null | undefined, w: number) => {
    for (const t of terms(text ?? '')) weights.set(t, (weights.get(t) ?? 0) + w);
  };
  add(content.title, FIELD_WEIGHT.title);
  add(content.keywords.join(' '), FIELD_WEIGHT.keywords);
  add(content.law, FIELD_WEIGHT.law);
  add(content.body, FIELD_WEIGHT.body);
  if (content.case) {
    add(content.case.facts, FIELD_WEIGHT.body);
    add(content.case.disputeFocus, FIELD_WEIGHT.body);
    add(content.case.reasoning, FIELD_WEIGHT.body);
  }
  let length = 0;
  for (const v of weights.values()) length += v;
  return { weights, length };
}
