import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, localeOf, type RequestContext } from '@tradebridge/core';
import { Category } from './category.entity.js';
import { CategorySearchArgs } from './category-search.args.js';
import { CategoryLoaders } from './category.loaders.js';
import { TaxonomyService } from './taxonomy.service.js';

@Resolver(() => Category)
export class CategoryResolver {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly loaders: CategoryLoaders,
  ) {}

  @Query(() => [Category], { description: 'The roots without parentCode; otherwise the children of that node.' })
  categories(@Args('parentCode', { type: () => String, nullable: true }) parentCode?: string | null): Promise<Category[]> {
    return parentCode ? this.taxonomy.children(parentCode) : this.taxonomy.roots();
  }

  @Query(() => Category, { nullable: true })
  category(@Args('code') code: string): Promise<Category | null> {
    return this.taxonomy.findByCode(code);
  }

  @Query(() => [Category], { description: 'Categories (sections, chapters, headings, services, partnership kinds) found by code or name, codes first' })
  searchCategories(@Args() { query, first }: CategorySearchArgs): Promise<Category[]> {
    return this.taxonomy.searchCategories(query, first ?? 20);
  }

  @ResolveField('label', () => String, { description: "The name in the caller's language (name or nameEn)" })
  label(@Parent() category: Category, @Ctx() ctx: RequestContext): string {
    return localeOf(ctx) === 'EN' ? category.nameEn : category.name;
  }

  @ResolveField(() => Category, { nullable: true })
  parent(@Parent() category: Category, @Ctx() ctx: RequestContext): Promise<Category | null> | null {
    return category.parentCode ? this.loaders.byCode(ctx).load(category.parentCode) : null;
  }

  @ResolveField(() => [Category])
  children(@Parent() category: Category, @Ctx() ctx: RequestContext): Promise<Category[]> {
    return this.loaders.childrenOf(ctx).load(category.code);
  }
}
