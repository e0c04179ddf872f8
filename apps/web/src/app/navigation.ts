import type { SessionUser } from '../auth/SessionProvider';

/** A link of the side navigation; part 2's pages add theirs here. */
export interface NavItem {
  to: string;
  /** Locale key in `common`. */
  label: string;
  /** Who sees it. */
  when: (user: SessionUser | null) => boolean;
}

const anyone = () => true;
const signedIn = (user: SessionUser | null) => user !== null;
const member = (user: SessionUser | null) => Boolean(user?.organization);

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.home', when: anyone },
  { to: '/search', label: 'nav.search', when: anyone },
  { to: '/needs', label: 'nav.needs', when: member },
  { to: '/contact-requests', label: 'nav.contacts', when: member },
  { to: '/notifications', label: 'nav.notifications', when: signedIn },
  { to: '/organization/new', label: 'nav.createOrganization', when: (user) => user !== null && !user.organization },
];
