// `npm run size`: min, gzip and brotli sizes of every output, and the budgets CI enforces:
// the self-contained bundle at most 70 KiB gzip; each component's own code (without lit, chart.js and
// tslib, which npm users share with the rest of their app) at most 8 KiB gzip.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import terser from '@rollup/plugin-terser';
import { minifyCssLiterals } from './minify-css-literals.mjs';

const KiB = 1024;
const BUDGETS = { bundle: 70 * KiB, component: 8 * KiB };
const COMPONENTS = ['homeless-trend', 'prevention-stats', 'key-figure'];

const sizes = (code) => ({
  min: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** A component's module with its own imports bundled and minified, lit, chart.js and tslib left out. */
async function ownCode(tag) {
  const build = await rollup({
    input: `dist/esm/components/${tag}/${tag}.js`,
    external: (id) => /^(lit|@lit|chart\.js|tslib)(\/|$)/.test(id),
    plugins: [minifyCssLiterals()],
  });
  const { output } = await build.generate({
    format: 'es',
    plugins: [terser({ module: true, compress: { passes: 2 } })],
  });
  await build.close();
  return output[0].code;
}

const rows = [];
for (const file of ['dist/norrkoping-charts.js', 'dist/norrkoping-charts.iife.js']) {
  rows.push({ output: file, ...sizes(readFileSync(file)), budget: BUDGETS.bundle });
}
for (const tag of COMPONENTS) {
  rows.push({ output: `${tag} (own code, npm)`, ...sizes(await ownCode(tag)), budget: BUDGETS.component });
}

const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
console.log(['output', 'min', 'gzip', 'brotli', 'gzip budget'].join('\t'));
for (const row of rows) {
  console.log([row.output, kib(row.min), kib(row.gzip), kib(row.brotli), kib(row.budget)].join('\t'));
}
const over = rows.filter((row) => row.gzip > row.budget);
for (const row of over)
  console.error(`Over budget: ${row.output} is ${kib(row.gzip)} gzip, the budget is ${kib(row.budget)}.`);
process.exit(over.length > 0 ? 1 : 0);
