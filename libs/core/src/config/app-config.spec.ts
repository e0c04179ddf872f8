import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './app-config.js';

const base = {
  DATABASE_URL: 'postgresql://u:p@localhost:5433/db',
  MEILI_URL: 'http://localhost:7701',
  JWT_SECRET: 'x'.repeat(40),
};

function errorOf(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives safe defaults when only the servers and the secret are set', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({ port: 3000, meiliIndexPrefix: '', demoData: false, graphqlIntrospection: true, relayEnabled: true });
  });

  it('needs only DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY, JWT_SECRET and SMTP_URL in production, with introspection off', () => {
    const production = { ...base, NODE_ENV: 'production', MEILI_MASTER_KEY: 'k'.repeat(24), SMTP_URL: 'smtp://mailer:secret@mail.example.by:587' };
    const config = loadConfig(production);
    expect(config.graphqlIntrospection).toBe(false);
    expect(config.corsOrigins).toEqual([]);
    expect(config.smtpUrl).toBe('smtp://mailer:secret@mail.example.by:587');
    for (const missing of ['DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY', 'JWT_SECRET', 'SMTP_URL']) {
      const env: Record<string, string | undefined> = { ...production };
      delete env[missing];
      expect(errorOf(env).variable).toBe(missing);
    }
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['MEILI_URL', 'not a url'],
    ['DEMO_DATA', 'maybe'],
    ['GRAPHQL_INTROSPECTION', 'sometimes'],
    ['MEILI_INDEX_PREFIX', 'bad prefix!'],
    ['JWT_SECRET', 'short'],
    ['MATCH_ALERT_MIN_SCORE', '2'],
    ['NODE_ENV', 'staging'],
    ['SMTP_URL', 'http://mail.example.by'],
    ['PUBLIC_URL', 'ftp://tradebridge.by'],
    ['MAIL_FROM', 'nobody'],
    ['MAIL_DIGEST_HOUR_UTC', '24'],
  ])('names the bad variable %s=%s', (name, value) => {
    const error = errorOf({ ...base, [name]: value });
    expect(error.variable).toBe(name);
    expect(error.message).toContain(name);
  });

  it('requires ADMIN_PASSWORD (10+ characters) with ADMIN_EMAIL', () => {
    expect(errorOf({ ...base, ADMIN_EMAIL: 'a@example.com' }).variable).toBe('ADMIN_PASSWORD');
    expect(errorOf({ ...base, ADMIN_EMAIL: 'a@example.com', ADMIN_PASSWORD: 'short' }).variable).toBe('ADMIN_PASSWORD');
    expect(loadConfig({ ...base, ADMIN_EMAIL: 'a@example.com', ADMIN_PASSWORD: 'long-enough-1' }).adminEmail).toBe('a@example.com');
  });

  it('refuses a production start without SMTP_URL, naming the variable', () => {
    const error = errorOf({ ...base, NODE_ENV: 'production', MEILI_MASTER_KEY: 'k'.repeat(24) });
    expect(error.variable).toBe('SMTP_URL');
    expect(error.message).toContain('SMTP_URL is required when NODE_ENV=production');
  });

  it('leaves SMTP_URL optional outside production and builds links from PUBLIC_URL (default: this port on localhost)', () => {
    expect(loadConfig(base)).toMatchObject({ smtpUrl: undefined, publicUrl: 'http://localhost:3000', mailFrom: expect.stringContaining('@') });
    expect(loadConfig({ ...base, PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ ...base, PUBLIC_URL: 'https://tradebridge.by/' }).publicUrl).toBe('https://tradebridge.by');
    expect(loadConfig({ ...base, SMTP_URL: 'smtps://u:p@mail.example.by' }).smtpUrl).toBe('smtps://u:p@mail.example.by');
  });

  it('parses lists and booleans', () => {
    const config = loadConfig({ ...base, CORS_ORIGINS: 'https://a.example, https://b.example', DEMO_DATA: 'yes', TRUST_PROXY: 'loopback' });
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.demoData).toBe(true);
    expect(config.trustProxy).toEqual(['loopback']);
  });

  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['TRUE', true],
    ['1', 1],
    ['0', 0],
    ['2', 2],
    ['loopback', ['loopback']],
    ['loopback, linklocal, uniquelocal', ['loopback', 'linklocal', 'uniquelocal']],
    ['10.0.0.1', ['10.0.0.1']],
    ['10.0.0.0/8, 172.16.0.0/255.240.0.0', ['10.0.0.0/8', '172.16.0.0/255.240.0.0']],
    ['loopback,fe80::/10, ::1', ['loopback', 'fe80::/10', '::1']],
  ])('reads TRUST_PROXY=%s as Express documents it (%j): a hop count is a number, not the address 0.0.0.1', (raw, expected) => {
    expect(loadConfig({ ...base, TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });

  it.each(['yes', 'one', '1.5', '-1', '1000', 'loopbak', '10.0.0.0/33', '0.0.0.0/0', '10.0.0.0/255.0.255.0', '::1/129', 'fe80::/ffff::', '10.0.0.1/8/9', 'loopback,,10.0.0.1', 'proxy.example.com'])(
    'refuses TRUST_PROXY=%s at start, naming the variable',
    (raw) => {
      const error = errorOf({ ...base, TRUST_PROXY: raw });
      expect(error.variable).toBe('TRUST_PROXY');
      expect(error.message).toContain('TRUST_PROXY');
    },
  );

  it('has a 5 s statement timeout by default, and refuses a METRICS_TOKEN too short to be a secret or a search key equal to the master key', () => {
    expect(loadConfig(base).databaseStatementTimeoutMs).toBe(5000);
    expect(loadConfig({ ...base, DATABASE_STATEMENT_TIMEOUT_MS: '0' }).databaseStatementTimeoutMs).toBe(0);
    expect(errorOf({ ...base, DATABASE_STATEMENT_TIMEOUT_MS: '-1' }).variable).toBe('DATABASE_STATEMENT_TIMEOUT_MS');
    expect(errorOf({ ...base, METRICS_TOKEN: 'short' }).variable).toBe('METRICS_TOKEN');
    expect(errorOf({ ...base, MEILI_MASTER_KEY: 'k'.repeat(24), MEILI_SEARCH_KEY: 'k'.repeat(24) }).variable).toBe('MEILI_SEARCH_KEY');
  });
});
