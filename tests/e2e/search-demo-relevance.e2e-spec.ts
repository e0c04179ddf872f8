import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { categoryStems, RERANK_WINDOW, TaxonomyService } from '@tradebridge/catalog';
import { MeiliService } from '@tradebridge/search';
import { DemoSeeder } from '@tradebridge/demo';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';

// The search symptoms of issue 20, on the demo catalog (`npm start`'s data), through searchOfferings.
const SEARCH = `query ($query: String, $first: Int) { searchOfferings(query: $query, first: $first) {
  totalHits hits { score offering { title description keywords organization { name } } } } }`;

interface Hit {
  score: number;
  offering: { title: string; description: string; keywords: string[]; organization: { name: string } };
}

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  await t.app.get(DemoSeeder).seedDemo();
  await t.drainOutbox();
}, 180_000);

afterAll(async () => {
  await t?.close();
});

async function search(query: string, first = 20): Promise<{ totalHits: number; hits: Hit[] }> {
  return dataOf(await t.gql(SEARCH, { query, first })).searchOfferings;
}

const text = (h: Hit) => `${h.offering.title} ${h.offering.keywords.join(' ')} ${h.offering.description}`.toLowerCase();
/** A street sweeper: a municipal machine that sweeps (brush, sweeper) in the demo vocabulary. */
const isSweeper = (h: Hit) => /подметальн|щ[её]тк|sweeper/.test(text(h));
const isBelaz = (h: Hit) => /белаз/i.test(h.offering.organization.name);

describe('search relevance on the demo data', () => {
  it('«уборочная машина» finds the municipal sweepers although no listing says «уборочная» (the word that matches nothing is dropped first)', async () => {
    const { totalHits, hits } = await search('уборочная машина');
    expect(totalHits).toBeGreaterThan(0);
    expect(hits.slice(0, 3).some(isSweeper)).toBe(true);
  });

  it('«инсулин» answers nothing rather than flour (a typo of a category name is below the score floor)', async () => {
    const { totalHits, hits } = await search('инсулин');
    expect(hits).toEqual([]);
    expect(totalHits).toBe(0);
  });

  it('a misspelt word still finds what it names when the typo is in a title («самасвал»)', async () => {
    const { hits } = await search('самасвал');
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.slice(0, 3).every((h) => /самосвал|dump truck/i.test(text(h)))).toBe(true);
  });

  it('«белаз» ranks BelAZ\'s own listings (its trucks) above the repair plant\'s listings that mention BelAZ', async () => {
    const { hits } = await search('белаз', 40);
    const firstOther = hits.findIndex((h) => !isBelaz(h));
    const lastOwn = hits.map(isBelaz).lastIndexOf(true);
    expect(isBelaz(hits[0]!)).toBe(true);
    expect(firstOther).toBeGreaterThan(lastOwn);
    expect(hits.slice(firstOther).some((h) => /белаз/i.test(h.offering.title))).toBe(true); // others mention it, and come after
    expect(hits.slice(0, 3).some((h) => /самосвал/i.test(h.offering.title))).toBe(true);
  });

  it('a long, formal procurement query keeps its relevant listings (its first words are not required)', async () => {
    const query =
      'Закупка коммунальной техники для механизированной уборки улиц: подметально-уборочные машины ' +
      'и снегоочистители, а также комбинированные дорожные машины';
    const { hits } = await search(query, 10);
    expect(hits.filter(isSweeper).length).toBeGreaterThanOrEqual(3);
    expect(hits.some((h) => /снегоочистител|snow/i.test(text(h)))).toBe(true);
  });

  it('ranks a listing with all the words above listings with some of them (the any-word fallback comes after)', async () => {
    const { hits } = await search('карьерный самосвал белаз', 40);
    const all = (h: Hit) => /карьерн/i.test(text(h)) && /самосвал/i.test(text(h)) && /белаз/i.test(text(h));
    const firstPartial = hits.findIndex((h) => !all(h));
    expect(firstPartial).toBeGreaterThan(3);
    expect(hits.slice(0, firstPartial).every(all)).toBe(true);
    expect(hits.length).toBeGreaterThan(firstPartial); // and the partial ones are there, below
  });
});

