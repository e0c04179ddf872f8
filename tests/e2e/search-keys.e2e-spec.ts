import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MeiliService } from '@tradebridge/search';
import { Meilisearch } from 'meilisearch';
import { createOffering, createOwner } from '../support/factories.js';
import { PrivateMeilisearch } from '../support/private-services.js';
import { testServices } from '../support/test-services.js';
import { startTestApp, uniqueName, type TestApp } from '../support/test-app.js';
import { codeOf } from './catalog.fixtures.js';
import { searchFixtures } from './search.fixtures.js';

// Queries use a key that may only search this deployment's indexes; the master key is kept for settings
// and writes, and the embedded Meilisearch receives it through its environment, never its command line.
let t: TestApp;
let master: Meilisearch;
let offeringId: string;

const statusOf = async (run: () => Promise<unknown>): Promise<number | undefined> => {
  try {
    await run();
    return 200;
  } catch (error) {
    return (error as { response?: { status: number } }).response?.status;
  }
};

beforeAll(async () => {
  t = await startTestApp();
  const services = testServices();
  master = new Meilisearch({ host: services.meiliUrl, apiKey: services.meiliMasterKey });
  const owner = await createOwner(t);
  offeringId = (await createOffering(t, owner.token, { title: 'Самосвал БЕЛАЗ для ключей поиска' })).id;
  await t.drainOutbox();
});

afterAll(async () => {
  await t?.close();
});

describe('the Meilisearch search key', () => {
  it('is not the master key and may only search exactly this deployment\'s two indexes', async () => {
    const key = (await t.app.get(MeiliService).searchKey())!;
    expect(key).toBeTruthy();
    expect(key).not.toBe(testServices().meiliMasterKey);
    const details = await master.getKey(key);
    expect(details.actions).toEqual(['search']);
    expect([...details.indexes].sort()).toEqual([`${t.config.meiliIndexPrefix}needs`, `${t.config.meiliIndexPrefix}offerings`]);
    expect(details.expiresAt).toBeNull();
  });

  it('cannot write, read keys or search another deployment\'s index', async () => {
    const key = (await t.app.get(MeiliService).searchKey())!;
    const searcher = new Meilisearch({ host: testServices().meiliUrl, apiKey: key });
    const own = `${t.config.meiliIndexPrefix}offerings`;
    const other = `${uniqueName('other')}_offerings`;
    await master.tasks.waitForTask((await master.createIndex(other, { primaryKey: 'id' })).taskUid);
    expect((await searcher.index(own).search('самосвал')).hits.map((h) => h.id)).toEqual([offeringId]);
    expect(await statusOf(() => searcher.index(own).addDocuments([{ id: 'x', title: 'injected' }]))).toBe(403);
    expect(await statusOf(() => searcher.index(own).deleteDocument(offeringId))).toBe(403);
    expect(await statusOf(() => searcher.index(own).updateSettings({ searchableAttributes: ['id'] }))).toBe(403);
    expect(await statusOf(() => searcher.getKeys())).toBe(403);
    expect(await statusOf(() => searcher.index(other).search(''))).toBe(403);
    await master.deleteIndex(other);
  });

  it('is what searches use: with it deleted a search fails, and the next one creates it again', async () => {
    const meili = t.app.get(MeiliService);
    const key = (await meili.searchKey())!;
    await master.deleteKey(key);
    const s = searchFixtures(t);
    expect(codeOf(await s.searchRaw({ query: 'самосвал' }))).toBe('SERVICE_UNAVAILABLE');
    expect((await s.search({ query: 'самосвал' })).hits.map((h) => h.offering.id)).toEqual([offeringId]);
    expect((await master.getKey((await meili.searchKey())!)).actions).toEqual(['search']);
  });

  it('is the one given in MEILI_SEARCH_KEY when set, and a key with more rights is refused', async () => {
    const prefix = `${uniqueName('given')}_`;
    const given = await master.createKey({ actions: ['search'], indexes: [`${prefix}offerings`, `${prefix}needs`], expiresAt: null });
    const app = await startTestApp({ env: { MEILI_INDEX_PREFIX: prefix, MEILI_SEARCH_KEY: given.key } });
    try {
      expect(await app.app.get(MeiliService).searchKey()).toBe(given.key);
      expect((await searchFixtures(app).search({ query: 'самосвал' })).totalHits).toBe(0);
    } finally {
      await app.close();
    }
    const tooWide = await master.createKey({ actions: ['*'], indexes: ['*'], expiresAt: null });
    const wide = await startTestApp({ env: { MEILI_SEARCH_KEY: tooWide.key } });
    try {
      expect(codeOf(await searchFixtures(wide).searchRaw({ query: 'самосвал' }))).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await wide.close();
      await master.deleteKey(tooWide.uid);
      await master.deleteKey(given.uid);
    }
  });
});

describe('the embedded Meilisearch', () => {
  const meili = new PrivateMeilisearch();
  beforeAll(async () => {
    await meili.start();
  });
  afterAll(async () => {
    await meili.destroy();
  });

  it('gets its master key from the environment, not the command line (which `ps` shows to everyone)', async () => {
    const pid = meili.handle.process.pid!;
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    expect(cmdline).toContain('--http-addr');
    expect(cmdline).not.toContain(meili.masterKey);
    expect(readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')).toContain(`MEILI_MASTER_KEY=${meili.masterKey}`);
    // and the key is in force
    expect((await fetch(`${meili.url}/keys`)).status).toBe(401);
    expect((await fetch(`${meili.url}/keys`, { headers: { authorization: `Bearer ${meili.masterKey}` } })).status).toBe(200);
  });
});
