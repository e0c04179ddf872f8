import { lazy, Suspense } from 'react';
import { useSession } from './SessionProvider';

const Body = lazy(() => import('./VerifyEmailNoticeBody'));

/**
 * Until the address is confirmed the account can browse but not act (organization, contact requests): every page
 * says so, with a button for a new link. Its code and texts load only for such an account.
 */
export function VerifyEmailNotice() {
  const { user, status } = useSession();
  if (status !== 'signedIn' || !user || user.emailVerified) return null;
  return (
    <Suspense fallback={null}>
      <Body />
    </Suspense>
  );
}
