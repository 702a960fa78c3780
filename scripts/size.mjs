// `npm run size`: min, gzip and brotli sizes of every output, and the budgets CI enforces. Builds first when
// dist/ is stale (scripts/build-inputs.mjs).
//
// The npm modules are measured as a bundler builds an app that imports all three components: lit,
// chart.js left out (the app shares them with the rest of its code), minified, split into
// - each component's own code: what only that component loads at once (its element, text and parser);
// - the shared core: what every component loads at once, once a page however many components it holds
//   (the base element, the table, both languages, the parsers' common parts);
// - code loaded on demand: each chart component's drawing code with Chart.js (the chart's controller, the
//   points' keyboard access and tooltip; fetched when an element is connected, not waited for), the
//   downloads (on the first click), the `src` controller and loader (only with `src`) and the error
//   messages (when a page first has a mistake).
// Budgets (gzip, BUDGETS below): the self-contained bundle, a component's own code, the shared core, and what
// one component loads at once (own code + core): 8 KiB for <key-figure>; a chart component's is held near what
// it loads, lowered as that shrinks so that what was gained is kept, and raised only for fixes that needed the
// bytes (how it moved: BENCHMARKS.md, "Size"). Chart.js is never loaded at once. Why 8 KiB holds for the own
// code and <key-figure> and not for a chart component with the core: BENCHMARKS.md, "Size".
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import terser from '@rollup/plugin-terser';
import { buildIfStale } from './build-inputs.mjs';
import { bytesBySource } from './bytes-by-source.mjs';

const KiB = 1024;
const BUDGETS = {
  bundle: 70 * KiB,
  component: 8 * KiB,
  core: 16 * KiB,
  alone: { 'homeless-trend': 14.375 * KiB, 'prevention-stats': 13.625 * KiB, 'key-figure': 8 * KiB },
};
const COMPONENTS = ['homeless-trend', 'prevention-stats', 'key-figure'];

buildIfStale();

