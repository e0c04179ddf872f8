import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Currency, ListingStatus, OfferingKind } from '../shared/catalog.enums.js';

/**
 * What a supplier offers. `organization`, `category`, `price` and `matchingNeeds` are resolved by field
 * resolvers (loaders); the foreign keys stay internal.
 */
@Entity('offerings')
@ObjectType('Offering')
export class Offering {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  @Field(() => OfferingKind)
  kind: OfferingKind;

  @Column({ type: 'text' })
  @Field()
  title: string;

  @Column({ type: 'text' })
  @Field()
  description: string;

  @Column({ name: 'category_code', type: 'text' })
  categoryCode: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String])
  keywords: string[];

  @Column({ name: 'price_min', type: 'numeric', precision: 16, scale: 2, nullable: true })
  priceMin: string | null;

  @Column({ name: 'price_max', type: 'numeric', precision: 16, scale: 2, nullable: true })
  priceMax: string | null;

  @Column({ type: 'text', nullable: true })
  currency: Currency | null;

  @Column({ name: 'min_order_quantity', type: 'double precision', nullable: true })
  @Field(() => Float, { nullable: true })
  minOrderQuantity: number | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  unit: string | null;

  @Column({ name: 'lead_time_days', type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true })
  leadTimeDays: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String])
  certifications: string[];

  @Column({ name: 'delivery_regions', type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String])
  deliveryRegions: string[];

  @Column({ type: 'text' })
  @Field(() => ListingStatus)
  status: ListingStatus;

  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  validUntil: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;
}
