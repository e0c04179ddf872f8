// Jest loads global setup outside its module system (no path aliases, no ESM transform), so this
// small ES module registers the TypeScript loader and hands over to global-setup.ts.
import '../../tools/register.mjs';

export default async function globalSetup(...args) {
  const { default: setup } = await import('./global-setup.ts');
  return setup(...args);
}
