import type { DemoUser } from './demo.types.js';

/** Every demo user signs in with this password (the platform requires at least 10 characters). */
export const DEMO_PASSWORD = 'demo-password-2026';

/** The two logins the README shows: a MAZ sales director and a Vladimir Oblast procurement officer. */
export const DEMO_LOGINS = {
  supplier: { email: 'supplier@maz.example.by', password: DEMO_PASSWORD },
  buyer: { email: 'buyer@vladimir.example.ru', password: DEMO_PASSWORD },
} as const;

/** A demo user; every e-mail and phone here is fictional (example.* domains, "000" numbers). */
export function demoUser(
  email: string,
  displayName: string,
  position: string,
  phone: string,
  role: DemoUser['role'] = 'OWNER',
  locale: DemoUser['locale'] = 'RU',
): DemoUser {
  return { email, password: DEMO_PASSWORD, displayName, position, phone, locale, role };
}
