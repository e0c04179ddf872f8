import { Injectable, type OnModuleInit } from '@nestjs/common';
import { OrganizationLifecycle } from '@tradebridge/identity';
import { NeedService } from '../needs/need.service.js';
import { OfferingService } from '../offerings/offering.service.js';

/**
 * When an admin deactivates an organization, its published offerings are archived and its open needs
 * closed, in the deactivation's transaction, each with its search outbox row (they leave the index).
 */
@Injectable()
export class OrganizationDeactivationListener implements OnModuleInit {
  constructor(
    private readonly lifecycle: OrganizationLifecycle,
    private readonly offerings: OfferingService,
    private readonly needs: NeedService,
  ) {}

  onModuleInit(): void {
    this.lifecycle.onDeactivated((organizationId) => this.unpublishAll(organizationId));
  }

  async unpublishAll(organizationId: string): Promise<void> {
    for (const listings of [this.offerings, this.needs]) await listings.withdrawAll(organizationId);
  }
}
