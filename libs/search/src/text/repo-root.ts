/**
 * Where the repository's data files live. Re-exported from core's helper (it walks up from
 * `import.meta.url` to the folder holding package.json, from sources, from dist/ and in the
 * image) so the text layer has one local import to change if core moves it.
 */
export { repoRoot, repoPath } from '../../../core/src/util/repo-root.js';
