// Sync latency: offerings created through GraphQL by concurrent clients, each timed from the
// mutation's response until its document is in Meilisearch (polled directly, many ids per request).
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateBenchCatalog, makeUnp } from '@tradebridge/demo';
import type pg from 'pg';
import { dataOf, graphql, type JsonClient } from './http.js';
import { summarize, type LatencySummary } from './stats.js';

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`;
const CREATE_ORG = `mutation ($input: OrganizationInput!) { createOrganization(input: $input) { id } }`;
const CREATE_OFFERING = `mutation ($input: OfferingInput!) { createOffering(input: $input) { id status } }`;
const PASSWORD = 'bench-password-2026';

export interface SyncResult extends LatencySummary {
  offerings: number;
  clients: number;
  /** Mutations that failed, and documents not searchable within the timeout. */
  errors: number;
  not_indexed: number;
  create_p50_ms: number | null;
  create_p95_ms: number | null;
  /** Ids of the offerings created (the scale-out phase checks each is in Meilisearch exactly once). */
  ids: string[];
}

/**
 * Registers `count` users, each owning a new Belarusian organization; returns their access tokens. Their
 * addresses are marked verified directly, as if the mailed link had been opened (as the e2e factories do).
 */
export async function registerSuppliers(api: JsonClient, pool: pg.Pool, count: number, runId: string): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) {
    const email = `bench.${runId}.${i}@example.by`;
    const input = { email, password: PASSWORD, displayName: `Bench supplier ${i}` };
    const { accessToken } = dataOf<any>(await graphql(api, REGISTER, { input }), 'register').register;
    await pool.query(`UPDATE users SET email_verified_at = now() WHERE lower(email) = lower($1)`, [email]);
    const org = {
      name: `ОАО «Бенчмарк-${runId}-${i}»`,
      country: 'BY',
      region: 'Minsk Region',
      city: 'Борисов',
      taxId: makeUnp(7, (Number.parseInt(runId, 36) % 50_000) * 100 + i * 10).unp, // far from the bench (9,000,000+) and demo serials
      sectorCodes: ['87'],
    };
    dataOf(await graphql(api, CREATE_ORG, { input: org }, accessToken), 'createOrganization');
    tokens.push(accessToken);
  }
  return tokens;
}

/** Offering inputs made of the demo vocabulary (as the bulk data set, another seed). */
function offeringInputs(count: number): Record<string, unknown>[] {
  const { offerings } = generateBenchCatalog({ offerings: count, needs: 0, seed: 4242, organizations: 20 });
  return offerings.map((o) => ({
    kind: o.kind,
    title: o.title,
    description: o.description,
    categoryCode: o.categoryCode,
    keywords: o.keywords,
    price: o.price ?? null,
    minOrderQuantity: o.minOrderQuantity ?? null,
    unit: o.unit ?? null,
    leadTimeDays: o.leadTimeDays ?? null,
    certifications: o.certifications,
    deliveryRegions: o.deliveryRegions,
    publish: true,
  }));
}

/**
 * `total` offerings by `tokens.length` concurrent clients (each creates its next one as soon as the
 * previous mutation answers); one poller asks Meilisearch for every pending id every `pollMs`.
 */
export async function measureSyncLatency(
  api: JsonClient | JsonClient[],
  meili: JsonClient,
  indexUid: string,
  tokens: string[],
  total: number,
  timeoutMs = 60_000,
  pollMs = 10,
): Promise<SyncResult> {
  const inputs = offeringInputs(total);
  // Several APIs (the scale-out phase): client i writes through API i mod n.
  const apis = Array.isArray(api) ? api : [api];
  const pending = new Map<string, number>();
  const latencies: number[] = [];
  const createTimes: number[] = [];
  const ids: string[] = [];
  let errors = 0;
  let creating = true;

  const poller = (async () => {
    let lastProgress = performance.now();
    while (creating || pending.size > 0) {
      if (pending.size > 0) {
        const wanted = [...pending.keys()];
        const res = await meili.post(`/indexes/${indexUid}/documents/fetch`, { ids: wanted, fields: ['id'], limit: wanted.length });
        const now = performance.now();
        for (const doc of res.body?.results ?? []) {
          const started = pending.get(String(doc.id));
          if (started === undefined) continue;
          latencies.push(now - started);
          pending.delete(String(doc.id));
          lastProgress = now;
        }
        if (!creating && now - lastProgress > timeoutMs) break;
      }
      await sleep(pollMs);
    }
  })();

  let next = 0;
  await Promise.all(
    tokens.map(async (token, client) => {
      const api = apis[client % apis.length]!;
      for (let i = next++; i < inputs.length; i = next++) {
        const t0 = performance.now();
        try {
          const res = await graphql(api, CREATE_OFFERING, { input: inputs[i] }, token);
          const t1 = performance.now();
          createTimes.push(t1 - t0);
          const created = res.body?.data?.createOffering;
          if (res.status !== 200 || res.body?.errors?.length || !created) {
            if (errors++ < 3) process.stderr.write(`createOffering failed: ${JSON.stringify(res.body).slice(0, 300)}\n`);
            continue;
          }
          pending.set(created.id, t1);
          ids.push(created.id);
        } catch (error) {
          errors++;
          if (errors <= 3) process.stderr.write(`createOffering failed: ${String(error)}\n`);
        }
      }
    }),
  );
  creating = false;
  await poller;
  const notIndexed = pending.size;
  const create = summarize(createTimes);
  return {
    ...summarize(latencies),
    offerings: total,
    clients: tokens.length,
    errors: errors + notIndexed,
    not_indexed: notIndexed,
    create_p50_ms: create.p50_ms,
    create_p95_ms: create.p95_ms,
    ids,
  };
}
