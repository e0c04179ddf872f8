import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { REACHABLE_HITS } from '@tradebridge/catalog';
import { encodeOffsetCursor } from '@tradebridge/search';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { codeOf, pathsOf } from './catalog.fixtures.js';
import { searchFixtures, sqlFixtures } from './search.fixtures.js';

// totalHits is exact above 10,000 (Meilisearch's default counting limit), with words and without;
// pages go as deep as REACHABLE_HITS and a cursor past that is refused as BAD_USER_INPUT naming `after`.
const PUBLISHED = 10_250;
const DRAFTS = 50;
let t: TestApp;
let s: ReturnType<typeof searchFixtures>;

beforeAll(async () => {
  t = await startTestApp();
  s = searchFixtures(t);
  const organization = await sqlFixtures(t.sql).organization({ name: 'ОАО Тотал' });
  // Bulk-written like the bench loader does: rows and their outbox rows in one statement. The event is
  // "created", which match alerts ignore: 10,000 alert runs would only slow this file down.
  await t.sql(
    `WITH o AS (
       INSERT INTO offerings (organization_id, kind, title, description, category_code, status, published_at, keywords, certifications, delivery_regions)
       SELECT $1, 'PRODUCT', 'Самосвал карьерный № ' || n, 'Самосвал для карьера, партия ' || n, '87.04',
              CASE WHEN n <= $2::int THEN 'PUBLISHED' ELSE 'DRAFT' END, CASE WHEN n <= $2::int THEN now() END, '{самосвал}', '{EAC}', '{}'
         FROM generate_series(1, $2::int + $3::int) AS n
       RETURNING id)
     INSERT INTO search_outbox (entity, entity_id, event) SELECT 'offering', id, 'catalog.offering.created' FROM o`,
    [organization, PUBLISHED, DRAFTS],
  );
  await s.drain(240_000);
}, 270_000);

afterAll(async () => {
  await t?.close();
});

describe('totalHits above 10,000', () => {
  it('is exact without words', async () => {
    const result = await s.search({ query: '', first: 5 });
    expect(result.totalHits).toBe(PUBLISHED);
    expect(result.pageInfo.hasNextPage).toBe(true);
  });

  it('is exact with words (raw and stemmed queries merged)', async () => {
    expect((await s.search({ query: 'самосвал', first: 5 })).totalHits).toBe(PUBLISHED);
    expect((await s.search({ query: 'самосвалы карьерные', first: 5 })).totalHits).toBe(PUBLISHED);
    // and a narrow query counts only its own hits ("№ 7777")
    const narrow = (await s.search({ query: '7777', first: 5 })).totalHits;
    expect(narrow).toBeGreaterThanOrEqual(1);
    expect(narrow).toBeLessThan(10);
  });

  it('is exact with a filter, and in the facets', async () => {
    const result = await s.search({ query: '', filter: { certifications: ['EAC'], countries: ['BY'] }, first: 1 });
    expect(result.totalHits).toBe(PUBLISHED);
    expect(result.facets.find((f) => f.field === 'country')?.values).toEqual([{ value: 'BY', count: PUBLISHED }]);
  });
});

describe('deep pages', () => {
  it('go on to the last reachable page without words, which has no next page although more hits exist', async () => {
    const reach = REACHABLE_HITS.withoutWords;
    const last = await s.search({ query: '', first: 20, after: encodeOffsetCursor(reach - 21) });
    expect(last.hits).toHaveLength(20);
    expect(last.totalHits).toBe(PUBLISHED);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, endCursor: encodeOffsetCursor(reach - 1) });
    const past = await s.searchRaw({ query: '', first: 20, after: last.pageInfo.endCursor });
    expect(codeOf(past)).toBe('BAD_USER_INPUT');
    expect(pathsOf(past)).toEqual(['after']);
    expect(past.body.errors?.[0].message).toMatch(/past the first 10,000 hits/);
  });

  it('stop at 1,000 hits for a search with words (deep ranked pages are what costs), with a clear refusal after', async () => {
    const reach = REACHABLE_HITS.withWords;
    const last = await s.search({ query: 'самосвал', first: 50, after: encodeOffsetCursor(reach - 51) });
    expect(last.hits).toHaveLength(50);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(last.totalHits).toBe(PUBLISHED);
    const past = await s.searchRaw({ query: 'самосвал', after: last.pageInfo.endCursor });
    expect(codeOf(past)).toBe('BAD_USER_INPUT');
    expect(pathsOf(past)).toEqual(['after']);
    expect(past.body.errors?.[0].message).toMatch(/past the first 1,000 hits of a search with words/);
  });

  it('serve a page that straddles the limit only up to it', async () => {
    const straddling = await s.search({ query: 'самосвал', first: 30, after: encodeOffsetCursor(REACHABLE_HITS.withWords - 11) });
    expect(straddling.hits).toHaveLength(10);
    expect(straddling.pageInfo.hasNextPage).toBe(false);
  });
});
