import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A chunk of Vite's build manifest (dist/apps/web/.vite/manifest.json). */
interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
}

export interface FirstLoad {
  /** Every JavaScript file the browser fetches to show the page, with its gzipped size. */
  files: Array<{ file: string; gzipBytes: number }>;
  gzipBytes: number;
}

/**
 * The JavaScript a first visit to a page downloads: the entry and its static imports, the page's lazy chunk and
 * its static imports, and the locale files loaded before the page renders (shell namespaces plus the page's).
 * @example firstLoad('dist/apps/web', 'src/home/HomePage.tsx', ['common', 'errors', 'notifications', 'home'])
 */
export function firstLoad(buildDir: string, pageSrc: string, namespaces: string[], language = 'ru'): FirstLoad {
  const manifest = JSON.parse(readFileSync(join(buildDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const keys = new Set<string>();
  const visit = (key: string) => {
    if (keys.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    keys.add(key);
    chunk.imports?.forEach(visit);
  };
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
  if (!entry) throw new Error('no entry in the build manifest');
  visit(entry);
  visit(pageSrc);
  for (const namespace of namespaces) visit(`src/locales/${language}/${namespace}.json`);
  const files = [...keys]
    .map((key) => manifest[key].file)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, gzipBytes: gzipSync(readFileSync(join(buildDir, file))).length }));
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
