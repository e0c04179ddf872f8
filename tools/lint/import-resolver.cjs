// An eslint-module-utils resolver (interface v2) for this repo's TypeScript ESM layout, so the boundary
// rule knows which file an import reaches: `@tradebridge/<lib>` is `libs/<lib>/src/index.ts`, and a
// relative `./x.js` is the `./x.ts` (or `.tsx`) source beside it. Anything else is a package: reported
// as not found here, which the boundary rule treats as external.
'use strict';
const { existsSync, statSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const LIB = /^@tradebridge\/([a-z-]+)$/;

function file(candidate) {
  try {
    return statSync(candidate).isFile() ? candidate : null;
  } catch {
    return null;
  }
}

function resolveRelative(target) {
  const base = target.replace(/\.(c|m)?js$/, '');
  const candidates = target.endsWith('.js')
    ? [`${base}.ts`, `${base}.tsx`, target]
    : [target, `${target}.ts`, `${target}.tsx`, path.join(target, 'index.ts')];
  for (const candidate of candidates) if (file(candidate)) return candidate;
  return null;
}

module.exports = {
  interfaceVersion: 2,
  resolve(source, fromFile) {
    const lib = LIB.exec(source);
    if (lib) {
      const index = path.join(root, 'libs', lib[1], 'src', 'index.ts');
      return existsSync(index) ? { found: true, path: index } : { found: false };
    }
    if (source.startsWith('.') || path.isAbsolute(source)) {
      const resolved = resolveRelative(path.resolve(path.dirname(fromFile), source));
      return resolved ? { found: true, path: resolved } : { found: false };
    }
    return { found: false };
  },
};
