import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TransactionHost } from '@tradebridge/core';
import { OrganizationLifecycle } from '@tradebridge/identity';
import { CatalogOutbox } from '../shared/catalog-outbox.js';

/**
 * When an admin deactivates an organization, its published offerings are archived and its open needs
 * closed, in the deactivation's transaction, each with its search outbox row (they leave the index).
 */
@Injectable()
export class OrganizationDeactivationListener implements OnModuleInit {
  constructor(
    private readonly lifecycle: OrganizationLifecycle,
    private readonly tx: TransactionHost,
    private readonly outbox: CatalogOutbox,
  ) {}

  onModuleInit(): void {
    this.lifecycle.onDeactivated((organizationId) => this.unpublishAll(organizationId));
  }

  async unpublishAll(organizationId: string): Promise<void> {
    const offerings = await this.tx.rows<{ id: string }>(
      `UPDATE offerings SET status = 'ARCHIVED', updated_at = now() WHERE organization_id = $1 AND status = 'PUBLISHED' RETURNING id`,
      [organizationId],
    );
    for (const { id } of offerings) await this.outbox.enqueue('offering', id, 'catalog.offering.archived');
    const needs = await this.tx.rows<{ id: string }>(
      `UPDATE needs SET status = 'CLOSED', updated_at = now() WHERE organization_id = $1 AND status = 'OPEN' RETURNING id`,
      [organizationId],
    );
    for (const { id } of needs) await this.outbox.enqueue('need', id, 'catalog.need.closed');
  }
}
