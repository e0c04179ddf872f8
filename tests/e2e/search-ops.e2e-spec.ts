import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { offeringSettings } from '@tradebridge/catalog';
import { formatIndexCheckReport, MeiliService, SearchMaintenance } from '@tradebridge/search';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { searchFixtures, sqlFixtures } from './search.fixtures.js';

let t: TestApp;
let s: ReturnType<typeof searchFixtures>;
let ops: SearchMaintenance;
let meili: MeiliService;
let org: string;
const ids: string[] = [];

beforeAll(async () => {
  t = await startTestApp();
  s = searchFixtures(t);
  ops = t.app.get(SearchMaintenance);
  meili = t.app.get(MeiliService);
  const sql = sqlFixtures(t.sql);
  org = await sql.organization({ name: 'ОАО Лидагропроммаш' });
  for (let i = 0; i < 30; i++) ids.push(await sql.offering(org, `Косилка роторная КДН-${210 + i}`));
  await s.drain();
}, 60_000);

afterAll(async () => {
  await t?.close();
});

const uid = () => meili.indexUid('offerings');
const docs = () => meili.client.index(uid());

describe('reindex', () => {
  it('rebuilds from PostgreSQL and swaps the index in; search never goes empty; changes made meanwhile are kept', async () => {
    let searching = true;
    const totals: number[] = [];
    const errors: unknown[] = [];
    const load = (async () => {
      while (searching) {
        const res = await s.searchRaw({ query: 'косилка', first: 1 });
        if (res.body.errors) errors.push(res.body.errors);
        else totals.push(res.body.data!.searchOfferings.totalHits);
        await sleep(5);
      }
    })();
    const reindexing = ops.reindex();
    const added = await sqlFixtures(t.sql).offering(org, 'Косилка-плющилка самоходная'); // committed while reindexing
    const reports = await reindexing;
    await s.drain();
    searching = false;
    await load;

    expect(errors).toEqual([]);
    expect(totals.length).toBeGreaterThan(0);
    expect(Math.min(...totals)).toBeGreaterThanOrEqual(30);
    expect(reports.map((r) => [r.index, r.rejected.length])).toEqual([['offerings', 0], ['needs', 0]]);
    expect(reports[0]!.documents).toBeGreaterThanOrEqual(30);
    expect(new Set(await s.ids({ query: 'косилка', first: 100 }))).toEqual(new Set([...ids, added]));
    ids.push(added);
    const indexes = (await meili.client.getRawIndexes({ limit: 1000 })).results.map((i) => i.uid).filter((u) => u.startsWith(t.config.meiliIndexPrefix));
    expect(indexes.sort()).toEqual([`${t.config.meiliIndexPrefix}needs`, `${t.config.meiliIndexPrefix}offerings`]);
    // settings came along
    const settings = await docs().getSettings();
    expect(settings.filterableAttributes).toEqual(offeringSettings().filterableAttributes);
    expect(settings.filterableAttributes).toContainEqual(expect.objectContaining({ attributePatterns: expect.arrayContaining(['categoryPath']) }));
  }, 60_000);

  it('also works when the live index does not exist yet', async () => {
    await meili.expectTask(meili.client.deleteIndex(uid()), 'drop');
    const [report] = await ops.reindex(['offering']);
    expect(report!.documents).toBe(ids.length);
    expect((await s.search({ query: 'косилка', first: 100 })).totalHits).toBe(ids.length);
  }, 60_000);
});

describe('checkIndex', () => {
  it('reports an index in sync', async () => {
    const [offerings, needs] = await ops.checkIndex();
    expect(offerings).toMatchObject({ index: 'offerings', postgres: ids.length, meilisearch: ids.length, missing: [], stale: [], extra: [], fixed: false });
    expect(needs).toMatchObject({ missing: [], stale: [], extra: [] });
    expect(formatIndexCheckReport([offerings!, needs!]).ok).toBe(true);
  });

  it('finds missing, stale and extra documents, and --fix repairs them', async () => {
    const [missing, stale, archived] = ids;
    const stranger = randomUUID();
    await meili.expectTask(docs().deleteDocument(missing!), 'delete');
    await meili.expectTask(docs().updateDocuments([{ id: stale!, version: 1 }]), 'stale');
    await meili.expectTask(docs().addDocuments([{ id: stranger, title: 'Косилка ниоткуда' }]), 'extra');
    await t.sql(`UPDATE offerings SET status = 'ARCHIVED' WHERE id = $1`, [archived]); // no outbox row: the index does not know

    const [report] = await ops.checkIndex({ entities: ['offering'] });
    expect(report).toMatchObject({ missing: [missing], stale: [stale], fixed: false });
    expect(new Set(report!.extra)).toEqual(new Set([archived, stranger]));
    const formatted = formatIndexCheckReport([report!]);
    expect(formatted.ok).toBe(false);
    expect(formatted.text).toContain('1 missing, 1 stale, 2 extra');

    const [fixed] = await ops.checkIndex({ entities: ['offering'], fix: true });
    expect(fixed!.fixed).toBe(true);
    const [after] = await ops.checkIndex({ entities: ['offering'] });
    expect(after).toMatchObject({ missing: [], stale: [], extra: [], postgres: ids.length - 1, meilisearch: ids.length - 1 });
    expect(await s.ids({ query: 'ниоткуда' })).toEqual([]);
  }, 60_000);
});

describe('outbox statistics', () => {
  it('show pending rows with their lag, and dead rows', async () => {
    expect(await ops.outboxStats()).toMatchObject({ pending: 0, dead: 0, lagSeconds: 0 });
    const [text] = await Promise.all([fetch(`${t.url}/metrics`).then((r) => r.text())]);
    expect(text).toMatch(/tradebridge_search_outbox_pending 0/);
    expect(text).toMatch(/tradebridge_search_outbox_dead 0/);
    await t.sql(`INSERT INTO search_outbox (entity, entity_id, event, dead_at, last_error) VALUES ('offering', $1, 'test', now(), 'rejected')`, [randomUUID()]);
    expect((await ops.outboxStats()).dead).toBe(1);
    expect(await ops.requeueDead()).toBe(1);
    await s.drain();
    expect(await ops.outboxStats()).toMatchObject({ pending: 0, dead: 0 });
  });
});
