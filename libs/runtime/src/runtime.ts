import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, repoPath, type AppConfig } from '@tradebridge/core';
import { persistentSecret, startEmbeddedServices, type EmbeddedServices } from './embedded/embedded-services.js';
import { MailCatcher } from './embedded/mail-catcher.js';

export interface Runtime {
  config: AppConfig;
  embedded: EmbeddedServices | null;
  stop(): Promise<void>;
}

export interface RuntimeOptions {
  /** CLI commands: when an API already runs the embedded services of DATA_DIR, use them instead of failing. */
  attachToRunning?: boolean;
  /**
   * Outside production with SMTP_URL unset: start the embedded mail catcher (messages under DATA_DIR/mail,
   * listed at /dev/mail), or use the running API's when attaching to it.
   */
  mailCatcher?: boolean;
}

/**
 * Decides where PostgreSQL and Meilisearch come from. Outside production, when DATABASE_URL and
 * MEILI_URL are both unset, both are started embedded under DATA_DIR (default `.data/`) and demo data
 * defaults to on; the development JWT secret is generated once and kept there too.
 * @example const runtime = await prepareRuntime(process.env); ... await runtime.stop();
 */
export async function prepareRuntime(env: NodeJS.ProcessEnv, options: RuntimeOptions = {}): Promise<Runtime> {
  const production = env.NODE_ENV === 'production';
  const dataDir = env.DATA_DIR || repoPath('.data');
  const useEmbedded = !production && !env.DATABASE_URL && !env.MEILI_URL;
  const resolved: Record<string, string | undefined> = { ...env };
  let embedded: EmbeddedServices | null = null;
  let catcher: MailCatcher | null = null;
  let releaseLock = () => {};
  const running = useEmbedded && options.attachToRunning ? runningServices(dataDir) : undefined;
  if (!production && !env.SMTP_URL && options.mailCatcher) {
    if (running?.SMTP_URL) {
      resolved.SMTP_URL = running.SMTP_URL;
    } else {
      catcher = await new MailCatcher({ dir: join(dataDir, 'mail'), port: optionalPort(env, 'EMBEDDED_SMTP_PORT') }).start();
      resolved.SMTP_URL = catcher.url;
      resolved.MAIL_CATCHER_DIR = catcher.dir;
    }
  }
  if (running) {
    Object.assign(resolved, { ...running, SMTP_URL: resolved.SMTP_URL });
  } else if (useEmbedded) {
    releaseLock = lockDataDir(dataDir);
    embedded = await startEmbeddedServices({
      dataDir,
      postgresPort: optionalPort(env, 'EMBEDDED_POSTGRES_PORT'),
      meiliPort: optionalPort(env, 'EMBEDDED_MEILI_PORT'),
    });
    const shared = catcher ? { ...embedded.env, SMTP_URL: catcher.url } : embedded.env;
    writeFileSync(join(dataDir, 'secrets', 'services.json'), JSON.stringify(shared), { mode: 0o600 });
    Object.assign(resolved, embedded.env);
    resolved.DEMO_DATA ??= 'true';
  }
  if (!production && !resolved.JWT_SECRET) resolved.JWT_SECRET = persistentSecret(join(dataDir, 'secrets'), 'jwt-secret', 48);
  try {
    const config = loadConfig(resolved);
    return {
      config,
      embedded,
      stop: async () => {
        await catcher?.stop();
        await embedded?.stop();
        releaseLock();
      },
    };
  } catch (error) {
    await catcher?.stop();
    await embedded?.stop();
    releaseLock();
    throw error;
  }
}

/** The services of a running API on this data folder, if any. */
function runningServices(dataDir: string): Record<string, string> | undefined {
  const pidFile = join(dataDir, 'api.pid');
  const servicesFile = join(dataDir, 'secrets', 'services.json');
  if (!existsSync(pidFile) || !existsSync(servicesFile) || !isRunning(Number(readFileSync(pidFile, 'utf8')))) return undefined;
  return JSON.parse(readFileSync(servicesFile, 'utf8')) as Record<string, string>;
}

/** One process owns the embedded services of a data folder; a second `npm start` must not take them over. */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'api.pid');
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8'));
    if (pid && pid !== process.pid && isRunning(pid)) {
      throw new Error(`Another TradeBridge process (pid ${pid}) is running on ${dataDir}; stop it first or set DATA_DIR`);
    }
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function optionalPort(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`Invalid configuration: ${name} must be a port number`);
  return port;
}
