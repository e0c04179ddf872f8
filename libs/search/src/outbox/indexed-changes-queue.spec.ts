import { describe, expect, it } from '@jest/globals';
import type { Logger } from '@tradebridge/core';
import type { IndexedChange } from '../registry/search-source.js';
import { IndexedChangesQueue } from './indexed-changes-queue.js';

const change = (id: string): IndexedChange => ({ entity: 'offering', id, events: ['catalog.offering.published'], indexed: true });
const silentLogger = { error: () => undefined } as unknown as Logger;

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('IndexedChangesQueue', () => {
  it('returns before the listener has run; idle waits for it', async () => {
    const seen: string[][] = [];
    const g = gate();
    const queue = new IndexedChangesQueue(() => [async (changes) => { await g.opened; seen.push(changes.map((c) => c.id)); }], silentLogger);
    await queue.push([change('a')]);
    expect(seen).toEqual([]);
    let idle = false;
    const waiting = queue.idle().then(() => (idle = true));
    await Promise.resolve();
    expect(idle).toBe(false);
    g.open();
    await waiting;
    expect(seen).toEqual([['a']]);
  });

  it('merges what arrives while a call runs into the next call, keeping order', async () => {
    const calls: string[][] = [];
    const g = gate();
    const queue = new IndexedChangesQueue(() => [async (changes) => { calls.push(changes.map((c) => c.id)); await g.opened; }], silentLogger);
    await queue.push([change('a')]);
    await new Promise((resolve) => setImmediate(resolve)); // the first call has started
    await queue.push([change('b')]);
    await queue.push([change('c'), change('d')]);
    g.open();
    await queue.idle();
    expect(calls).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('a failing listener is logged; the others and later changes still run', async () => {
    const errors: unknown[] = [];
    const seen: string[] = [];
    const logger = { error: (obj: unknown) => errors.push(obj) } as unknown as Logger;
    const queue = new IndexedChangesQueue(
      () => [async () => { throw new Error('boom'); }, async (changes) => { seen.push(...changes.map((c) => c.id)); }],
      logger,
    );
    await queue.push([change('a')]);
    await queue.idle();
    await queue.push([change('b')]);
    await queue.idle();
    expect(seen).toEqual(['a', 'b']);
    expect(errors).toHaveLength(2);
  });

  it('makes the pusher wait when listeners are far behind', async () => {
    const g = gate();
    const queue = new IndexedChangesQueue(() => [async () => { await g.opened; }], silentLogger);
    await queue.push([change('first')]);
    let returned = false;
    const big = queue.push(Array.from({ length: 5_001 }, (_, i) => change(String(i)))).then(() => (returned = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(returned).toBe(false);
    g.open();
    await big;
    expect(returned).toBe(true);
  });

  it('waits until the relay is quiet before calling listeners', async () => {
    const quiet = gate();
    const seen: string[] = [];
    const queue = new IndexedChangesQueue(() => [async (changes) => void seen.push(...changes.map((c) => c.id))], silentLogger, () => quiet.opened);
    await queue.push([change('a')]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual([]);
    quiet.open();
    await queue.idle();
    expect(seen).toEqual(['a']);
  });

  it('does not wait for quiet once changes pile up past the limit (no deadlock with a relay that waits for it)', async () => {
    const never = new Promise<void>(() => undefined);
    const seen: number[] = [];
    const queue = new IndexedChangesQueue(() => [async (changes) => void seen.push(changes.length)], silentLogger, () => never);
    await queue.push(Array.from({ length: 5_001 }, (_, i) => change(String(i))));
    expect(seen).toEqual([5_001]);
  });
});
