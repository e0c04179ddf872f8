import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { CountryBadge } from '../shared/CountryBadge';
import { useLabels } from '../shared/labels';
import { VerifiedBadge } from '../shared/VerifiedBadge';

interface OrganizationLineProps {
  organization: { id: string; name: string; country: string; region?: string | null; regionCode?: string | null; verified: boolean };
  link?: boolean;
}

/** "ОАО «БелАЗ» · BY · Minsk Region · Verified" on one wrapping line. */
export function OrganizationLine({ organization, link = true }: OrganizationLineProps) {
  const labels = useLabels();
  return (
    <Group gap={6} wrap="wrap">
      {link ? (
        <Anchor component={Link} to={`/organizations/${organization.id}`} size="sm" fw={500}>
          {organization.name}
        </Anchor>
      ) : (
        <Text size="sm" fw={500}>
          {organization.name}
        </Text>
      )}
      <CountryBadge country={organization.country} />
      {(organization.regionCode ?? organization.region) && (
        <Text size="xs" c="dimmed">
          {labels.region(organization.regionCode ?? organization.region ?? '')}
        </Text>
      )}
      <VerifiedBadge verified={organization.verified} size="xs" />
    </Group>
  );
}
