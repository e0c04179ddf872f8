import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { ListingEntity } from '../listings/listing.entity.js';
import { Currency, ListingStatus, OfferingKind } from '../shared/catalog.enums.js';

/**
 * What a supplier offers: a listing (ListingEntity) with a kind, a price, terms and a validity.
 * `organization`, `category`, `price` and `matchingNeeds` are resolved by field resolvers (loaders).
 */
@Entity('offerings')
@ObjectType('Offering')
export class Offering extends ListingEntity<ListingStatus>(ListingStatus) {
  @Column({ type: 'text' })
  @Field(() => OfferingKind)
  kind: OfferingKind;

  @Column({ name: 'price_min', type: 'numeric', precision: 16, scale: 2, nullable: true })
  priceMin: string | null;

  @Column({ name: 'price_max', type: 'numeric', precision: 16, scale: 2, nullable: true })
  priceMax: string | null;

  @Column({ type: 'text', nullable: true })
  currency: Currency | null;

  @Column({ name: 'min_order_quantity', type: 'double precision', nullable: true })
  @Field(() => Float, { nullable: true })
  minOrderQuantity: number | null;

  /** An OKEI code ("796"); GraphQL shows `unit` (its short form in the caller's language) and `unitCode` (listingFieldsResolver). */
  @Column({ type: 'text', nullable: true })
  unit: string | null;

  @Column({ name: 'lead_time_days', type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true })
  leadTimeDays: number | null;

  /** Known certifications' codes, other marks in canonical form; GraphQL: `certifications` (labels) and `certificationCodes`. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  certifications: string[];

  /** Region codes; GraphQL: `deliveryRegions` (names in the caller's language) and `deliveryRegionCodes`. */
  @Column({ name: 'delivery_regions', type: 'text', array: true, default: () => "'{}'" })
  deliveryRegions: string[];

  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  validUntil: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
