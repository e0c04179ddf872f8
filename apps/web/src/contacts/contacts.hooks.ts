import { useMutation, useQuery } from '@apollo/client/react';
import { ContactRequestsDocument, RequestContactDocument, WithdrawContactRequestDocument, type ContactDirection } from '../gql/graphql';
import { PAGE_SIZE, pagingOf } from '../shared/connection';

/** The organization's contact requests of a direction, newest first, a page at a time. */
export function useContactRequests(direction: ContactDirection) {
  const result = useQuery(ContactRequestsDocument, { variables: { direction, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  return { ...result, paging: pagingOf(result, (data) => data.contactRequests) };
}

/** Asks for contact; the listing's `myContactRequest` and the outgoing list refetch. */
export const useRequestContact = () => useMutation(RequestContactDocument, { refetchQueries: ['Offering', 'NeedMatches', 'OfferingMatchingNeeds', ContactRequestsDocument] });
export const useWithdrawContactRequest = () => useMutation(WithdrawContactRequestDocument, { refetchQueries: ['Offering', 'NeedMatches'] });
