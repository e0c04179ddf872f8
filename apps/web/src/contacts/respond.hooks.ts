import { useMutation, useQuery } from '@apollo/client/react';
import { ContactRequestsDocument, PendingIncomingDocument, RespondToContactRequestDocument } from '../gql/graphql';

/** How many received requests wait for an answer (the header's count). */
export const usePendingIncoming = () => useQuery(PendingIncomingDocument, { fetchPolicy: 'cache-and-network' });
export const useRespondToContactRequest = () => useMutation(RespondToContactRequestDocument, { refetchQueries: [PendingIncomingDocument, ContactRequestsDocument] });
