import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Currency, NeedStatus } from '../shared/catalog.enums.js';

/** What a buyer needs. `organization`, `category`, `budget` and `matches` are resolved by field resolvers. */
@Entity('needs')
@ObjectType('Need')
export class Need {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

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

  @Column({ type: 'double precision', nullable: true })
  @Field(() => Float, { nullable: true })
  quantity: number | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
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

  @Column({ name: 'delivery_region', type: 'text' })
  @Field()
  deliveryRegion: string;

  @Column({ name: 'required_certifications', type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String])
  requiredCertifications: string[];

  @Column({ type: 'text' })
  @Field(() => NeedStatus)
  status: NeedStatus;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;
}
