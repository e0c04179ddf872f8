import type { SearchRegistry } from '../registry/search-registry.js';
import type { OutboxRow } from './outbox-store.js';

/** One document to sync: the events that touched it and the outbox rows that asked for it. */
export interface WorkItem {
  events: Set<string>;
  rowIds: string[];
}

/** Documents to sync, by entity and id. */
export type Work = Map<string, Map<string, WorkItem>>;

export interface PlannedWork {
  work: Work;
  /** Outbox rows that wait on each entity's documents besides their own (an organization row waits on its listings). */
  dependentRows: Map<string, Set<string>>;
  /** Rows whose fan-out failed, with the error (retried). */
  failed: Array<{ rowIds: string[]; error: unknown }>;
}

/** The claimed rows merged per entity and id (a document changed three times is synced once). */
export function groupRows(rows: readonly OutboxRow[]): Work {
  const work: Work = new Map();
  for (const row of rows) {
    const items = work.get(row.entity) ?? new Map<string, WorkItem>();
    work.set(row.entity, items);
    const item = items.get(row.entityId) ?? { events: new Set<string>(), rowIds: [] };
    item.events.add(row.event);
    item.rowIds.push(row.id);
    items.set(row.entityId, item);
  }
  return work;
}

/**
 * What a batch syncs: its own documents, and those its changes fan out to (an organization renamed ->
 * its listings, whose documents carry the name). A fan-out's rows are done only when the dependents are.
 */
export async function planWork(rows: readonly OutboxRow[], registry: SearchRegistry): Promise<PlannedWork> {
  const direct = groupRows(rows);
  const work: Work = new Map([...direct].map(([entity, items]) => [entity, new Map(items)]));
  const dependentRows = new Map<string, Set<string>>();
  const failed: PlannedWork['failed'] = [];

  for (const [entity, items] of direct) {
    const rowIds = [...items.values()].flatMap((item) => item.rowIds);
    const events = new Set([...items.values()].flatMap((item) => [...item.events]));
    for (const fanOut of registry.fanOuts(entity)) {
      const ignored = new Set(fanOut.ignoredEvents ?? []);
      const changed = [...items].filter(([, item]) => [...item.events].some((e) => !ignored.has(e))).map(([id]) => id);
      if (changed.length === 0) continue;
      try {
        for (const dep of await fanOut.dependents(changed)) {
          const target = work.get(dep.entity) ?? new Map<string, WorkItem>();
          work.set(dep.entity, target);
          for (const id of dep.ids) {
            const item = target.get(id) ?? { events: new Set<string>(), rowIds: [] };
            events.forEach((e) => item.events.add(e));
            target.set(id, item);
          }
          const waiting = dependentRows.get(dep.entity) ?? new Set<string>();
          rowIds.forEach((id) => waiting.add(id));
          dependentRows.set(dep.entity, waiting);
        }
      } catch (error) {
        failed.push({ rowIds, error });
      }
    }
  }
  return { work, dependentRows, failed };
}
