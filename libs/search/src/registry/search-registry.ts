import { Injectable } from '@nestjs/common';
import type { IndexedListener, SearchFanOut, SearchSource } from './search-source.js';

/**
 * What the domain slices put into search. Slices register in `onModuleInit`; the relay, the index
 * settings and the operations read it from `onApplicationBootstrap` on.
 * @example onModuleInit() { this.registry.register(this.offeringSource); this.registry.registerFanOut(this.orgFanOut); }
 */
@Injectable()
export class SearchRegistry {
  private readonly sourcesByEntity = new Map<string, SearchSource>();
  private readonly fanOutsByEntity = new Map<string, SearchFanOut[]>();
  private readonly indexedListeners: IndexedListener[] = [];

  register(source: SearchSource): void {
    if (this.sourcesByEntity.has(source.entity)) throw new Error(`A search source for "${source.entity}" is already registered`);
    if (this.sources().some((s) => s.index === source.index)) throw new Error(`The search index "${source.index}" already has a source`);
    if (!/^[A-Za-z0-9_-]+$/.test(source.index)) throw new Error(`Invalid index name "${source.index}"`);
    this.sourcesByEntity.set(source.entity, source);
  }

  registerFanOut(fanOut: SearchFanOut): void {
    const list = this.fanOutsByEntity.get(fanOut.entity) ?? [];
    list.push(fanOut);
    this.fanOutsByEntity.set(fanOut.entity, list);
  }

  onIndexed(listener: IndexedListener): void {
    this.indexedListeners.push(listener);
  }

  source(entity: string): SearchSource | undefined {
    return this.sourcesByEntity.get(entity);
  }

  sources(): SearchSource[] {
    return [...this.sourcesByEntity.values()];
  }

  fanOuts(entity: string): readonly SearchFanOut[] {
    return this.fanOutsByEntity.get(entity) ?? [];
  }

  allFanOuts(): SearchFanOut[] {
    return [...this.fanOutsByEntity.values()].flat();
  }

  listeners(): readonly IndexedListener[] {
    return this.indexedListeners;
  }

  /** True when the relay knows what to do with outbox rows of `entity`. */
  handles(entity: string): boolean {
    return this.sourcesByEntity.has(entity) || this.fanOutsByEntity.has(entity);
  }
}
