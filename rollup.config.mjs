import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

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
  compress: { passes: 2 },
  format: { comments: false, preamble: COMPILE_HINT },
};

/**
 * The self-contained bundles for pages without a build step: lit and Chart.js inside, minified.
 * Input is the ES modules that `tsc -p tsconfig.build.json` wrote to dist/esm (see scripts/build.mjs).
 */
export default {
  input: 'dist/esm/index.js',
  plugins: [nodeResolve({ exportConditions: ['production'] }), minifyCssLiterals()],
  output: [
    {
      file: 'dist/norrkoping-charts.js',
      format: 'es',
      // One file to host: the parts npm users load on demand (downloads, src) are inside.
      inlineDynamicImports: true,
      // Written for our tools (npm run size -- --modules, bench --profile) but not named in the file:
      // the package does not ship maps, whose sources it does not ship either.
      sourcemap: 'hidden',
      plugins: [terser(terserOptions)],
    },
    {
      file: 'dist/norrkoping-charts.iife.js',
      format: 'iife',
      inlineDynamicImports: true,
      name: 'NorrkopingCharts',
      sourcemap: 'hidden',
      plugins: [terser({ ...terserOptions, module: false })],
    },
  ],
  onwarn(warning, warn) {
    // Chart.js and Lit are plain ES modules; any warning is worth failing the build for.
    throw new Error(warning.message, { cause: warn });
  },
};
