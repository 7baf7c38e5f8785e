import { Postings, type IndexedDoc } from '@gig/server/services/knowledge/postings';

/** The in-memory index alone: BM25 order with a partial selection, pages, filters, replaced entries. */
describe('the knowledge postings', () => {
  const doc = (i: number, over: Partial<IndexedDoc> = {}): IndexedDoc => ({
    id: `e${String(i).padStart(5, '0')}`,
    kind: i % 3 ? 'case' : 'article',
    industries: i % 2 ? ['courier'] : [],
    claimTypes: i % 4 ? ['unpaid_wages'] : ['overtime'],
    outcome: null,
    law: null,
    article: null,
    length: 10 + (i % 17),
    publishedVersion: 1,
    order: i,
    ...over,
  });
  const build = () => {
    const p = new Postings();
    for (let i = 0; i < 2000; i++)
      p.put(doc(i), [['工资', 1 + (i % 5)], ...(i % 7 === 0 ? ([['加班', 2]] as [string, number][]) : [])]);
    return p;
  };

  it('keeps the best first, as a full sort would, across pages', () => {
    const p = build();
    const all = p.search(['工资', '加班'], {}, 2000);
    expect(all.total).toBe(2000);
    for (let i = 1; i < all.items.length; i++) {
      const [a, b] = [all.items[i - 1]!, all.items[i]!];
      expect(a.score > b.score || (a.score === b.score && a.id < b.id)).toBe(true);
    }
    expect(p.search(['工资', '加班'], {}, 5).items).toEqual(all.items.slice(0, 5));
    expect(p.search(['工资', '加班'], {}, 5, 40).items).toEqual(all.items.slice(40, 45));
    expect(all.items[0]!.matched).toBe(2);
  });

  it('filters by kind, industry (none named: all) and claim type, and counts what passes', () => {
    const p = build();
    const hits = p.search(['工资'], { kind: 'article', industry: 'food_delivery', claimType: 'overtime' }, 3000);
    // Articles are i % 3 == 0; no industry (all) is i even; overtime is i % 4 == 0: i % 12 == 0.
    expect(hits.total).toBe(Math.ceil(2000 / 12));
    expect(p.newest({ kind: 'article' }, 2).ids).toEqual(['e01998', 'e01995']);
  });

  it('replaces an entry published again: its old terms find it no more, the counts stay right', () => {
    const p = build();
    p.put(doc(7, { publishedVersion: 2 }), [['押金', 3]]);
    expect(p.size).toBe(2000);
    expect(p.versionSum).toBe(2001);
    expect(p.search(['加班'], {}, 10).items.map((s) => s.id)).not.toContain('e00007');
    expect(p.search(['押金'], {}, 10).items.map((s) => s.id)).toEqual(['e00007']);
    // The same version again changes nothing.
    p.put(doc(7, { publishedVersion: 2 }), [['别的', 1]]);
    expect(p.search(['押金'], {}, 10).items.map((s) => s.id)).toEqual(['e00007']);
  });
});
