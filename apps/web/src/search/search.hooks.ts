import { useQuery } from '@apollo/client/react';
import { SearchOfferingsDocument, type SearchOfferingsQuery } from '../gql/graphql';
import { searchVariables, type SearchState } from './search-state';

export const SEARCH_PAGE_SIZE = 20;

export type OfferingHit = SearchOfferingsQuery['searchOfferings']['hits'][number];
export type Facet = SearchOfferingsQuery['searchOfferings']['facets'][number];

/** One search for a state; `loadMore` appends the next page (by the API's cursor). */
export function useSearchOfferings(state: SearchState) {
  const result = useQuery(SearchOfferingsDocument, {
    variables: { ...searchVariables(state), first: SEARCH_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const page = result.data?.searchOfferings;
  const loadMore = () =>
    page?.pageInfo.endCursor
      ? result.fetchMore({
          variables: { after: page.pageInfo.endCursor },
          updateQuery: (previous, { fetchMoreResult }) => ({
            searchOfferings: {
              ...fetchMoreResult.searchOfferings,
              facets: previous.searchOfferings.facets,
              hits: [...previous.searchOfferings.hits, ...fetchMoreResult.searchOfferings.hits],
            },
          }),
        })
      : Promise.resolve();
  return { ...result, page, loadMore };
}
