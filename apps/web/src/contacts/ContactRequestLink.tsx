import { useQuery } from '@apollo/client/react';
import { Navigate, useParams } from 'react-router';
import { useSession } from '../auth/SessionProvider';
import { ContactRequestDocument } from '../gql/graphql';
import { ErrorBanner } from '../shared/ErrorBanner';
import { PageLoader } from '../shared/PageLoader';

/** /contact-requests/<id> (the mails link there): the request in its list, sent or received. */
export function ContactRequestLink() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const { data, loading, error } = useQuery(ContactRequestDocument, { variables: { id } });
  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorBanner error={error} />;
  const request = data?.contactRequest;
  const tab = request && request.fromOrganization.id === user?.organization?.id ? 'outgoing' : 'incoming';
  return <Navigate to={request ? `/contact-requests?tab=${tab}#request-${request.id}` : '/contact-requests'} replace />;
}
