import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactDirection, ContactRequestItemFragment, ContactRequestStatus } from '../gql/graphql';
import { OrganizationLine } from '../organization/OrganizationLine';
import { ConfirmButton } from '../shared/ConfirmButton';
import { problemOf } from '../shared/errors';
import { useFormat } from '../shared/format';
import { useProblemText } from '../shared/useProblemText';
import { ContactCard } from './ContactCard';
import { useWithdrawContactRequest } from './contacts.hooks';
import { notify } from '../shared/notify';

const COLORS: Record<ContactRequestStatus, string> = { PENDING: 'yellow', ACCEPTED: 'teal', DECLINED: 'red', WITHDRAWN: 'gray' };

/** One request: what it is about, the other organization, the messages, the status, and what can be done now. */
export function ContactRequestItem({ request, direction }: { request: ContactRequestItemFragment; direction: ContactDirection }) {
  const { t } = useTranslation('contacts');
  const format = useFormat();
  const { bannerText } = useProblemText();
  const [withdraw, { loading }] = useWithdrawContactRequest();
  const other = direction === 'OUTGOING' ? request.toOrganization : request.fromOrganization;
  const listing = request.offering ? { to: `/offerings/${request.offering.id}`, title: request.offering.title } : request.need ? { to: `/needs/${request.need.id}`, title: request.need.title } : null;
  const card = direction === 'OUTGOING' ? request.contacts?.responder : request.contacts?.requester;

  const withdrawRequest = async () => {
    try {
      await withdraw({ variables: { id: request.id } });
      notify('gray', t('withdraw.done'));
    } catch (error) {
      notify('red', bannerText(problemOf(error), { CONFLICT: 'contacts:errors.notPending' }));
    }
  };

  return (
    <Card withBorder padding="md" component="article" id={`request-${request.id}`} aria-labelledby={`request-title-${request.id}`} tabIndex={-1}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text size="xs" c="dimmed">
              {t(direction === 'OUTGOING' ? 'item.to' : 'item.from')}
            </Text>
            <OrganizationLine organization={other} />
          </Stack>
          <Badge color={COLORS[request.status]} variant="light" tt="none" style={{ flexShrink: 0 }}>
            {t(`status.${request.status}`)}
          </Badge>
        </Group>
        <Text size="sm" id={`request-title-${request.id}`}>
          {t('item.about')}{' '}
          {listing ? (
            <Anchor component={Link} to={listing.to} size="sm">
              {listing.title}
            </Anchor>
          ) : (
            t('item.listingGone')
          )}
        </Text>
        <Text size="sm" c="dark.5" style={{ whiteSpace: 'pre-line' }} lineClamp={4}>
          «{request.message}»
        </Text>
        {request.responseMessage && (
          <Text size="sm" c="dark.5" style={{ whiteSpace: 'pre-line' }}>
            {t('item.reply')}: «{request.responseMessage}»
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('item.sent', { date: format.dateTime(request.createdAt) })}
          {request.respondedAt && ` · ${t(`item.answered.${request.status}`, { date: format.dateTime(request.respondedAt) })}`}
        </Text>
        {card && <ContactCard card={card} title={t('card.title')} />}
        {request.status === 'PENDING' && direction === 'OUTGOING' && (
          <Group justify="flex-end">
            <ConfirmButton
              variant="light"
              color="red"
              size="xs"
              loading={loading}
              title={t('withdraw.title')}
              text={t('withdraw.text', { organization: other.name })}
              confirmLabel={t('withdraw.confirm')}
              cancelLabel={t('withdraw.cancel')}
              onConfirm={withdrawRequest}
            >
              {t('withdraw.button')}
            </ConfirmButton>
          </Group>
        )}
        {request.status === 'PENDING' && direction === 'INCOMING' && (
          <Text size="xs" c="dimmed">
            {t('item.incomingPending')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
