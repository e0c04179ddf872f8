import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const services = globalThis.__TRADEBRIDGE_SERVICES__;
  if (!services) return;
  await services.stop();
  const file = process.env.TRADEBRIDGE_TEST_SERVICES;
  if (file) rmSync(file.replace(/\/services\.json$/, ''), { recursive: true, force: true });
}
