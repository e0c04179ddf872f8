import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The repository (or image) root: the nearest folder above this module that holds package.json.
 * Works from sources (Jest), from the bundle in dist/ and inside the docker image.
 * @example readFileSync(repoPath('data/taxonomy/tnved-headings.csv'))
 */
export function repoRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  cached = dir;
  return dir;
}

export function repoPath(...segments: string[]): string {
  return join(repoRoot(), ...segments);
}