describe('the re-ranked first pages of a search with words', () => {
  const PAGE = `query ($query: String, $first: Int, $after: String) { searchOfferings(query: $query, first: $first, after: $after) {
    totalHits pageInfo { hasNextPage endCursor } hits { cursor score offering { id } } } }`;
  interface Page {
    totalHits: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    hits: Array<{ cursor: string; score: number; offering: { id: string } }>;
  }
  // Words most listings hold one of: more hits than the re-rank window (312 of the demo's 393), so pages cross its edge.
  const QUERY = 'поставка продукции оборудования техники материалов услуги работы производство';
  const page = async (first: number, after?: string): Promise<Page> => dataOf(await t.gql(PAGE, { query: QUERY, first, after })).searchOfferings;

  it('pages of any size cross the window edge without repeating or skipping a hit, scores never rising', async () => {
    const all: Page['hits'] = [];
    let next: Page = await page(100);
    all.push(...next.hits);
    while (next.pageInfo.hasNextPage) {
      next = await page(100, next.pageInfo.endCursor!);
      all.push(...next.hits);
    }
    expect(next.totalHits).toBeGreaterThan(RERANK_WINDOW);
    expect(all).toHaveLength(next.totalHits);
    expect(new Set(all.map((h) => h.offering.id)).size).toBe(all.length);
    const scores = all.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    // A small page straddling the edge is the same slice of the same order.
    const edge = await page(7, all[RERANK_WINDOW - 4]!.cursor);
    expect(edge.hits.map((h) => h.offering.id)).toEqual(all.slice(RERANK_WINDOW - 3, RERANK_WINDOW + 4).map((h) => h.offering.id));
  });
});

describe('the re-ranked window', () => {
  // The window carries category codes, not names: the names the re-rank reads must be the ones each document holds.
  it.each(['offerings', 'needs'])('reads the stemmed names of each category from the taxonomy exactly as every demo document of %s holds them', async (index) => {
    const docs = (await t.app.get(MeiliService).index(index).getDocuments({ limit: 1000, fields: ['categoryCode', 'categoryNamesStemmed'] })).results;
    expect(docs.length).toBeGreaterThan(20);
    const stems = await categoryStems(t.app.get(TaxonomyService), docs.map((d) => d.categoryCode as string));
    for (const doc of docs) expect({ code: doc.categoryCode, stems: stems.get(doc.categoryCode as string) }).toEqual({ code: doc.categoryCode, stems: doc.categoryNamesStemmed });
  });
});


