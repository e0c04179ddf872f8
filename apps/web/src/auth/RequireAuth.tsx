import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../shared/PageLoader';
import { useSession } from './SessionProvider';

/** Private pages: a signed-out visitor goes to sign-in and comes back here after it. */
export function RequireAuth() {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'loading') return <PageLoader />;
  if (status !== 'signedIn') {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return <Outlet />;
}

/** Where to go after sign-in: a path of this app from `?next=`, never another site. */
export function safeNext(next: string | null, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