const sizes = (code) => ({
  min: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

async function npmChunks() {
  const build = await rollup({
    input: Object.fromEntries(COMPONENTS.map((tag) => [tag, `dist/esm/components/${tag}/${tag}.js`])),
    external: (id) => /^(lit|@lit|chart\.js)(\/|$)/.test(id),
  });
  const { output } = await build.generate({
    format: 'es',
    plugins: [terser({ module: true, compress: { passes: 2 } })],
  });
  await build.close();
  return new Map(output.filter((chunk) => chunk.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
}

/** The chunks an entry loads at once: itself and every chunk it imports statically, transitively. */
function loadedAtOnce(chunks, entry) {
  const loaded = new Set();
  const visit = (fileName) => {
    const chunk = chunks.get(fileName); // undefined for lit and chart.js, which are left out
    if (!chunk || loaded.has(fileName)) return;
    loaded.add(fileName);
    chunk.imports.forEach(visit);
  };
  visit(entry.fileName);
  return loaded;
}

const rows = [];
/** Chart.js's colour library is replaced in the bundles (rollup.config.mjs): were it back, 3.6 KiB would be. */
const withColourLibrary = [];
for (const file of ['dist/norrkoping-charts.js', 'dist/norrkoping-charts.iife.js']) {
  rows.push({ output: file, ...sizes(readFileSync(file)), budget: BUDGETS.bundle });
  const { sources } = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  if (sources.some((source) => source.includes('node_modules/@kurkle/color/'))) withColourLibrary.push(file);
}

const chunks = await npmChunks();
const entries = [...chunks.values()].filter((chunk) => chunk.isEntry);
const loadedBy = new Map(entries.map((entry) => [entry.name, loadedAtOnce(chunks, entry)]));
const users = (fileName) => entries.filter((entry) => loadedBy.get(entry.name).has(fileName)).length;
const codeOf = (predicate) =>
  [...chunks.values()]
    .filter(predicate)
    .map((chunk) => chunk.code)
    .join('\n');

const shared = (chunk) => users(chunk.fileName) > 1;
for (const tag of COMPONENTS) {
  const own = codeOf((chunk) => loadedBy.get(tag).has(chunk.fileName) && !shared(chunk));
  rows.push({ output: `${tag}: own code (npm)`, ...sizes(own), budget: BUDGETS.component });
}
rows.push({ output: 'shared core (npm)', ...sizes(codeOf(shared)), budget: BUDGETS.core });
for (const tag of COMPONENTS) {
  const drawing = [...chunks.values()].find((chunk) => chunk.facadeModuleId?.endsWith(`${tag}.chart.js`));
  if (!drawing) continue;
  const more = loadedAtOnce(chunks, drawing);
  const code = codeOf((chunk) => more.has(chunk.fileName) && !loadedBy.get(tag).has(chunk.fileName));
  rows.push({ output: `${tag}: drawing code, on demand (npm)`, ...sizes(code) });
}
rows.push({ output: 'all loaded on demand (npm)', ...sizes(codeOf((chunk) => users(chunk.fileName) === 0)) });
for (const tag of COMPONENTS) {
  const first = codeOf((chunk) => loadedBy.get(tag).has(chunk.fileName));
  rows.push({ output: `${tag} alone: own code + core (npm)`, ...sizes(first), budget: BUDGETS.alone[tag] });
}

// Chart.js comes with a component's drawing code, fetched when an element is connected: never at once.
const chartJsAtOnce = entries.filter((entry) =>
  [...loadedBy.get(entry.name)].some((fileName) =>
    chunks.get(fileName).imports.some((id) => /^chart\.js(\/|$)/.test(id)),
  ),
);

const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
// In bytes: near a budget, 0.1 KiB steps hide whether a change still fits.
const spare = (row) => (row.budget ? `${row.budget - row.gzip} B` : '');
const table = [['output', 'min', 'gzip', 'brotli', 'gzip budget', 'spare']];
for (const row of rows) {
  table.push([
    row.output,
    kib(row.min),
    kib(row.gzip),
    kib(row.brotli),
    row.budget ? kib(row.budget) : '—',
    spare(row),
  ]);
}
const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)));
for (const line of table) console.log(line.map((cell, column) => cell.padEnd(widths[column])).join('  '));

console.log(
  `Chart.js loaded at once (npm): ${chartJsAtOnce.map((entry) => entry.name).join(', ') || 'by no component'}`,
);

if (process.argv.includes('--modules')) reportModules('dist/norrkoping-charts.js');

/** The minified bundle's bytes by package (Chart.js, Lit, ours) and by our module, largest first. */
function reportModules(file) {
  const code = readFileSync(file, 'utf8');
  const bySource = bytesBySource(code, JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const packageOf = (source) =>
    source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? (source.startsWith('esm/') ? 'ours' : source);
  const byPackage = new Map();
  for (const [source, bytes] of bySource) {
    const name = packageOf(source);
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytes);
  }
  const total = Buffer.byteLength(code);
  const attributed = [...bySource.values()].reduce((sum, bytes) => sum + bytes, 0);
  if (attributed !== total) throw new Error(`${file}: ${attributed} bytes attributed, the file has ${total}`);
  const print = (title, entries) => {
    console.log(`\n${title}`);
    for (const [name, bytes] of [...entries].sort((a, b) => b[1] - a[1]))
      console.log(`${kib(bytes).padStart(10)}  ${((bytes / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
  };
  print(`${file}, ${kib(total)} minified, by package:`, byPackage);
  const ours = [...bySource].filter(([source]) => packageOf(source) === 'ours');
  print(
    'by our module:',
    ours.map(([source, bytes]) => [source.replace(/^esm\//, 'src/').replace(/\.js$/, '.ts'), bytes]),
  );
}

const over = rows.filter((row) => row.budget && row.gzip > row.budget);
for (const row of over)
  console.error(
    `Over budget: ${row.output} is ${row.gzip} bytes gzip, ${row.gzip - row.budget} over its ${kib(row.budget)}.`,
  );
for (const entry of chartJsAtOnce)
  console.error(`${entry.name} imports Chart.js at once: it belongs in the drawing code loaded on demand.`);
for (const file of withColourLibrary)
  console.error(`${file} holds Chart.js's colour library, which our charts never call: see withoutColourLibrary.`);
process.exit(over.length > 0 || chartJsAtOnce.length > 0 || withColourLibrary.length > 0 ? 1 : 0);
