import { Group, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';

export function Logo() {
  return (
    <UnstyledButton component={Link} to="/" aria-label="TradeBridge">
      <Group gap={8} wrap="nowrap">
        <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="var(--mantine-color-brand-6)" />
          <path d="M7 20h18M10 20v-6m6 6v-9m6 9v-6M7 12l9-5 9 5" stroke="#fff" strokeWidth="2.4" fill="none" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <Text fw={700} size="lg" c="brand.8" visibleFrom="xs">
          TradeBridge
        </Text>
      </Group>
    </UnstyledButton>
  );
}
