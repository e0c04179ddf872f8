import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { ListingEntity } from '../listings/listing.entity.js';
import { Currency, NeedStatus } from '../shared/catalog.enums.js';

/**
 * What a buyer needs: a listing (ListingEntity) with a quantity, a budget, a deadline and a delivery region.
 * `organization`, `category`, `budget` and `matches` are resolved by field resolvers.
 */
@Entity('needs')
@ObjectType('Need')
export class Need extends ListingEntity<NeedStatus>(NeedStatus) {
  @Column({ type: 'double precision', nullable: true })
  @Field(() => Float, { nullable: true })
  quantity: number | null;

  /** An OKEI code ("796"); GraphQL: `unit` (short form in the caller's language) and `unitCode`. */
  @Column({ type: 'text', nullable: true })
  unit: string | null;

  @Column({ name: 'budget_min', type: 'numeric', precision: 16, scale: 2, nullable: true })
  budgetMin: string | null;

  @Column({ name: 'budget_max', type: 'numeric', precision: 16, scale: 2, nullable: true })
  budgetMax: string | null;

  @Column({ name: 'budget_currency', type: 'text', nullable: true })
  budgetCurrency: Currency | null;

  @Column({ name: 'needed_by', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  neededBy: Date | null;

  /** A region code; GraphQL: `deliveryRegion` (its name in the caller's language) and `deliveryRegionCode`. */
  @Column({ name: 'delivery_region', type: 'text' })
  deliveryRegion: string;

  /** Codes and canonical marks; GraphQL: `requiredCertifications` (labels) and `requiredCertificationCodes`. */
  @Column({ name: 'required_certifications', type: 'text', array: true, default: () => "'{}'" })
  requiredCertifications: string[];

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;
}
