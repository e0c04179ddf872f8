import { useQuery } from '@apollo/client/react';
import { SearchNeedsDocument, type SearchNeedsQuery } from '../gql-pages/graphql';
import { needSearchVariables, type NeedSearchState } from './need-search-state';

export type NeedHit = SearchNeedsQuery['searchNeeds']['hits'][number];

/** One needs search for a state; `loadMore` appends the next page (by the API's cursor). */
export function useSearchNeeds(state: NeedSearchState) {
  const result = useQuery(SearchNeedsDocument, {
    variables: { ...needSearchVariables(state), first: 20 },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const page = result.data?.searchNeeds;
  const loadMore = () =>
    page?.pageInfo.endCursor
      ? result.fetchMore({
          variables: { after: page.pageInfo.endCursor },
          updateQuery: (previous, { fetchMoreResult }) => ({
            searchNeeds: { ...fetchMoreResult.searchNeeds, facets: previous.searchNeeds.facets, hits: [...previous.searchNeeds.hits, ...fetchMoreResult.searchNeeds.hits] },
          }),
        })
      : Promise.resolve();
  return { ...result, page, loadMore };
}
