import { useEffect } from 'react';

/** The browser tab's title: "<page> — TradeBridge". */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} — TradeBridge` : 'TradeBridge';
  }, [title]);
}
