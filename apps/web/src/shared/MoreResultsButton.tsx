import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from './ErrorBanner';
import { useFormat } from './format';

interface MoreResultsButtonProps {
  /** How many are shown and how many there are («показано 50 из 5 000»). */
  shown: number;
  total: number;
  /** Fetches the next page by cursor and appends it. */
  loadMore: () => Promise<unknown>;
}

/**
 * "Show more" under a list or search results: busy until the next page arrives; a failed request shows why above
 * the button and leaves the shown rows and the button (to try again) where they are.
 */
export function MoreResultsButton({ shown, total, loadMore }: MoreResultsButtonProps) {
  const { t } = useTranslation('common');
  const format = useFormat();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <Stack gap="xs">
      {error !== null && <ErrorBanner error={error} title={t('more.failed')} />}
      <Button
        variant="default"
        loading={loading}
        onClick={async () => {
          setLoading(true);
          setError(null);
          try {
            await loadMore();
          } catch (failure) {
            setError(failure);
          } finally {
            setLoading(false);
          }
        }}
      >
        {t('more.label', { shown: format.number(shown), total: format.number(total) })}
      </Button>
    </Stack>
  );
}
