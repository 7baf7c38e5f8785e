import type { Label } from '@gig/shared';
import { wordsOf } from './i18n';

/**
 * The words of "know your rights" (the tab, the article and typical-case pages, the panels in the
 * claim wizard and on the case page), in Chinese and English, in the language of i18n.ts. Kept apart
 * from the app's words so that they load with those pages, not with the first page a QR code opens
 * (the station page's entry is in i18n.ts).
 */
const KNOWLEDGE_WORDS = {
  intro: {
    'zh-CN': '不知道自己有没有理？用自己的话问一问，答案都来自法律条文和典型案例。不用登录。',
    en: 'Not sure you have a case? Ask in your own words; answers come from the law and typical cases. No sign-in.',
  },
  askTitle: { 'zh-CN': '问一问', en: 'Ask a question' },
  askHint: { 'zh-CN': '例如：被辞退能拿多少钱', en: 'E.g. how much do I get if I am dismissed' },
  ask: { 'zh-CN': '问一问', en: 'Ask' },
  asking: { 'zh-CN': '正在查找…', en: 'Looking it up…' },
  askEmpty: { 'zh-CN': '请先写下您的问题', en: 'Type your question first' },
  tryThese: { 'zh-CN': '大家常问：', en: 'Often asked:' },
  sample1: { 'zh-CN': '被辞退能拿多少钱', en: '被辞退能拿多少钱' },
  sample2: { 'zh-CN': '外卖骑手算不算劳动关系', en: '外卖骑手算不算劳动关系' },
  sample3: { 'zh-CN': '工伤了公司不管怎么办', en: '工伤了公司不管怎么办' },
  answer: { 'zh-CN': '回答', en: 'Answer' },
  basis: { 'zh-CN': '依据（点击查看原文）', en: 'Where this comes from (tap to read)' },
  similarCases: { 'zh-CN': '相近的典型案例', en: 'Similar typical cases' },
  nextSteps: { 'zh-CN': '下一步可以', en: 'What you can do next' },
  mediator: { 'zh-CN': '找调解员聊聊', en: 'Talk to a mediator' },
  mediatorHint: {
    'zh-CN': '拿不准？调解员免费帮您看一看。',
    en: 'Not sure? A mediator looks at it with you, free.',
  },
  outOfScope: { 'zh-CN': '这个问题我们答不了', en: 'We cannot answer this one' },
  lawTitle: { 'zh-CN': '我的情况，法律怎么说', en: 'The law for my situation' },
  lawHint: { 'zh-CN': '选一项，看相关的法律条文：', en: 'Pick one to read the articles about it:' },
  casesTitle: { 'zh-CN': '查典型案例', en: 'Find typical cases' },
  casesHint: { 'zh-CN': '输入关键词，或按行业、类型、结果筛选', en: 'Type words, or filter by trade, claim, outcome' },
  search: { 'zh-CN': '搜索', en: 'Search' },
  searchHint: { 'zh-CN': '例如：骑手 摔伤', en: 'E.g. 骑手 摔伤' },
  industry: { 'zh-CN': '行业', en: 'Trade' },
  claimType: { 'zh-CN': '类型', en: 'Claim' },
  outcome: { 'zh-CN': '结果', en: 'Outcome' },
  any: { 'zh-CN': '不限', en: 'Any' },
  pair: { 'zh-CN': '{name}：{value}', en: '{name}: {value}' },
  found: { 'zh-CN': '找到 {n} 个', en: '{n} found' },
  noneFound: { 'zh-CN': '没有找到，换个词或少选几个条件试试', en: 'Nothing found; try other words or fewer filters' },
  more: { 'zh-CN': '查看更多', en: 'Show more' },
  example: { 'zh-CN': '示例', en: 'Example' },
  exampleWhy: {
    'zh-CN': '示例：这是为说明法律规定编写的示例，不是真实案件。',
    en: 'Example (示例): written to explain the law; not a real case.',
  },
  summaryMark: { 'zh-CN': '摘要', en: 'Summary' },
  summaryWhy: {
    'zh-CN': '摘要：以下是要点，不是条文原文。',
    en: 'Summary: the main points, not the exact wording.',
  },
  facts: { 'zh-CN': '基本案情', en: 'What happened' },
  focus: { 'zh-CN': '争议焦点', en: 'What was disputed' },
  result: { 'zh-CN': '处理结果', en: 'How it ended' },
  reasoning: { 'zh-CN': '裁判理由', en: 'Why' },
  legalBasis: { 'zh-CN': '法律依据', en: 'The law it rests on' },
  source: { 'zh-CN': '来源', en: 'Source' },
  media: { 'zh-CN': '音频和视频', en: 'Audio and video' },
  mediaOpen: { 'zh-CN': '打开', en: 'Open' },
  mediaCopied: {
    'zh-CN': '链接已复制，请粘贴到手机浏览器中打开',
    en: 'Link copied: paste it into your phone’s browser to open it',
  },
  version: { 'zh-CN': '版本日期', en: 'Version of' },
  decided: { 'zh-CN': '日期', en: 'Date' },
  concerns: { 'zh-CN': '适用于', en: 'About' },
  notFound: { 'zh-CN': '没有找到这一条，可能已经下线。', en: 'This entry was not found; it may have been withdrawn.' },
  articlesFor: { 'zh-CN': '「{type}」相关的法律条文', en: 'The law on: {type}' },
  stageTitle: { 'zh-CN': '这一步，法律怎么说', en: 'What the law says at this stage' },
  stageMore: { 'zh-CN': '查看这一步的法律条文', en: 'Read the law for this stage' },
  claimLaw: { 'zh-CN': '您选的要求，法律怎么说', en: 'The law on what you claim' },
  claimCases: { 'zh-CN': '类似的典型案例', en: 'Cases like yours' },
  articlePage: { 'zh-CN': '法律条文', en: 'The law' },
  casePage: { 'zh-CN': '典型案例', en: 'Typical case' },
  lawPage: { 'zh-CN': '法律怎么说', en: 'What the law says' },
} satisfies Record<string, Label>;

export type KnowledgeWord = keyof typeof KNOWLEDGE_WORDS;
export const tn = wordsOf(KNOWLEDGE_WORDS);