describe('what Meilisearch is asked for follows the selection', () => {
  const FULL = `query ($query: String) { searchOfferings(query: $query) {
    totalHits facets { field values { value count } } pageInfo { hasNextPage } hits { offering { id } highlights { field snippet } } } }`;
  const HITS_ONLY = `query ($query: String) { searchOfferings(query: $query) { hits { offering { id } } } }`;
  const NEEDS_FULL = `query ($query: String) { searchNeeds(query: $query) { totalHits facets { field } hits { need { id } highlights { field } } } }`;
  const NEEDS_HITS_ONLY = `query ($query: String) { searchNeeds(query: $query) { hits { need { id } } } }`;

  it.each(['самосвал 90 т', 'tractor', ''])('a hits-only search for «%s» answers the same first page as the full one', async (query) => {
    const full = dataOf(await t.gql(FULL, { query })).searchOfferings;
    const hitsOnly = dataOf(await t.gql(HITS_ONLY, { query })).searchOfferings;
    expect(full.hits.length).toBeGreaterThan(0);
    expect(full.facets.length).toBeGreaterThan(0);
    expect(full.totalHits).toBeGreaterThanOrEqual(full.hits.length);
    expect(hitsOnly.hits.map((h: { offering: { id: string } }) => h.offering.id)).toEqual(full.hits.map((h: { offering: { id: string } }) => h.offering.id));
    const needs = dataOf(await t.gql(NEEDS_FULL, { query })).searchNeeds;
    const needsHitsOnly = dataOf(await t.gql(NEEDS_HITS_ONLY, { query })).searchNeeds;
    expect(needsHitsOnly.hits.map((h: { need: { id: string } }) => h.need.id)).toEqual(needs.hits.map((h: { need: { id: string } }) => h.need.id));
  });

  it('marks a one-letter last word only where it stands alone («самосвал 90 т» marks no "т" of "транспортировка")', async () => {
    const full = dataOf(await t.gql(FULL, { query: 'самосвал 90 т' })).searchOfferings;
    const snippets: string[] = full.hits.flatMap((hit: { highlights: Array<{ snippet: string }> }) => hit.highlights.map((h) => h.snippet));
    expect(snippets.join(' ')).toMatch(/<mark>т<\/mark>/);
    for (const snippet of snippets) expect(snippet).not.toMatch(/<mark>т<\/mark>[а-яё]/i);
  });

  // One word, and two words (a page cut from the re-ranked window).
  it.each(['самосвал', 'карьерный самосвал'])('a selection with highlights still gets the matched words of «%s» marked, on every hit of the page', async (query) => {
    const full = dataOf(await t.gql(FULL, { query })).searchOfferings;
    expect(full.hits.length).toBeGreaterThan(1);
    // Every hit shows why it matched (synonyms too: "mining truck" for «карьерный самосвал»).
    const unmarked = full.hits.filter((hit: { highlights: Array<{ snippet: string }> }) => !hit.highlights.some((h) => h.snippet.includes('<mark>')));
    expect(unmarked).toEqual([]);
    expect(full.hits[0].highlights.some((h: { snippet: string }) => /<mark>(карьерн|самосвал)/i.test(h.snippet))).toBe(true);
  });
});

describe('highlights', () => {
  const WITH_TEXT = `query ($query: String) {
    searchOfferings(query: $query) { hits { offering { title description keywords } highlights { field snippet } } }
    searchNeeds(query: $query) { hits { need { title description keywords } highlights { field snippet } } } }`;
  // As the index holds text: ё folded (no demo listing carries contacts, which it leaves out: private-data.e2e-spec).
  const folded = (text: string) => text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  const unescape = (html: string) => html.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  type Listing = { title: string; description: string; keywords: string[] };

  // Marked by the API in the rows it answers with: what the reader sees is what was marked, never a stale copy from the index.
  it.each(['карьерный самосвал', 'автобус', 'бетон для фундамента'])('mark «%s» in the very text each offering and need shows', async (query) => {
    const data = dataOf(await t.gql(WITH_TEXT, { query }));
    const hits: Array<{ listing: Listing; highlights: Array<{ field: string; snippet: string }> }> = [
      ...data.searchOfferings.hits.map((h: { offering: Listing; highlights: [] }) => ({ listing: h.offering, highlights: h.highlights })),
      ...data.searchNeeds.hits.map((h: { need: Listing; highlights: [] }) => ({ listing: h.need, highlights: h.highlights })),
    ];
    expect(hits.filter((h) => h.highlights.length > 0).length).toBeGreaterThan(2);
    for (const { listing, highlights } of hits) {
      for (const { field, snippet } of highlights) {
        expect(snippet).toContain('<mark>');
        const shown = unescape(snippet);
        if (field === 'title') expect(shown).toBe(folded(listing.title));
        if (field === 'description') expect(folded(listing.description)).toContain(shown.replace(/^…|…$/g, ''));
        if (field === 'keywords') for (const keyword of shown.split(', ')) expect(listing.keywords.map(folded)).toContain(keyword);
      }
    }
  });
});
