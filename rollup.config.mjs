import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { onlyReachableChartJs } from './scripts/bundle/only-reachable-chart-js.mjs';

/**
 * Chrome's explicit compile hint (Chrome 136+; other browsers ignore the comment): nearly every function
 * in a bundle runs as soon as a component shows, so Chrome compiles them all on the thread that streams
 * the file instead of one by one on the main thread at their first call. A page of one chart: 110-120 ms
 * of main-thread time without it, 73 ms with it (BENCHMARKS.md).
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** How every shipped ES module file is minified (the builder's and the benchmark's plain Chart.js too). */
export const terserOptions = {
  ecma: 2022,
  module: true,
  // Assumptions true of this code, Lit's and Chart.js's, worth 170 B gzip under the 70 KiB budget:
  // pure_getters, no property is read for an effect alone (the diff it makes was read: it inlines reads);
  // unsafe_comps, no compared value is an object with valueOf; unsafe_arrows, no function expression
  // without `this` is called with `new`. The bundle, CSP, layout-shift and builder tests load the minified files.
  // A third pass: −40 B (a fourth, 3 B more).
  compress: { passes: 3, pure_getters: true, unsafe_comps: true, unsafe_arrows: true },
  format: { comments: false, preamble: COMPILE_HINT },
};

/** Chart.js's colour library, which our charts never call, left out of a bundle (scripts/bundle/no-colour-library.js). */
export function withoutColourLibrary() {
  const stub = fileURLToPath(new URL('./scripts/bundle/no-colour-library.js', import.meta.url));
  return {
    name: 'without-colour-library',
    resolveId: (source) => (source === '@kurkle/color' ? stub : null),
  };
}

/**
 * Chart.js's 30 easing functions (0.5 KiB gzip) cut to the two our charts can reach: `easeOutQuart`, the
 * default they animate with, and `linear`, Chart.js's fallback for a name it does not know (which is what
 * a page that sets another on `element.chart` gets). Fails the build if Chart.js's source no longer holds
 * the table as expected.
 */
export function onlyDefaultEasing() {
  return {
    name: 'only-default-easing',
    transform(code, id) {
      if (!/[\\/]chart\.js[\\/]dist[\\/]chunks[\\/]index\.js$/.test(id)) return null;
      const table = /const effects = \{\n(?:.*\n)*?\};\n/.exec(code)?.[0];
      const kept = ['linear', 'easeOutQuart'].map(
        (name) => new RegExp(`^ {4}${name}: .*,$`, 'm').exec(table ?? '')?.[0],
      );
      if (!table || kept.includes(undefined))
        throw new Error("Chart.js's easing table is not where onlyDefaultEasing expects it");
      // The other entries' lines left blank, so that every line keeps its place for the source map.
      const lines = table
        .split('\n')
        .map((line, index, all) => (index === 0 || index >= all.length - 2 || kept.includes(line) ? line : ''));
      return { code: code.replace(table, lines.join('\n')), map: null };
    },
  };
}

const bundleOptions = {
  plugins: [
    withoutColourLibrary(),
    onlyDefaultEasing(),
    ...onlyReachableChartJs(),
    nodeResolve({ exportConditions: ['production'] }),
    classicScriptEntry(),
  ],
  onwarn(warning, warn) {
    // Chart.js and Lit are plain ES modules; any warning is worth failing the build for.
    throw new Error(warning.message, { cause: warn });
  },
};

/**
 * The classic script's entry: it imports everything and exports nothing, so that the script defines the
 * tags and leaves no global variable behind (an ES module bundle's exports need no global).
 */
function classicScriptEntry() {
  const id = '\0classic-script';
  return {
    name: 'classic-script-entry',
    resolveId: (source) => (source === 'classic-script' ? id : null),
    load: (source) => (source === id ? "import './dist/esm/index.js';" : null),
  };
}

/**
 * The self-contained bundles for pages without a build step: lit and Chart.js inside, minified.
 * Input is the ES modules that `tsc -p tsconfig.build.json` wrote to dist/esm (see scripts/build.mjs).
 */
export default [
  {
    ...bundleOptions,
    input: 'dist/esm/index.js',
    output: {
      file: 'dist/norrkoping-charts.js',
      format: 'es',
      // One file to host: the parts npm users load on demand (downloads, src) are inside.
      inlineDynamicImports: true,
      // The inlined import()s' namespace objects, which nothing outside the file can reach, not frozen: −23 B.
      freeze: false,
      // Written for our tools (npm run size -- --modules, bench --profile) but not named in the file:
      // the package does not ship maps, whose sources it does not ship either.
      sourcemap: 'hidden',
      plugins: [terser(terserOptions)],
    },
  },
  {
    ...bundleOptions,
    input: 'classic-script',
    output: {
      file: 'dist/norrkoping-charts.iife.js',
      format: 'iife',
      inlineDynamicImports: true,
      freeze: false,
      sourcemap: 'hidden',
      // A classic script is read in the page's encoding (a module always as UTF-8): escaped, its å, ä and ö
      // stay right on a page in ISO-8859-1, or with no charset declared.
      plugins: [terser({ ...terserOptions, module: false, format: { ...terserOptions.format, ascii_only: true } })],
    },
  },
];
