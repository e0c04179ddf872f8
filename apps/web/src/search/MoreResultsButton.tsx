import { Button } from '@mantine/core';
import { useState } from 'react';

/** "Show more" under search results: fetches the next page by cursor, busy until it arrives. */
export function MoreResultsButton({ label, loadMore }: { label: string; loadMore: () => Promise<unknown> }) {
  const [loading, setLoading] = useState(false);
  return (
    <Button
      variant="default"
      loading={loading}
      onClick={async () => {
        setLoading(true);
        try {
          await loadMore();
        } finally {
          setLoading(false);
        }
      }}
    >
      {label}
    </Button>
  );
}
