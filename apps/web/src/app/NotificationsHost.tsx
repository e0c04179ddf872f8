import { useNotifications } from '@mantine/notifications';
import { lazy, Suspense, useEffect, useState } from 'react';

// The toasts' container (and its transitions) loads with the first toast, not with the first page.
const Container = lazy(() => import('./NotificationsContainer'));

export function NotificationsHost() {
  const { notifications } = useNotifications();
  const [needed, setNeeded] = useState(false);
  useEffect(() => {
    if (notifications.length > 0) setNeeded(true);
  }, [notifications.length]);
  return needed ? (
    <Suspense fallback={null}>
      <Container />
    </Suspense>
  ) : null;
}
