import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from as fromPromise, switchMap } from 'rxjs';
import { tokenStore } from '../auth/token-store';
import { isUnauthenticated } from '../shared/errors';
import { currentLanguage } from './i18n';

/** Operation context flags. */
export interface AuthContext {
  /** Send no access token and never refresh for it (sign-in, the refresh itself). */
  anonymous?: boolean;
  /** Set once an operation was retried after a refresh. */
  retried?: boolean;
}

/**
 * The one GraphQL client: same-origin /graphql (the refresh cookie travels with it), the access token from
 * memory, refreshed before it lapses and once more when the API refuses it.
 */
export function createApolloClient(): ApolloClient {
  const auth = new SetContextLink(async (previous) => {
    const context = previous as AuthContext & { headers?: Record<string, string> };
    // Anonymous visitors' match reasons and messages follow the page language.
    const headers: Record<string, string> = { ...context.headers, 'accept-language': currentLanguage() };
    if (context.anonymous) return { headers };
    const token = await tokenStore.fresh();
    if (token) headers.authorization = `Bearer ${token}`;
    return { headers, sentToken: Boolean(token) };
  });

  // A token the API refuses (revoked, server restarted with a new secret): refresh once and retry;
  // when that fails too, the session is over and the error goes to the page.
  const retryUnauthenticated = new ErrorLink(({ error, operation, forward }) => {
    const context = operation.getContext() as AuthContext & { sentToken?: boolean };
    if (!isUnauthenticated(error) || !context.sentToken || context.retried || context.anonymous) return;
    return fromPromise(tokenStore.refresh()).pipe(
      switchMap((token) => {
        if (!token) throw error;
        operation.setContext({ retried: true });
        return forward(operation);
      }),
    );
  });

  return new ApolloClient({
    link: ApolloLink.from([retryUnauthenticated, auth, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Lists and results without ids are replaced, not merged, when a query refetches.
        Query: { fields: { searchOfferings: { keyArgs: ['query', 'filter', 'sort'], merge: false } } },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
