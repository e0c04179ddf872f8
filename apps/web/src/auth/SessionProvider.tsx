import { useApolloClient } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, rememberLanguage, storedLanguage, type Language } from '../app/i18n';
import { LogoutDocument, MeDocument, RefreshSessionDocument, SetLocaleDocument, type SessionUserFragment } from '../gql/graphql';
import { isUnauthenticated } from '../shared/errors';
import { tokenStore } from './token-store';
import { notify } from '../shared/notify';

export type SessionUser = SessionUserFragment;

export interface Session {
  /** `loading` while a reload restores the session from the refresh cookie. */
  status: 'loading' | 'anonymous' | 'signedIn';
  user: SessionUser | null;
  /** After login/register: keeps the access token in memory and the user in the app. */
  signIn(payload: { accessToken: string; expiresAt: string; user: SessionUser }): void;
  signOut(): Promise<void>;
  /** Reads the signed-in user again (after joining or creating an organization). */
  reloadUser(): Promise<void>;
  /** Switches the page language and, when signed in, the account's (match reasons, notifications). */
  setLanguage(language: Language): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user and the access token's life cycle (restore on reload, refresh, expiry, sign-out). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<Session['status']>(() => (tokenStore.mayHaveSession() ? 'loading' : 'anonymous'));
  const [user, setUser] = useState<SessionUser | null>(null);

  const adoptLanguage = useCallback(
    async (account: SessionUser) => {
      const chosen = storedLanguage();
      const accountLanguage = account.locale.toLowerCase();
      if (chosen && chosen !== accountLanguage) {
        // This browser's explicit choice wins and becomes the account's; texts the API writes follow it.
        await client.mutate({ mutation: SetLocaleDocument, variables: { locale: chosen === 'en' ? 'EN' : 'RU' } }).catch(() => undefined);
        await client.refetchQueries({ include: 'active' }).catch(() => undefined);
      } else if (!chosen && isLanguage(accountLanguage) && accountLanguage !== i18n.language) {
        await i18n.changeLanguage(accountLanguage);
      }
    },
    [client, i18n],
  );

  useEffect(() => {
    tokenStore.useRefresher(async () => {
      try {
        const { data } = await client.mutate({ mutation: RefreshSessionDocument, context: { anonymous: true } });
        const session = data?.refreshToken;
        if (!session) return null;
        setUser(session.user);
        setStatus('signedIn');
        return session;
      } catch (error) {
        if (isUnauthenticated(error)) return null;
        throw error;
      }
    });
    const stop = tokenStore.onExpired(() => {
      setUser(null);
      setStatus('anonymous');
      void client.clearStore();
      notify('yellow', t('session.expired'));
    });
    if (tokenStore.mayHaveSession() && !tokenStore.get()) {
      tokenStore
        .refresh()
        .then(async (token) => {
          if (!token) setStatus('anonymous');
        })
        .catch(() => {
          // The API could not be reached: browse anonymously; the next request tries the cookie again.
          setStatus('anonymous');
          notify('red', t('session.restoreFailed'));
        });
    }
    return stop;
  }, [client, t]);

  // Once per signed-in user (not on every profile reload).
  const adopted = useRef<string | null>(null);
  useEffect(() => {
    if (status !== 'signedIn' || !user || adopted.current === user.id) return;
    adopted.current = user.id;
    void adoptLanguage(user);
  }, [status, user, adoptLanguage]);

  const value = useMemo<Session>(
    () => ({
      status,
      user,
      signIn(payload) {
        tokenStore.set(payload.accessToken, payload.expiresAt);
        setUser(payload.user);
        setStatus('signedIn');
        // Whatever anonymous queries cached (e.g. an offering without "my request") is refetched as this user.
        void client.resetStore().catch(() => undefined);
      },
      async signOut() {
        await client.mutate({ mutation: LogoutDocument }).catch(() => undefined);
        tokenStore.clear();
        setUser(null);
        setStatus('anonymous');
        await client.clearStore();
      },
      async reloadUser() {
        const { data } = await client.query({ query: MeDocument, fetchPolicy: 'network-only' });
        if (data?.me) setUser(data.me);
      },
      async setLanguage(language) {
        rememberLanguage(language);
        await i18n.changeLanguage(language);
        if (status === 'signedIn') {
          await client.mutate({ mutation: SetLocaleDocument, variables: { locale: language === 'en' ? 'EN' : 'RU' } }).catch(() => undefined);
        }
        // Texts the API writes (match reasons) follow the new language.
        await client.refetchQueries({ include: 'active' }).catch(() => undefined);
      },
    }),
    [status, user, client, i18n],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
