import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { CreateNeedDocument, MyNeedsDocument, NeedDocument, NeedMatchesDocument, SetNeedStatusDocument, UpdateNeedDocument, type NeedStatus } from '../gql/graphql';
import { PAGE_SIZE, pagingOf } from '../shared/connection';

/** The organization's needs of a status, a page at a time (`paging.loadMore` appends the next one). */
export function useMyNeeds(organizationId: string | null, status: NeedStatus) {
  const result = useQuery(MyNeedsDocument, organizationId ? { variables: { organizationId, status, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' } : skipToken);
  return { ...result, paging: pagingOf(result, (data) => data.organization?.needs) };
}
export const useNeed = (id: string | null) => useQuery(NeedDocument, id ? { variables: { id } } : skipToken);
/** Matches are private to the need's organization: pass null for anyone else's need. */
export const useNeedMatches = (id: string | null, first: number) =>
  useQuery(NeedMatchesDocument, id ? { variables: { id, first }, fetchPolicy: 'cache-and-network' } : skipToken);
export const useCreateNeed = () => useMutation(CreateNeedDocument, { refetchQueries: [MyNeedsDocument] });
export const useUpdateNeed = () => useMutation(UpdateNeedDocument, { refetchQueries: [MyNeedsDocument, NeedMatchesDocument] });
export const useSetNeedStatus = () => useMutation(SetNeedStatusDocument, { refetchQueries: [MyNeedsDocument] });

/** The moves a need's status allows (DRAFT -> OPEN -> CLOSED or FULFILLED; CLOSED -> OPEN), as the API enforces. */
export const NEXT_STATUSES: Record<NeedStatus, NeedStatus[]> = {
  DRAFT: ['OPEN'],
  OPEN: ['CLOSED', 'FULFILLED'],
  CLOSED: ['OPEN'],
  FULFILLED: [],
};
