import { useMutation, useQuery } from '@apollo/client/react';
import { VerificationQueueDocument, VerifyOrganizationDocument } from '../gql-pages/graphql';
import { PAGE_SIZE, pagingOf } from '../shared/connection';

/** Organizations waiting for verification (or verified ones), newest first, a page at a time. */
export function useVerificationQueue(verified: boolean, query: string) {
  const result = useQuery(VerificationQueueDocument, { variables: { verified, query: query.trim() || null, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  return { ...result, paging: pagingOf(result, (data) => data.organizations) };
}
export const useVerifyOrganization = () => useMutation(VerifyOrganizationDocument, { refetchQueries: [VerificationQueueDocument] });

/** What /health answers (apps/api/src/health/health.controller.ts). */
export interface Health {
  status: 'ok' | 'degraded';
  postgres: 'up' | 'down';
  meilisearch: 'up' | 'down';
  outbox: { pending: number; lagSeconds: number; dead: number } | null;
  mail: { pending: number; lagSeconds: number; dead: number } | null;
}

/**
 * The national registers' public search pages, where an admin pastes the tax id the desk shows: Belarus's
 * Unified State Register of legal entities (UNP) and Russia's EGRUL of the Federal Tax Service (INN).
 */
export const REGISTER_SEARCH: Record<'BY' | 'RU', string> = {
  BY: 'https://egr.gov.by/egrmobile/',
  RU: 'https://egrul.nalog.ru/index.html',
};
