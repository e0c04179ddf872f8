import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * The columns and GraphQL fields every listing has; Offering and Need add their own (and their status).
 * `organization` and `category` are resolved by field resolvers (loaders); the foreign keys stay internal.
 */
@ObjectType({ isAbstract: true })
export abstract class ListingEntity {
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;
}
