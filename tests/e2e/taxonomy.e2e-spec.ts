import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';

describe('taxonomy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('returns the 23 roots: sections I..XXI, then services S and partnership P', async () => {
    const { categories } = dataOf(await t.gql('{ categories { code name nameEn hsCode } }'));
    expect(categories).toHaveLength(23);
    expect(categories[0]).toMatchObject({ code: 'I', hsCode: null });
    expect(categories[20].code).toBe('XXI');
    expect(categories.slice(21).map((c: { code: string }) => c.code)).toEqual(['S', 'P']);
    for (const c of categories) expect(c.name && c.nameEn).toBeTruthy();
  });

  it('walks section -> chapter -> heading with Russian and English names and HS codes', async () => {
    const { category } = dataOf(
      await t.gql('{ category(code: "87.04") { code name nameEn hsCode parent { code hsCode parent { code hsCode parent { code } } } } }'),
    );
    expect(category).toMatchObject({ code: '87.04', hsCode: '8704', parent: { code: '87', hsCode: '87', parent: { code: 'XVII', hsCode: null, parent: null } } });
    expect(category.name).toMatch(/транспортные средства/i);
    expect(category.nameEn).toMatch(/goods/i);
  });

  it('lists the children of a node and the project categories', async () => {
    const chapters = dataOf(await t.gql('{ categories(parentCode: "XVII") { code } }')).categories.map((c: { code: string }) => c.code);
    expect(chapters).toEqual(['86', '87', '88', '89']);
    const services = dataOf(await t.gql('{ categories(parentCode: "S") { code nameEn parent { code } } }')).categories;
    expect(services.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['S.CONSTRUCTION', 'S.MAINTENANCE', 'S.HEALTHCARE']));
    const partnership = dataOf(await t.gql('{ category(code: "P") { children { code } } }')).category.children;
    expect(partnership.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['P.ASSEMBLY', 'P.INVESTMENT', 'P.JOINT_VENTURE']));
  });

  it('answers null for an unknown code and loads the tree idempotently', async () => {
    expect(dataOf(await t.gql('{ category(code: "nope") { code } }')).category).toBeNull();
    const [{ count }] = await t.sql<{ count: string }>('SELECT count(*) FROM categories');
    expect(Number(count)).toBe(21 + 96 + 957 + 2 + 22);
  });

  it('batches children and parents: one query per field, not one per row', async () => {
    const { queryCounter } = await import('@tradebridge/core');
    const before = queryCounter.count;
    dataOf(await t.gql('{ categories { code children { code parent { code } } } }'));
    expect(queryCounter.count - before).toBeLessThanOrEqual(4);
  });

  it('reads a category from PostgreSQL once; later requests take it from memory, new codes still come', async () => {
    const { queryCounter } = await import('@tradebridge/core');
    const { TaxonomyService } = await import('@tradebridge/catalog');
    const taxonomy = t.app.get(TaxonomyService);
    await taxonomy.findByCodes(['84.29', '87.04']);
    // Counted as a request's statements are (work outside requests is not counted).
    await queryCounter.request(async () => {
      const before = queryCounter.count;
      expect((await taxonomy.findByCodes(['87.04', '84.29', '87.04'])).map((c) => c.code).sort()).toEqual(['84.29', '87.04']);
      expect(queryCounter.count - before).toBe(0);
      expect((await taxonomy.findByCodes(['87.02', 'nope'])).map((c) => c.code)).toEqual(['87.02']);
      expect(queryCounter.count - before).toBe(1);
      expect(queryCounter.current).toBe(1);
    });
  });
});
