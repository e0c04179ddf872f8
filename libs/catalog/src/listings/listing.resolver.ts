import { Inject, type Type } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, Ctx, CurrentUser, localeOf, type RequestContext, type RequestUser } from '@tradebridge/core';
import { Organization, OrganizationLoaders, type OrganizationEntity } from '@tradebridge/identity';
import { certificationTable, regionTable, unitTable } from '@tradebridge/reference';
import { PriceRange, priceRangeOf } from '../shared/price-range.type.js';
import { Category } from '../taxonomy/category.entity.js';
import { CategoryLoaders } from '../taxonomy/category.loaders.js';
import type { Listing, ListingKind } from './listing-kind.js';
import type { ListingLoaders } from './listing.loaders.js';
import type { ListingInput, ListingService } from './listing.service.js';

/** How a kind of listing shows in GraphQL, besides its object type: names follow the kind's label. */
export interface ListingSchema {
  input: Type<ListingInput>;
  /** The registered enum of the kind's statuses. */
  statusEnum: object;
  /** Which listings a caller may not see, in the query's description ("drafts, closed, expired of others"). */
  hidden: string;
  /** The lifecycle, in setXStatus's description. */
  lifecycle: string;
}

/**
 * The queries and mutations of a kind: `offering(id)`, `createOffering(input)`, `updateOffering(id, input)`,
 * `setOfferingStatus(id, status)` (likewise for needs). Thin: the service owns the rules.
 * @example @Resolver(() => Offering) export class OfferingResolver extends listingResolver(OFFERING, OfferingService, OfferingLoaders) {}
 */
