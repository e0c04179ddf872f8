import { Injectable } from '@nestjs/common';

export type OrganizationDeactivatedHandler = (organizationId: string) => Promise<void>;

/**
 * Lets slices above identity react to an organization's deactivation inside its transaction (the
 * catalog unpublishes its listings), without identity knowing them.
 * @example onModuleInit() { this.lifecycle.onDeactivated((id) => this.unpublishAll(id)); }
 */
@Injectable()
export class OrganizationLifecycle {
  private readonly deactivatedHandlers: OrganizationDeactivatedHandler[] = [];

  onDeactivated(handler: OrganizationDeactivatedHandler): void {
    this.deactivatedHandlers.push(handler);
  }

  /** Runs the handlers one after another, in the caller's transaction. */
  async deactivated(organizationId: string): Promise<void> {
    for (const handler of this.deactivatedHandlers) await handler(organizationId);
  }
}
