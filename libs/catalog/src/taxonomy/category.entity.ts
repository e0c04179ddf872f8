import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A node of the product taxonomy: TN VED sections/chapters/headings, services "S.*", partnership "P.*". */
@Entity('categories')
@ObjectType('Category')
export class Category {
  @PrimaryColumn({ type: 'text' })
  @Field()
  code: string;

  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode: string | null;

  @Column({ type: 'text' })
  @Field({ description: 'Russian name' })
  name: string;

  @Column({ name: 'name_en', type: 'text' })
  @Field()
  nameEn: string;

  @Column({ name: 'hs_code', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  hsCode: string | null;

  @Column({ type: 'smallint' })
  level: number;

  @Column({ name: 'root_code', type: 'text' })
  rootCode: string;

  /** Codes from the root down to this node, inclusive. */
  @Column({ type: 'text', array: true })
  path: string[];

  @Column({ type: 'integer' })
  position: number;
}
