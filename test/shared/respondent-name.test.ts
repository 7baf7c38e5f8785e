import { assignGroup, creditCodeKey, respondentNameKey, type GroupStore } from '@gig/shared';

describe('one respondent across spellings (respondentNameKey)', () => {
  const company = '某某快递服务';
  it.each([
    ['某某快递服务有限公司'],
    ['某某快递服务有限责任公司'],
    ['某某快递服务股份有限公司'],
    ['某某快递服务公司'],
    ['某某快递服务'],
    ['某某快递服务有限公司（五马网点）'],
    ['某某快递服务有限公司(龙湾分部)'],
    ['某某快递服务有限公司 【鹿城配送站】'],
    ['某某快递服务有限公司（五马网点）（二号门）'],
    ['某某快递服务（五马网点）'],
    ['  某某 快递服务 有限公司 '],
    ['某某快递服务有限公司。'],
    ['某某快递服务有限公司温州分公司'],
    ['某某快递服务有限公司温州五马网点'],
    ['某某快递服务有限公司五马营业部'],
    ['某某快递服务有限公司\u3000［五马网点］'],
  ])('%s is the company', (name) => expect(respondentNameKey(name)).toBe(company));

  it('folds full-width letters and digits and case', () => {
    expect(respondentNameKey('ＡＢＣ５８到家有限公司')).toBe('abc58到家');
    expect(respondentNameKey('abc58到家有限公司')).toBe('abc58到家');
    expect(respondentNameKey('ABC Logistics Co., Ltd.')).toBe('abclogistics');
    expect(respondentNameKey('ABC Logistics Limited')).toBe('abclogistics');
  });

  it('keeps a registration place inside the name: those are different companies', () => {
    const wz = respondentNameKey('顺丰速运（温州）有限公司');
    const hz = respondentNameKey('顺丰速运（杭州）有限公司');
    expect(wz).toBe('顺丰速运温州');
    expect(hz).toBe('顺丰速运杭州');
    expect(respondentNameKey('顺丰速运(温州)有限公司（五马网点）')).toBe(wz);
  });

  it('keeps a subsidiary apart from its parent: it is a legal person of its own (Company Law art 13)', () => {
    expect(respondentNameKey('某某快递服务有限公司温州子公司')).not.toBe(company);
  });

  it('keeps a group apart from its company, and other companies apart', () => {
    expect(respondentNameKey('某某集团有限公司')).toBe('某某集团');
    expect(respondentNameKey('某某快递服务有限公司')).not.toBe(respondentNameKey('某某快递有限公司'));
  });

  it('a branch named without its company keeps its place', () => {
    expect(respondentNameKey('中通快递温州分公司')).toBe('中通快递温州');
  });

  it('never folds a name to nothing', () => {
    expect(respondentNameKey('（五马网点）')).toBe('五马网点');
    expect(respondentNameKey('有限公司')).toBe('有限公司');
    expect(respondentNameKey('')).toBe('');
  });

  it('is at most 100 characters', () => {
    expect(respondentNameKey('长'.repeat(150))).toHaveLength(100);
  });
});

describe('credit codes as keys (creditCodeKey)', () => {
  it('upper-cases, folds width and trims an 18-character code', () => {
    expect(creditCodeKey('91330300mA2abcdE1x')).toBe('91330300MA2ABCDE1X');
    expect(creditCodeKey(' ９１３３０３００ＭＡ２ＡＢＣＤＥ１Ｘ ')).toBe('91330300MA2ABCDE1X');
  });
  it('is null when there is none or it is not 18 letters and digits', () => {
    expect(creditCodeKey(null)).toBeNull();
    expect(creditCodeKey(undefined)).toBeNull();
    expect(creditCodeKey('')).toBeNull();
    expect(creditCodeKey('9133030012345')).toBeNull();
    expect(creditCodeKey('91330300-A2ABCDE1X')).toBeNull();
  });
});

describe('the respondent of a claim (assignGroup): the credit code first, else the name', () => {
  /** Claims filed one after another, with the keys kept in memory as the database keeps them. */
  const file = () => {
    const claims: { group: string; code: string | null }[] = [];
    const aliases = new Map<string, string>();
    const store: GroupStore = {
      aliasOf: async (k) => aliases.get(k),
      groupOfCode: async (c) => claims.find((x) => x.code === c)?.group,
      merge: async (from, to, nameKey) => {
        for (const x of claims) if (x.group === from) x.group = to;
        for (const [k, v] of aliases) if (v === from) aliases.set(k, to);
        aliases.set(nameKey, to);
      },
    };
    return {
      claims,
      aliases,
      async claim(name: string, code: string | null = null) {
        const group = await assignGroup(store, name, code);
        claims.push({ group, code: creditCodeKey(code) });
        return group;
      },
    };
  };
  const CODE = '91350100M000100Y43';

  it('spellings of one name meet without a code, and a new code takes the name', async () => {
    const f = file();
    expect(await f.claim('温州某某快递有限公司')).toBe('温州某某快递');
    expect(await f.claim('温州某某快递有限公司（五马网点）', CODE)).toBe('温州某某快递');
    expect(await f.claim('温州某某快递有限责任公司')).toBe('温州某某快递');
    expect(f.aliases.size).toBe(0);
  });

  it("a known code brings its key to another name, and that name's earlier claims join it", async () => {
    const f = file();
    await f.claim('某某快递温州分公司', CODE);
    await f.claim('温州某某（鹿城）快递有限公司');
    expect(f.claims.map((c) => c.group)).toEqual(['某某快递温州', '温州某某鹿城快递']);
    expect(await f.claim('温州某某(鹿城)快递有限公司', CODE.toLowerCase())).toBe('某某快递温州');
    expect(f.claims.map((c) => c.group)).toEqual(['某某快递温州', '某某快递温州', '某某快递温州']);
    // From now on the name alone is that respondent too.
    expect(await f.claim('温州某某（鹿城）快递有限公司')).toBe('某某快递温州');
    expect(f.aliases).toEqual(new Map([['温州某某鹿城快递', '某某快递温州']]));
  });

  it('an invalid code is no code', async () => {
    const f = file();
    await f.claim('甲公司', CODE);
    expect(await f.claim('乙公司', '12345')).toBe('乙');
  });
});
