import type { DemoOrganization } from './demo.types.js';
import { DEMO_BY_AGRO_SERVICES } from './demo-organizations-by-agro-services.js';
import { DEMO_BY_INDUSTRY } from './demo-organizations-by-industry.js';
import { DEMO_RU_ORGANIZATIONS } from './demo-organizations-ru.js';

export { DEMO_LOGINS, DEMO_PASSWORD } from './demo-users.js';

/** Belarusian suppliers first, then Vladimir Oblast buyers; keys are unique. */
export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  ...DEMO_BY_INDUSTRY,
  ...DEMO_BY_AGRO_SERVICES,
  ...DEMO_RU_ORGANIZATIONS,
];
