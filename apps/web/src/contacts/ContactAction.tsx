import { Badge, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../auth/SessionProvider';
import type { ContactRequestStatus } from '../gql/graphql';
import { RequestContactDialog } from './RequestContactDialog';

interface ContactActionProps {
  listing: { kind: 'offering' | 'need'; id: string; title: string; organization: { id: string; name: string } };
  /** The caller's newest request about it, if any. */
  request: { id: string; status: ContactRequestStatus } | null | undefined;
  size?: 'xs' | 'sm' | 'md';
}

const STATUS_COLORS: Record<ContactRequestStatus, string> = { PENDING: 'yellow', ACCEPTED: 'teal', DECLINED: 'gray', WITHDRAWN: 'gray' };

/**
 * "Request contact", or the state of the request already made (pending, accepted with a link to the card).
 * Signed out: a link to sign in that comes back here; without an organization: why it is not possible.
 */
export function ContactAction({ listing, request, size = 'md' }: ContactActionProps) {
  const { t } = useTranslation('contacts');
  const { user, status } = useSession();
  const location = useLocation();
  const [opened, dialog] = useDisclosure(false);
  if (status !== 'signedIn' || !user) {
    return (
      <Button component={Link} to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} size={size} variant="light">
        {t('action.signInToRequest')}
      </Button>
    );
  }
  if (user.organization?.id === listing.organization.id) return null;
  if (!user.organization) {
    return (
      <Button component={Link} to="/organization/new" size={size} variant="light">
        {t('action.createOrganizationFirst')}
      </Button>
    );
  }
  if (request && (request.status === 'PENDING' || request.status === 'ACCEPTED')) {
    return (
      <Group gap="xs">
        <Badge color={STATUS_COLORS[request.status]} variant="light" size="lg" tt="none">
          {t(`status.${request.status}`)}
        </Badge>
        <Button component={Link} to={`/contact-requests?tab=outgoing#request-${request.id}`} size={size} variant="subtle">
          {request.status === 'ACCEPTED' ? t('action.showContacts') : t('action.showRequest')}
        </Button>
      </Group>
    );
  }
  return (
    <>
      <Group gap="xs">
        <Button onClick={dialog.open} size={size}>
          {request ? t('action.requestAgain') : t('action.request')}
        </Button>
        {request && (
          <Text size="xs" c="dimmed">
            {t(`status.${request.status}`)}
          </Text>
        )}
      </Group>
      {opened && <RequestContactDialog opened={opened} onClose={dialog.close} listing={{ kind: listing.kind, id: listing.id, title: listing.title, organizationName: listing.organization.name }} />}
    </>
  );
}
