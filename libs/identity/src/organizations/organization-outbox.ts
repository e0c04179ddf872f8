import type { TransactionHost } from '@tradebridge/core';

export type OrganizationEvent =
  | 'identity.organization.created'
  | 'identity.organization.updated'
  | 'identity.organization.verified';

/**
 * Appends a `search_outbox` row for an organization in the caller's open transaction, so the search
 * index learns of the write only if it commits. Stand-in until libs/search exports its SearchOutbox.
 */
export async function appendOrganizationOutbox(tx: TransactionHost, organizationId: string, event: OrganizationEvent): Promise<void> {
  if (!tx.inTransaction) throw new Error('appendOrganizationOutbox must run inside TransactionHost.run');
  await tx.manager.query(`INSERT INTO search_outbox (entity, entity_id, event) VALUES ('organization', $1, $2)`, [organizationId, event]);
}
