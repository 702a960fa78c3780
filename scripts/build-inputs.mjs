// What `npm run build` (scripts/build.mjs) builds dist/ from, and whether dist/ is older than any of it: for
// the scripts that load dist/ and rebuild it first when it is stale (scripts/test.mjs, readme-screenshots.mjs).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Folders read whole, and single files. The builder's pages and stylesheet are added below. */
const FOLDERS = ['src', 'scripts/bundle'];
const FILES = [
  'package.json',
  'tsconfig.json', // extended by tsconfig.build.json
  'tsconfig.build.json',
  'rollup.config.mjs',
  'builder/rollup.config.mjs',
  'custom-elements-manifest.config.mjs',
  'scripts/build.mjs',
  'scripts/minify-templates.mjs',
  'scripts/jsx-types.mjs',
];

/** When the file was last written; 0 when there is none. */
export const modifiedAt = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;

const newestIn = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newestIn(path) : modifiedAt(path));
  }, 0);

/** The build's inputs, each file by path. */
function buildInputs() {
  const builderPages = readdirSync('builder')
    .filter((name) => name.endsWith('.html') || name.endsWith('.css'))
    .map((name) => join('builder', name));
  return { folders: FOLDERS, files: [...FILES, ...builderPages] };
}

/** True when `output` (a file the build writes) is missing or older than any of the build's inputs. */
export function isStale(output) {
  const { folders, files } = buildInputs();
  const newest = Math.max(...folders.map(newestIn), ...files.map(modifiedAt));
  return modifiedAt(output) < newest;
}
