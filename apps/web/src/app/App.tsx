import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../auth/SessionProvider';
import { problemOf } from '../shared/errors';
import { useProblemText } from '../shared/useProblemText';
import { createApolloClient } from './apollo';
import { NotificationsHost } from './NotificationsHost';
import { AppRoutes } from './routes';
import { cssVariablesResolver, theme } from './theme';
import { notify } from '../shared/notify';

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <NotificationsHost />
      <ApolloProvider client={client}>
        <BrowserRouter>
          <SessionProvider>
            <UnhandledErrors />
            <AppRoutes />
          </SessionProvider>
        </BrowserRouter>
      </ApolloProvider>
    </MantineProvider>
  );
}

/** A promise nobody caught (a failed click handler) becomes a notification, never a blank page. */
function UnhandledErrors() {
  const { bannerText } = useProblemText();
  const { t } = useTranslation('errors');
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      event.preventDefault();
      notify('red', bannerText(problemOf(event.reason)), t('titles.INTERNAL_SERVER_ERROR'));
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [bannerText, t]);
  return null;
}
