/**
 * One respondent across the spellings workers give it: the key the early warning groups claims by
 * and the respondent page is addressed by (cases.respondentGroup): the credit code first, else the
 * name's key (`assignGroup` below).
 *
 * The name's key: full-width forms to half-width (NFKC), lower case, then
 * - bracketed groups at the END of the name are dropped: they name a branch, outlet or site
 *   ("某某快递服务有限公司（五马网点）", "(龙湾分部)"); brackets INSIDE the name are kept as text,
 *   because Chinese company names put the registration place there and "顺丰速运（温州）有限公司"
 *   and "顺丰速运（杭州）有限公司" are different companies;
 * - a branch after the company ("X有限公司温州分公司", "X公司五马网点") is dropped: a branch is not
 *   a legal person of its own (Company Law art 13), its company answers for it, so for a warning
 *   its claims belong with the company's. A subsidiary (子公司) is a legal person of its own (the
 *   same article) and stays a respondent of its own;
 * - the legal form at the end (股份有限公司, 有限责任公司, 有限公司, 公司, Co., Ltd.) is dropped, so
 *   "X有限公司" and "X有限责任公司" and "X公司" are one; "集团" stays (a group is another company);
 * - spaces and punctuation go.
 * A name that would fold to nothing keeps its plain letters and digits.
 */

const OPEN = '([{<《【〔〈「『';
const CLOSE = ')]}>》】〕〉」』';
const TRAILING_GROUP = new RegExp(`[${esc(OPEN)}][^${esc(OPEN + CLOSE)}]*[${esc(CLOSE)}]$`, 'u');

/** What a branch, outlet or site of a company is called after its company's name. */
const BRANCH =
  '(?:分公司|分部|分店|分厂|网点|营业部|营业点|营业所|办事处|站点|配送站|服务站|配送中心|分拨中心|分中心|门店|站|点)';
const AFTER_COMPANY = new RegExp(`^(.+?公司).{0,20}?${BRANCH}$`, 'u');
const LEGAL_FORM =
  /(?:股份有限公司|有限责任公司|有限公司|股份公司|公司|companylimited|coltd|limited|ltd|inc|corporation|corp)$/u;

function esc(chars: string): string {
  return chars.replace(/[\]\\^[-]/g, (c) => `\\${c}`);
}

const lettersAndDigits = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

/** The respondent's name as a key (see above); at most 100 characters. */
export function respondentNameKey(name: string): string {
  let s = name.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
  for (let prev = ''; prev !== s && TRAILING_GROUP.test(s);) {
    prev = s;
    const cut = s.replace(TRAILING_GROUP, '');
    if (!lettersAndDigits(cut)) break;
    s = cut;
  }
  s = lettersAndDigits(s);
  s = s.replace(AFTER_COMPANY, '$1').replace(/分公司$/u, '公司');
  const bare = s.replace(LEGAL_FORM, '');
  const key = bare || s || lettersAndDigits(name.normalize('NFKC').toLowerCase());
  return key.slice(0, 100);
}

/** A unified social credit code as a key (upper case), or null when the claim gives none. */
export function creditCodeKey(code: string | null | undefined): string | null {
  const c = code?.normalize('NFKC').trim().toUpperCase();
  return c && /^[0-9A-Z]{18}$/.test(c) ? c : null;
}

/** A name's respondent and a code's, as the assignment sees them (in the database or, for the backfill, in memory). */
export interface GroupStore {
  aliasOf(nameKey: string): Promise<string | undefined>;
  groupOfCode(code: string): Promise<string | undefined>;
  /** Everything under `from` (cases, aliases, notices, early warnings) is `to` from now on, and `nameKey` points at `to`. */
  merge(from: string, to: string, nameKey: string): Promise<void>;
}

/**
 * The respondent's key for a claim (cases.respondentGroup). The credit code first: a code an
 * earlier claim gave brings that claim's key. Otherwise the name's: shared `respondentNameKey`
 * (width, punctuation, legal form, a bracketed outlet and a branch after the company do not
 * matter), or where a code once bridged that name into another key, that key (respondent_aliases).
 * A claim whose code and name lead to two keys makes them one: the name's key and all its cases
 * join the code's (rare: once per spelling a code bridges). A code never seen before takes the
 * name's key, so claims that give the code and claims that do not still meet.
 */
export async function assignGroup(store: GroupStore, name: string, creditCode: string | null): Promise<string> {
  const nameKey = respondentNameKey(name);
  const byName = (await store.aliasOf(nameKey)) ?? nameKey;
  const code = creditCodeKey(creditCode);
  const byCode = code ? await store.groupOfCode(code) : undefined;
  if (!byCode || byCode === byName) return byName;
  await store.merge(byName, byCode, nameKey);
  return byCode;
}
