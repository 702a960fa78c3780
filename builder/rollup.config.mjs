// The builder page and the iframe embed (run by scripts/build.mjs after the main bundles):
// dist/builder.html + builder.js, dist/embed.html + embed.js, dist/embed-resize.js. Like the main bundles,
// the input is the ES modules that `tsc -p tsconfig.build.json` wrote to dist/esm.
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { onlyDefaultEasing, terserOptions, withoutColourLibrary } from '../rollup.config.mjs';
import { onlyReachableChartJs } from '../scripts/bundle/only-reachable-chart-js.mjs';

/** The pages in builder/ load ../dist/*.js when served from the repository; in dist/ the scripts are beside them. */
const PAGES = [
  ['builder/index.html', 'builder.html'],
  ['builder/builder.css', 'builder.css'],
  ['builder/embed.html', 'embed.html'],
  ['src/embed/embed-resize.js', 'embed-resize.js'],
];

function pages() {
  return {
    name: 'builder-pages',
    buildStart() {
      for (const [from] of PAGES) this.addWatchFile(from);
    },
    // package.json's `sideEffects` names only modules the package ships, which these are not; they define
    // <chart-builder> or render.
    transform(code, id) {
      if (/[\\/]dist[\\/]esm[\\/](builder|embed)[\\/]/.test(id)) return { code, map: null, moduleSideEffects: true };
      return null;
    },
    generateBundle() {
      for (const [from, fileName] of PAGES) {
        const source = readFileSync(from, 'utf8').replaceAll('../dist/', './');
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}

export default {
  input: { builder: 'dist/esm/builder/main.js', embed: 'dist/esm/embed/embed.js' },
  plugins: [
    withoutColourLibrary(),
    onlyDefaultEasing(),
    ...onlyReachableChartJs(),
    nodeResolve({ exportConditions: ['production'] }),
    pages(),
  ],
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/norrkoping-charts-[hash].js',
    sourcemap: 'hidden',
    // With Chrome's compile hint, as the main bundles: each file's code runs as soon as it has loaded.
    plugins: [terser(terserOptions)],
  },
  onwarn(warning, warn) {
    throw new Error(warning.message, { cause: warn });
  },
};
