import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import {
  CreateOfferingDocument,
  MyOfferingDocument,
  MyOfferingsDocument,
  OfferingMatchingNeedsDocument,
  SetOfferingStatusDocument,
  UpdateOfferingDocument,
  type ListingStatus,
} from '../gql-pages/graphql';
import { PAGE_SIZE, pagingOf } from '../shared/connection';

/** The organization's offerings of a status, a page at a time (`paging.loadMore` appends the next one). */
export function useMyOfferings(organizationId: string | null, status: ListingStatus) {
  const result = useQuery(MyOfferingsDocument, organizationId ? { variables: { organizationId, status, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' } : skipToken);
  return { ...result, paging: pagingOf(result, (data) => data.organization?.offerings) };
}
export const useMyOffering = (id: string | null) => useQuery(MyOfferingDocument, id ? { variables: { id }, fetchPolicy: 'cache-and-network' } : skipToken);
/** Matching needs are private to the offering's organization: pass null for anyone else's offering. */
export const useOfferingMatchingNeeds = (id: string | null, first: number) =>
  useQuery(OfferingMatchingNeedsDocument, id ? { variables: { id, first }, fetchPolicy: 'cache-and-network' } : skipToken);
export const useCreateOffering = () => useMutation(CreateOfferingDocument, { refetchQueries: [MyOfferingsDocument] });
export const useUpdateOffering = () => useMutation(UpdateOfferingDocument, { refetchQueries: [MyOfferingsDocument, 'Offering', OfferingMatchingNeedsDocument] });
export const useSetOfferingStatus = () => useMutation(SetOfferingStatusDocument, { refetchQueries: [MyOfferingsDocument, 'Offering', OfferingMatchingNeedsDocument] });

/** The moves an offering's status allows (DRAFT -> PUBLISHED -> ARCHIVED -> PUBLISHED), as the API enforces. */
export const NEXT_OFFERING_STATUSES: Record<ListingStatus, ListingStatus[]> = {
  DRAFT: ['PUBLISHED'],
  PUBLISHED: ['ARCHIVED'],
  ARCHIVED: ['PUBLISHED'],
};
