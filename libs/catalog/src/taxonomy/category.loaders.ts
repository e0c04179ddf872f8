import { Injectable } from '@nestjs/common';
import { byKeys, groupByKeys, type RequestContext } from '@tradebridge/core';
import DataLoader from 'dataloader';
import type { Category } from './category.entity.js';
import { TaxonomyService } from './taxonomy.service.js';

/** Per-request loaders for categories: one query per field per request. */
@Injectable()
export class CategoryLoaders {
  constructor(private readonly taxonomy: TaxonomyService) {}

  byCode(ctx: RequestContext): DataLoader<string, Category | null> {
    return ctx.loaders.get('category.byCode', () =>
      new DataLoader(async (codes: readonly string[]) => byKeys(codes, await this.taxonomy.findByCodes(codes), (c) => c.code)),
    );
  }

  childrenOf(ctx: RequestContext): DataLoader<string, Category[]> {
    return ctx.loaders.get('category.children', () =>
      new DataLoader(async (codes: readonly string[]) =>
        groupByKeys(codes, await this.taxonomy.childrenOf(codes), (c) => c.parentCode!),
      ),
    );
  }
}
