import '../../tools/register.mjs';

export default async function globalTeardown(...args) {
  const { default: teardown } = await import('./global-teardown.ts');
  return teardown(...args);
}
