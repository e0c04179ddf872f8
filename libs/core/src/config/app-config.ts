import { parseTrustProxy, type TrustProxy } from './trust-proxy.js';

/** The validated settings of one process. Built once at start by `loadConfig`, then injected as `APP_CONFIG`. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string;
  databasePoolSize: number;
  /** PostgreSQL statement_timeout of the API's connections (ms, 0 = none): no request holds a connection for long. */
  databaseStatementTimeoutMs: number;
  meiliUrl: string;
  meiliMasterKey: string | undefined;
  /** A search-only key for queries; without it one is created at start with the master key. */
  meiliSearchKey: string | undefined;
  meiliIndexPrefix: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  demoData: boolean;
  graphqlIntrospection: boolean;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Run the search outbox relay (and match alerts) inside this process. */
  relayEnabled: boolean;
  relayPollMs: number;
  matchAlertMinScore: number;
  rateLimitAuthPerMinute: number;
  rateLimitAuthPerEmailPerMinute: number;
  rateLimitMutationsPerMinute: number;
  rateLimitSearchPerMinute: number;
  contactRequestsPerDay: number;
  corsOrigins: string[];
  trustProxy: TrustProxy;
  /** Bearer token GET /metrics requires; in production /metrics is off without it. */
  metricsToken: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Where mail goes (`smtp://user:pass@host:587`, `smtps://…`); unset outside production: mail waits in the outbox. */
  smtpUrl: string | undefined;
  /** The From header of every message, e.g. `TradeBridge <no-reply@tradebridge.by>`. */
  mailFrom: string;
  /** The web app's address; every link in a mail starts with it (no trailing slash). */
  publicUrl: string;
  /** The embedded mail catcher's folder (development and tests): `/dev/mail` lists what it caught. */
  mailCatcherDir: string | undefined;
  /** Delay before the first retry of a message SMTP refused; doubles up to `mailRetryMaxMs`. */
  mailRetryBaseMs: number;
  mailRetryMaxMs: number;
  /** The hour (UTC) at which daily digests go out. */
  mailDigestHourUtc: number;
  /** Verification mails a user may ask to be resent per hour. */
  verificationMailsPerHour: number;
  /** A session ends this long after sign-in whatever its refreshes (the refresh token's own lifetime slides). */
  sessionMaxAgeSeconds: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function str(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function required(env: Env, name: string, why: string): string {
  const value = str(env, name);
  if (value === undefined) throw new ConfigError(name, `is required ${why}`);
  return value;
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be an integer from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function num(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new ConfigError(name, `must be a number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (/^(true|1|yes|on)$/i.test(raw)) return true;
  if (/^(false|0|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

function url(env: Env, name: string, protocols: string[], why: string): string {
  const raw = required(env, name, why);
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'must be a URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => p + '//').join(' or ')}`);
  }
  return raw;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (!allowed.includes(raw as T)) throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${raw}")`);
  return raw as T;
}

/**
 * Reads and validates the environment. Throws a ConfigError naming the first bad variable.
 * @example const config = loadConfig(process.env);
 */
export function loadConfig(env: Env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const production = nodeEnv === 'production';
  const why = production ? 'when NODE_ENV=production' : '(or leave DATABASE_URL and MEILI_URL unset to use the embedded services)';
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], why);
  const meiliUrl = url(env, 'MEILI_URL', ['http:', 'https:'], why);
  const meiliMasterKey = production ? required(env, 'MEILI_MASTER_KEY', why) : str(env, 'MEILI_MASTER_KEY');
  const jwtSecret = required(env, 'JWT_SECRET', production ? why : '(development generates one under .data/)');
  if (jwtSecret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  const prefix = str(env, 'MEILI_INDEX_PREFIX') ?? '';
  if (!/^[A-Za-z0-9_-]*$/.test(prefix)) throw new ConfigError('MEILI_INDEX_PREFIX', 'may hold only letters, digits, "_" and "-"');
  const adminEmail = str(env, 'ADMIN_EMAIL');
  const adminPassword = str(env, 'ADMIN_PASSWORD');
  if (adminEmail && !adminPassword) throw new ConfigError('ADMIN_PASSWORD', 'is required when ADMIN_EMAIL is set');
  if (adminPassword && adminPassword.length < 10) throw new ConfigError('ADMIN_PASSWORD', 'must be at least 10 characters long');
  const trustProxy = parseTrustProxy(str(env, 'TRUST_PROXY'));
  if (trustProxy === null) {
    throw new ConfigError('TRUST_PROXY', `must be true, false, a hop count, or a comma-separated list of loopback, linklocal, uniquelocal, IP addresses and subnets (got "${env.TRUST_PROXY}")`);
  }
  const metricsToken = str(env, 'METRICS_TOKEN');
  if (metricsToken !== undefined && metricsToken.length < 16) throw new ConfigError('METRICS_TOKEN', 'must be at least 16 characters long');
  const meiliSearchKey = str(env, 'MEILI_SEARCH_KEY');
  if (meiliSearchKey !== undefined && meiliSearchKey === meiliMasterKey) {
    throw new ConfigError('MEILI_SEARCH_KEY', 'must not be the master key (give a key that may only search)');
  }
  // After JWT_SECRET: a production start without any of them names the first one missing in this order.
  const smtpUrl = production || str(env, 'SMTP_URL') ? url(env, 'SMTP_URL', ['smtp:', 'smtps:'], why) : undefined;
  const port = int(env, 'PORT', 3000, 0, 65535);
  const publicUrl = (str(env, 'PUBLIC_URL') ? url(env, 'PUBLIC_URL', ['http:', 'https:'], '') : `http://localhost:${port || 3000}`).replace(/\/+$/, '');
  const mailFrom = str(env, 'MAIL_FROM') ?? 'TradeBridge <no-reply@tradebridge.local>';
  if (!/^[^<>@\s]+@[^<>@\s]+$|<[^<>@\s]+@[^<>@\s]+>$/.test(mailFrom)) {
    throw new ConfigError('MAIL_FROM', 'must be an address such as "TradeBridge <no-reply@tradebridge.by>" or no-reply@tradebridge.by');
  }
  const mailRetryBaseMs = int(env, 'MAIL_RETRY_BASE_MS', 5000, 10, 3_600_000);
  return {
    nodeEnv,
    port,
    databaseUrl,
    databasePoolSize: int(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    databaseStatementTimeoutMs: int(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 5000, 0, 3_600_000),
    meiliUrl,
    meiliMasterKey,
    meiliSearchKey,
    meiliIndexPrefix: prefix,
    jwtSecret,
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 15 * 60, 10, 24 * 3600),
    refreshTokenTtlSeconds: int(env, 'REFRESH_TOKEN_TTL_SECONDS', 30 * 24 * 3600, 60, 365 * 24 * 3600),
    demoData: bool(env, 'DEMO_DATA', false),
    graphqlIntrospection: bool(env, 'GRAPHQL_INTROSPECTION', !production),
    adminEmail,
    adminPassword,
    relayEnabled: bool(env, 'RELAY_ENABLED', true),
    relayPollMs: int(env, 'RELAY_POLL_MS', 200, 10, 60_000),
    matchAlertMinScore: num(env, 'MATCH_ALERT_MIN_SCORE', 0.6, 0, 1),
    rateLimitAuthPerMinute: int(env, 'RATE_LIMIT_AUTH_PER_MINUTE', 20, 1, 1_000_000),
    rateLimitAuthPerEmailPerMinute: int(env, 'RATE_LIMIT_AUTH_PER_EMAIL_PER_MINUTE', 10, 1, 1_000_000),
    rateLimitMutationsPerMinute: int(env, 'RATE_LIMIT_MUTATIONS_PER_MINUTE', 300, 1, 1_000_000),
    rateLimitSearchPerMinute: int(env, 'RATE_LIMIT_SEARCH_PER_MINUTE', 1200, 1, 1_000_000),
    contactRequestsPerDay: int(env, 'CONTACT_REQUESTS_PER_DAY', 20, 1, 100_000),
    corsOrigins: (str(env, 'CORS_ORIGINS') ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    trustProxy,
    metricsToken,
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    smtpUrl,
    mailFrom,
    publicUrl,
    mailCatcherDir: production ? undefined : str(env, 'MAIL_CATCHER_DIR'),
    mailRetryBaseMs,
    mailRetryMaxMs: Math.max(mailRetryBaseMs, int(env, 'MAIL_RETRY_MAX_MS', 10 * 60_000, 10, 24 * 3_600_000)),
    mailDigestHourUtc: int(env, 'MAIL_DIGEST_HOUR_UTC', 6, 0, 23),
    verificationMailsPerHour: int(env, 'VERIFICATION_MAILS_PER_HOUR', 3, 1, 1000),
    sessionMaxAgeSeconds: int(env, 'SESSION_MAX_AGE_SECONDS', 90 * 24 * 3600, 60, 365 * 24 * 3600),
  };
}
