import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One of an organization's sectors (a `categories.code`), in the order the organization listed them. */
@Entity('organization_sectors')
export class OrganizationSectorEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId: string;

  @PrimaryColumn({ name: 'category_code', type: 'text' }) categoryCode: string;

  @Column({ type: 'integer', default: 0 }) position: number;
}
