// What `npm run build` (scripts/build.mjs) builds dist/ from, and whether dist/ is older than any of it: for
// the scripts that load dist/ and rebuild it first when it is stale (test.mjs, size.mjs, test-package.mjs,
// bench.mjs, readme-screenshots.mjs).
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Folders read whole, and single files. The builder's pages and stylesheet are added below. */
const FOLDERS = ['src', 'scripts/bundle'];
const FILES = [
  'package.json',
  'package-lock.json', // the versions of Lit, Chart.js and the build's tools
  'tsconfig.json', // extended by tsconfig.build.json
  'tsconfig.build.json',
  'rollup.config.mjs',
  'builder/rollup.config.mjs',
  'custom-elements-manifest.config.mjs',
  'scripts/build.mjs',
  'scripts/minify-templates.mjs',
  'scripts/jsx-types.mjs',
];

/**
 * Written by scripts/build.mjs as its very last step, and deleted with dist/ as its first: a build that failed
 * half-way leaves no marker, where its earlier outputs would look fresh.
 */
export const BUILD_COMPLETE = 'dist/.build-complete';

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

/** True when the last build did not finish or is older than any of the build's inputs. */
export function isStale() {
  const { folders, files } = buildInputs();
  const newest = Math.max(...folders.map(newestIn), ...files.map(modifiedAt));
  return modifiedAt(BUILD_COMPLETE) < newest;
}

/** Runs `npm run build` when dist/ is stale; a failed build throws, which stops the script. */
export function buildIfStale() {
  if (isStale()) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
