import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * The columns and GraphQL fields every listing has, its status of the kind's enum included; Offering
 * and Need add their own. `organization` and `category` are resolved by field resolvers (loaders); the
 * foreign keys stay internal.
 * @example @Entity('needs') @ObjectType('Need') export class Need extends ListingEntity<NeedStatus>(NeedStatus) { ... }
 */
export function ListingEntity<S extends string>(statusEnum: object) {
  @ObjectType({ isAbstract: true })
  abstract class Listing {
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

    @Column({ name: 'external_ref', type: 'text', nullable: true })
    @Field(() => String, { nullable: true, description: "The organization's own reference (an article number): unique per organization and kind, set by imports" })
    externalRef: string | null;

    @Column({ type: 'text', array: true, default: () => "'{}'" })
    @Field(() => [String])
    keywords: string[];

    @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
    @Field()
    createdAt: Date;

    @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
    @Field()
    updatedAt: Date;

    @Column({ type: 'text' })
    @Field(() => statusEnum)
    status: S;
  }
  return Listing;
}