export function listingResolver<L extends Listing>(
  kind: ListingKind<L> & { schema: ListingSchema },
  service: Type<ListingService<L, ListingInput>>,
  loaders: Type<ListingLoaders<L>>,
) {
  const { entity, label, schema } = kind;

  @Resolver(() => entity, { isAbstract: true })
  abstract class ListingResolver {
    constructor(
      @Inject(service) readonly listings: ListingService<L, ListingInput>,
      @Inject(loaders) readonly loaders: ListingLoaders<L>,
    ) {}

    @Query(() => entity, { name: kind.name, nullable: true, description: `Null when unknown or not visible to the caller (${schema.hidden})` })
    one(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<L | null> {
      // Through the loader, so several aliased lookups in one request take one query.
      return this.loaders.visibleById(ctx).load(id);
    }

    @Authenticated()
    @Mutation(() => entity, { name: `create${label}` })
    create(@CurrentUser() caller: RequestUser, @Args('input', { type: () => schema.input }) input: ListingInput): Promise<L> {
      return this.listings.create(caller, input);
    }

    @Authenticated()
    @Mutation(() => entity, { name: `update${label}` })
    update(
      @CurrentUser() caller: RequestUser,
      @Args('id', { type: () => ID }) id: string,
      @Args('input', { type: () => schema.input }) input: ListingInput,
    ): Promise<L> {
      return this.listings.update(caller, id, input);
    }

    @Authenticated()
    @Mutation(() => entity, { name: `set${label}Status`, description: `${schema.lifecycle}; other moves are CONFLICT` })
    setStatus(
      @CurrentUser() caller: RequestUser,
      @Args('id', { type: () => ID }) id: string,
      @Args('status', { type: () => schema.statusEnum }) status: L['status'],
    ): Promise<L> {
      return this.listings.setStatus(caller, id, status);
    }
  }
  // The global validation pipe validates an argument by its declared class; a generic parameter
  // declares none, so the kind's input class is named here.
  for (const method of ['create', 'update'] as const) {
    const types = Reflect.getMetadata('design:paramtypes', ListingResolver.prototype, method) as unknown[];
    Reflect.defineMetadata('design:paramtypes', types.map((t, i) => (i === types.length - 1 ? schema.input : t)), ListingResolver.prototype, method);
  }
  return ListingResolver;
}

/**
 * A listing's organization and category (batched per request), its money field (price or budget), and
 * its reference values (unit, delivery regions, certifications) as labels in the caller's language
 * beside their codes.
 * @example @Resolver(() => Need) export class NeedFieldsResolver extends listingFieldsResolver(NEED) {}
 */
export function listingFieldsResolver<L extends Listing>(kind: ListingKind<L> & { schema: ListingSchema }) {
  const { money, reference } = kind;
  const column = (listing: L, name: string) => (listing as unknown as Record<string, never>)[name];
  const unitOf = (listing: L) => (listing as unknown as { unit: string | null }).unit;
  const regionsOf = (listing: L): string[] => {
    const value = (listing as unknown as Record<string, string | string[] | null>)[reference.regions.property];
    return Array.isArray(value) ? value : value ? [value] : [];
  };
  const certificationsOf = (listing: L) => (listing as unknown as Record<string, string[]>)[reference.certifications.property] ?? [];
  const regionType = () => (reference.regions.list ? [String] : String);

  @Resolver(() => kind.entity, { isAbstract: true })
  abstract class ListingFieldsResolver {
    constructor(
      readonly organizations: OrganizationLoaders,
      readonly categories: CategoryLoaders,
    ) {}

    @ResolveField('organization', () => Organization)
    organization(@Parent() listing: L, @Ctx() ctx: RequestContext): Promise<OrganizationEntity | null> {
      return this.organizations.byId(ctx).load(listing.organizationId);
    }

    @ResolveField('category', () => Category)
    category(@Parent() listing: L, @Ctx() ctx: RequestContext): Promise<Category | null> {
      return this.categories.byCode(ctx).load(listing.categoryCode);
    }

    @ResolveField(money.field, () => PriceRange, { nullable: true, ...(money.description ? { description: money.description } : {}) })
    money(@Parent() listing: L): PriceRange | null {
      return priceRangeOf(column(listing, money.columns.min), column(listing, money.columns.max), column(listing, money.columns.currency));
    }

    @ResolveField('unit', () => String, { nullable: true, description: 'The unit\'s short form in the caller\'s language ("шт" / "pcs", "т" / "t")' })
    unit(@Parent() listing: L, @Ctx() ctx: RequestContext): string | null {
      const unit = unitOf(listing);
      return unit ? unitTable().label(unit, localeOf(ctx)) : null;
    }

    @ResolveField('unitCode', () => String, { nullable: true, description: 'OKEI code of the unit ("796" piece, "168" tonne); see the units query' })
    unitCode(@Parent() listing: L): string | null {
      return unitTable().codeOf(unitOf(listing));
    }

    @ResolveField(reference.regions.property, regionType, { description: `${reference.regions.description}: region names in the caller's language` })
    regions(@Parent() listing: L, @Ctx() ctx: RequestContext): string[] | string {
      const locale = localeOf(ctx);
      const labels = regionsOf(listing).map((r) => regionTable().label(r, locale));
      return reference.regions.list ? labels : (labels[0] ?? '');
    }

    @ResolveField(reference.regions.codes, regionType, {
      nullable: !reference.regions.list,
      description: `${reference.regions.description}: ISO 3166-2 codes ("RU-VLA") or groups ("RU-CFD", "RU", "EAEU"); see the regions query`,
    })
    regionCodes(@Parent() listing: L): string[] | string | null {
      const codes = regionsOf(listing).map((r) => regionTable().codeOf(r));
      return reference.regions.list ? codes.filter((c): c is string => c !== null) : (codes[0] ?? null);
    }

    @ResolveField(reference.certifications.property, () => [String], { description: `${reference.certifications.description}: marks as written in the caller's language ("ГОСТ Р" / "GOST R")` })
    certifications(@Parent() listing: L, @Ctx() ctx: RequestContext): string[] {
      const locale = localeOf(ctx);
      return certificationsOf(listing).map((c) => certificationTable().label(c, locale));
    }

    @ResolveField(reference.certifications.codes, () => [String], {
      description: `${reference.certifications.description}: codes of known certifications ("EAC", "ISO-9001"), other marks in canonical form; see the certifications query`,
    })
    certificationCodes(@Parent() listing: L): string[] {
      return certificationTable().canonicalAll(certificationsOf(listing));
    }
  }
  return ListingFieldsResolver;
}
