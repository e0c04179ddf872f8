import { useMutation, useQuery } from '@apollo/client/react';
import { PendingIncomingDocument, RespondToContactRequestDocument } from '../gql-pages/graphql';

/** How many received requests wait for an answer (the header's count). */
export const usePendingIncoming = () => useQuery(PendingIncomingDocument, { fetchPolicy: 'cache-and-network' });
// By name: the requests page's query is part 1's document (src/gql), another object than this copy's.
export const useRespondToContactRequest = () => useMutation(RespondToContactRequestDocument, { refetchQueries: ['PendingIncoming', 'ContactRequests'] });
