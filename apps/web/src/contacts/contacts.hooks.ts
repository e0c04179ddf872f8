import { useMutation, useQuery } from '@apollo/client/react';
import { ContactRequestsDocument, RequestContactDocument, WithdrawContactRequestDocument, type ContactDirection } from '../gql/graphql';

export const useContactRequests = (direction: ContactDirection) =>
  useQuery(ContactRequestsDocument, { variables: { direction, first: 50 }, fetchPolicy: 'cache-and-network' });

/** Asks for contact; the listing's `myContactRequest` and the outgoing list refetch. */
export const useRequestContact = () => useMutation(RequestContactDocument, { refetchQueries: ['Offering', 'NeedMatches', ContactRequestsDocument] });
export const useWithdrawContactRequest = () => useMutation(WithdrawContactRequestDocument, { refetchQueries: ['Offering', 'NeedMatches'] });
