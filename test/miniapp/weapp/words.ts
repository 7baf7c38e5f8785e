/**
 * The app's own words (miniapp/src), to find what the build draws by what it says rather than by
 * a layout that other work may change: in Chinese, the default language. The word modules load
 * with the in-memory Taro of ../taro-fake, which also replaces the global fetch: the real one is
 * put back, since the sandbox's wx.request and the tests talk to a real server with it.
 */
type I18n = typeof import('../../../miniapp/src/i18n');
type CaseWords = typeof import('../../../miniapp/src/case-words');
type ClaimWords = typeof import('../../../miniapp/src/components/claim/words');
type KnowledgeWords = typeof import('../../../miniapp/src/knowledge-words');

const realFetch = globalThis.fetch;
jest.doMock('@tarojs/taro', () => require('../taro-fake'));
const i18n = require('../../../miniapp/src/i18n') as I18n;
const caseWords = require('../../../miniapp/src/case-words') as CaseWords;
const claimWords = require('../../../miniapp/src/components/claim/words') as ClaimWords;
const knowledgeWords = require('../../../miniapp/src/knowledge-words') as KnowledgeWords;
globalThis.fetch = realFetch;

export const t = i18n.t;
export const tc = caseWords.tc;
export const PROBLEM_WORDS = claimWords.PROBLEM_WORDS;
export const tn = knowledgeWords.tn;
