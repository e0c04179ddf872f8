import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationKind } from './notification-kind.js';

/**
 * An in-app notification of one user. `read` is resolved from `readAt`; `need`, `offering` and
 * `contactRequest` are added by the slices that own them (through their visibility-checking loaders),
 * so this sink never shows a listing or request on its own.
 */
@Entity('notifications')
@ObjectType('Notification')
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  @Field(() => NotificationKind)
  kind: NotificationKind;

  /** Written in the recipient's locale when the notification is created. */
  @Column({ type: 'text' })
  @Field(() => String)
  title: string;

  @Column({ name: 'need_id', type: 'uuid', nullable: true })
  needId: string | null;

  @Column({ name: 'offering_id', type: 'uuid', nullable: true })
  offeringId: string | null;

  @Column({ name: 'contact_request_id', type: 'uuid', nullable: true })
  contactRequestId: string | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;
}
