// Node module hooks that run the TypeScript sources directly (used by Jest's global setup and the CLI
// scripts): `.ts` files are compiled with SWC (decorator metadata included), `.js` specifiers resolve
// to their `.ts` sources, and `@tradebridge/<lib>` resolves to `libs/<lib>/src/index.ts`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transformSync } from '@swc/core';

const root = new URL('../', import.meta.url);

export async function resolve(specifier, context, nextResolve) {
  const lib = /^@tradebridge\/([a-z-]+)$/.exec(specifier);
  if (lib) return { url: new URL(`libs/${lib[1]}/src/index.ts`, root).href, shortCircuit: true };
  if (context.parentURL?.endsWith('.ts') && /^\.{1,2}\//.test(specifier) && specifier.endsWith('.js')) {
    const candidate = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (existsSync(fileURLToPath(candidate))) return { url: candidate.href, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.endsWith('.ts')) return nextLoad(url, context);
  const filename = fileURLToPath(url);
  const { code, map } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'es6' },
  });
  return { format: 'module', source: map ? code : code, shortCircuit: true };
}

export const rootUrl = pathToFileURL(fileURLToPath(root)).href;
