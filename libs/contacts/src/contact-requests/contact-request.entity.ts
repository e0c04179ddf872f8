import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ContactRequestStatus } from './contact-request.enums.js';

/**
 * One organization asks the owner of a listing (an offering or a need) for contact. The organizations,
 * the listing and the private `contacts` are resolved by ContactRequestFieldsResolver; the foreign keys
 * and the people behind the request stay internal.
 */
@Entity('contact_requests')
@ObjectType('ContactRequest')
export class ContactRequest {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'from_organization_id', type: 'uuid' })
  fromOrganizationId: string;

  @Column({ name: 'to_organization_id', type: 'uuid' })
  toOrganizationId: string;

  @Column({ name: 'offering_id', type: 'uuid', nullable: true })
  offeringId: string | null;

  @Column({ name: 'need_id', type: 'uuid', nullable: true })
  needId: string | null;

  /** The user who asked (the requester's contact card). */
  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  /** The user who accepted or declined (the responder's contact card). */
  @Column({ name: 'responded_by', type: 'uuid', nullable: true })
  respondedBy: string | null;

  @Column({ type: 'text' })
  @Field(() => String)
  message: string;

  @Column({ type: 'text' })
  @Field(() => ContactRequestStatus)
  status: ContactRequestStatus;

  @Column({ name: 'response_message', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  responseMessage: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;
}
