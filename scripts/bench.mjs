// `npm run bench`: times <homeless-trend> (dist/norrkoping-charts.js, every feature on) against plain
// Chart.js drawing the same chart with the same options, in headless Chromium, alternating the two in one
// browser process, a fresh page per measurement, and prints medians, the ratio ours / plain
// and the lowest and highest of the runs' own ratios.
// Method and results: BENCHMARKS.md. Options: --runs N (default 7); --json FILE; --only create,big,lazy,phone
// (the default) and/or category (plain Chart.js with a category axis, one slow run); --big-n N (charts of 9000 points,
// default 100); --profile DIR (also a CPU profile of one more run of each case and side, for DevTools);
// --trace DIR (also a timeline trace of one more run: DevTools' Performance panel, or scripts/bench/trace-summary.mjs);
// --trace-categories A,B (more trace categories, e.g. disabled-by-default-devtools.timeline.invalidationTracking, or
// disabled-by-default-devtools.timeline.stack for the script that forced a style or layout: both cost time themselves);
// --hint both|ours|none: which side's bundle starts with Chrome's compile hint (default both, as both are
// built alike; see rollup.config.mjs).
// Builds dist/ first when it is stale (build-inputs.mjs). It reports; it never fails: exit 0 unless the
// benchmark itself cannot run.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { COMPILE_HINT, terserOptions } from '../rollup.config.mjs';
import { buildIfStale } from './build-inputs.mjs';
import { CHROMIUM_ARGS, ensureBrowser } from './find-browser.mjs';

// The functions given to page.evaluate and page.waitForFunction run in the page.
/* global window, document */

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    json: { type: 'string' },
    only: { type: 'string', default: 'create,big,lazy,phone' },
    profile: { type: 'string' },
    trace: { type: 'string' },
    'trace-categories': { type: 'string', default: '' },
    'big-n': { type: 'string', default: '100' },
    hint: { type: 'string', default: 'both' },
  },
});
if (!['both', 'ours', 'none'].includes(options.hint)) {
  console.error(`--hint is both, ours or none, not "${options.hint}".`);
  process.exit(2);
}
const RUNS = Number(options.runs);
const ONLY = new Set(options.only.split(','));
const SIZES = [1, 20, 100];
const BIG = { n: Number(options['big-n']), length: 9000 };
const LAZY_CHARTS = 100;
const VIEWPORT = { width: 1280, height: 800 };
/**
 * The page of 100 charts, which the issue asks for with 3 in view: ours is 584 px tall with its text and
 * buttons (600 px a cell), so the third is in view from a viewport 1200 px tall, and the fourth (top at
 * 1800 px) stays beyond the 200 px margin up to 1600 px. 1400 px: 3 in view, 3 drawn.
 */
const LAZY_VIEWPORT = { width: 1280, height: 1400 };
/**
 * An old phone, as far as one is emulated here: a screen 390 × 844 CSS px at 3 device pixels a CSS pixel,
 * the CPU slowed 4× (DevTools' throttling), a page of 10 charts. What its reader feels is how long the page
 * cannot answer a tap: its longest task, and the Total Blocking Time (each task's time over 50 ms).
 */
const PHONE = {
  charts: 10,
  context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  cpuSlowdown: 4,
};
/** A case slower than this is stopped and reported as capped. */
const CAP_MS = 30_000;
/** The page counts as idle this long after its last chart was drawn. */
const IDLE_MS = 2000;

const ROOT = resolve('.');
const OURS = join(ROOT, 'dist/norrkoping-charts.js');
const started = Date.now();
for (const dir of [options.profile, options.trace]) if (dir) mkdirSync(dir, { recursive: true });
/** What the renderer's main thread does, by activity (scripts, style, layout, paint, canvas), for --trace. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink',
  'cc',
  ...options['trace-categories'].split(',').filter(Boolean),
];

// ---- the two libraries ----

buildIfStale();
const oursBuilt = readFileSync(OURS, 'utf8');
if (!oursBuilt.startsWith(`${COMPILE_HINT}\n`))
  throw new Error(`${OURS} does not start with ${COMPILE_HINT}: rebuild it`);
// Without the hint, its line left empty: the source map (for --profile) still fits.
const oursCode = options.hint === 'none' ? oursBuilt.slice(COMPILE_HINT.length) : oursBuilt;
// The map of the very bundle measured (dist/ may be rebuilt meanwhile), to read the CPU profiles with.
if (options.profile) writeFileSync(join(options.profile, 'norrkoping-charts.js.map'), readFileSync(`${OURS}.map`));

/** Plain Chart.js with the parts ours registers (src/core/chart-parts.ts), tree-shaken and minified alike. */
async function buildPlain() {
  const dir = mkdtempSync(join(tmpdir(), 'nc-bench-'));
  const entry = join(dir, 'plain.js');
  writeFileSync(
    entry,
    `import { BarController, BarElement, CategoryScale, Chart, Decimation, LinearScale, LineController, LineElement,
      PointElement } from 'chart.js';
    Chart.register(LineController, LineElement, PointElement, BarController, BarElement, LinearScale, CategoryScale,
      Decimation);
    window.Chart = Chart;
    window.dispatchEvent(new Event('plain-ready'));\n`,
  );
  const bundle = await rollup({
    input: entry,
    plugins: [
      nodeResolve({ rootDir: ROOT, modulePaths: [join(ROOT, 'node_modules')] }),
      terser(
        options.hint === 'both'
          ? terserOptions
          : { ...terserOptions, format: { ...terserOptions.format, preamble: undefined } },
      ),
    ],
  });
  const { output } = await bundle.generate({ format: 'es', sourcemap: Boolean(options.profile) });
  await bundle.close();
  rmSync(dir, { recursive: true, force: true });
  // Its map, to read plain's CPU profiles by Chart.js's own function names, as ours' are read.
  if (options.profile) writeFileSync(join(options.profile, 'plain.js.map'), output[0].map.toString());
  return output[0].code;
}
const plainCode = await buildPlain();

// ---- pages ----

const STYLE = `<style>
  body { margin: 0; font: 16px/1.4 system-ui, sans-serif; }
  .cell { width: 600px; margin: 0 auto 16px; }
</style>`;
const libScripts = (lib) =>
  (lib.startsWith('plain') ? '' : '<script type="module" src="/ours.js"></script>') +
  (lib.startsWith('ours') ? '' : '<script type="module" src="/plain.js"></script>');

function benchPage(lib) {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>bench ${lib}</title>${STYLE}
    ${libScripts(lib)}</head><body><div id="charts"></div>
    <script type="module">
      import * as bench from '/page.js';
      await bench.ready();
      window.bench = bench;
    </script></body></html>`;
}

/**
 * `count` charts in one column; ours draws those near the viewport, plain draws all at load. `ours-skipped`
 * is ours on a page that follows the README for many charts (`--nc-content-visibility: auto`). `plain-near`
 * is the floor: plain Chart.js drawing only the charts near the viewport, as ours does, in boxes as tall as
 * ours (`cellHeight`), so that as many are drawn; it has no text at all. On a `phone` the cells are as wide
 * as the screen. The page records its long tasks.
 */
function lazyPage(lib, size, cellHeight, { count = LAZY_CHARTS, phone = false } = {}) {
  const cell = lib.startsWith('ours')
    ? `<div class="cell"><homeless-trend data='{"2017":814,"2023":473}'></homeless-trend></div>`
    : lib === 'plain-near'
      ? `<div class="cell" style="height: ${cellHeight}px"><canvas></canvas></div>`
      : '<div class="cell"><canvas></canvas></div>';
  const create = lib.startsWith('ours')
    ? ''
    : `<script type="module">
          import { createAllPlain, ready } from '/page.js';
          await ready();
          createAllPlain(${JSON.stringify(size)}, ${lib === 'plain-near'});
        </script>`;
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>lazy ${lib}</title>${STYLE}
    ${phone ? '<meta name="viewport" content="width=device-width"><style>.cell { width: auto; margin: 0 0 16px; }</style>' : ''}
    <script>
      window.benchLog = {
        first: null, renders: 0, last: 0, longTasks: [],
        render() {
          this.renders++;
          this.last = performance.now();
          if (this.first !== null) return;
          this.first = 0;
          requestAnimationFrame(() => requestAnimationFrame(() => (this.first = performance.now())));
        },
      };
      document.addEventListener('chart-render', () => window.benchLog.render());
      new PerformanceObserver((list) => {
        for (const task of list.getEntries()) window.benchLog.longTasks.push(task.duration);
      }).observe({ type: 'longtask', buffered: true });
    </script>
    ${libScripts(lib)}</head><body><div id="charts"${lib === 'ours-skipped' ? ' style="--nc-content-visibility: auto"' : ''}>${cell.repeat(count)}</div>${create}</body></html>`;
}

let plotSize = { width: 568, height: 319 };
/** Ours' plot and cell height on the phone, as measured there: plain canvases and `plain-near` boxes get them. */
let phone = { plotSize: { width: 358, height: 201 }, cellHeight: 800 };
/** The height of one of ours on the page of 100 charts, as measured there: `plain-near` boxes get it. */
let oursCellHeight = 600;
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const lib = url.searchParams.get('lib') ?? 'ours';
  const send = (type, body) =>
    response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(body);
  if (url.pathname === '/ours.js') send('text/javascript', oursCode);
  else if (url.pathname === '/plain.js') send('text/javascript', plainCode);
  else if (url.pathname === '/page.js') send('text/javascript', readFileSync(join(ROOT, 'scripts/bench/page.js')));
  else if (url.pathname === '/bench.html') send('text/html', benchPage(lib));
  else if (url.pathname === '/lazy.html') send('text/html', lazyPage(lib, plotSize, oursCellHeight));
  else if (url.pathname === '/phone.html')
    send('text/html', lazyPage(lib, phone.plotSize, phone.cellHeight, { count: PHONE.charts, phone: true }));
  else response.writeHead(404).end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- measuring ----

const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();

/** A fresh context and page for one measurement; reduced motion, so that neither side animates. */
async function withPage(fn, contextOptions = { viewport: VIEWPORT }) {
  const context = await browser.newContext({ ...contextOptions, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[pageerror] ${error.message}`));
  const cdp = await context.newCDPSession(page);
  try {
    return await fn(page, cdp);
  } finally {
    await context.close();
  }
}

async function openBench(page, lib) {
  await page.goto(`${origin}/bench.html?lib=${lib}`);
  await page.waitForFunction(() => window.bench !== undefined);
}

async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

const capped = (promise) =>
  Promise.race([promise, new Promise((done) => setTimeout(() => done(Number.POSITIVE_INFINITY), CAP_MS))]);

async function measureCreate(lib, n, length, record) {
  return withPage(async (page, cdp) => {
    await openBench(page, lib);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await heap(cdp);
    await startRecording(record, page, cdp, 'create');
    let cpu = await mainThreadTime(cdp);
    const create = await capped(page.evaluate((args) => window.bench.create(args), { n, length, size: plotSize }));
    const createCpu = (await mainThreadTime(cdp)) - cpu;
    await stopRecording(record, cdp, 'create');
    if (!Number.isFinite(create)) return { create, createCpu: null };
    const after = await heap(cdp);
    if (length !== 2) return { create, createCpu, heapPerChart: (after - before) / n };
    await startRecording(record, page, cdp, 'update');
    cpu = await mainThreadTime(cdp);
    const update = await page.evaluate(() => window.bench.update());
    const updateCpu = (await mainThreadTime(cdp)) - cpu;
    await stopRecording(record, cdp, 'update');
    return { create, createCpu, update, updateCpu, heapPerChart: (after - before) / n };
  });
}

/** CPU time the renderer's main thread has spent on tasks so far, in ms (robust to other processes' load). */
async function mainThreadTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((entry) => entry.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * Starts what one more run records, `record` being `{ kind, name }`: a CPU profile (`--profile`) or a
 * timeline trace (`--trace`), written as `name`, `-part` after it when a run records several parts.
 */
async function startRecording(record, page, cdp, part) {
  if (record?.kind === 'profile') {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  } else if (record?.kind === 'trace')
    await browser.startTracing(page, { path: recordingPath(record, part, 'json'), categories: TRACE_CATEGORIES });
}

async function stopRecording(record, cdp, part) {
  if (record?.kind === 'profile') {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(recordingPath(record, part, 'cpuprofile'), JSON.stringify(profile));
  } else if (record?.kind === 'trace') await browser.stopTracing();
}

const recordingPath = ({ kind, name }, part, extension) =>
  join(kind === 'profile' ? options.profile : options.trace, `${name}${part ? `-${part}` : ''}.${extension}`);

async function measureCategory(n, length) {
  return withPage(async (page) => {
    await openBench(page, 'plain');
    return capped(page.evaluate((args) => window.bench.create(args), { n, length, size: plotSize, category: true }));
  });
}

/** Navigates to `path` and waits until the page has been idle for IDLE_MS after its last chart drew. */
async function loadUntilIdle(page, path) {
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(
    (idle) => window.benchLog.first > 0 && performance.now() - window.benchLog.last > idle,
    IDLE_MS,
    { polling: 250, timeout: CAP_MS },
  );
  return page.evaluate(() => window.benchLog);
}

/** Main-thread time of the renderer from navigation until idle, and when the first chart was painted. */
async function measureLazy(lib, record) {
  return withPage(
    async (page, cdp) => {
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      await startRecording(record, page, cdp);
      const log = await loadUntilIdle(page, `/lazy.html?lib=${lib}`);
      const mainThread = await mainThreadTime(cdp);
      await stopRecording(record, cdp);
      const view = await page.evaluate(() => {
        const all = [...document.querySelectorAll('#charts > .cell')];
        const inView = all.filter((cell) => cell.getBoundingClientRect().top < window.innerHeight).length;
        return { inView, height: all[0].getBoundingClientRect().height };
      });
      if (lib === 'ours') oursCellHeight = view.height;
      return {
        mainThread,
        firstPainted: log.first,
        drawn: log.renders,
        ...view,
      };
    },
    { viewport: LAZY_VIEWPORT },
  );
}

/** The phone's page from navigation until idle: its longest task, Total Blocking Time, first chart painted. */
async function measurePhone(lib, record) {
  return withPage(async (page, cdp) => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    await startRecording(record, page, cdp);
    const log = await loadUntilIdle(page, `/phone.html?lib=${lib}`);
    await stopRecording(record, cdp);
    if (lib === 'ours')
      phone = await page.evaluate(() => {
        const { width, height } = document.querySelector('homeless-trend').shadowRoot.querySelector('canvas').style;
        const cellHeight = document.querySelector('#charts > .cell').getBoundingClientRect().height;
        return { plotSize: { width: parseFloat(width), height: parseFloat(height) }, cellHeight };
      });
    return {
      longestTask: Math.max(0, ...log.longTasks),
      blocking: log.longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
      firstPainted: log.first,
      drawn: log.renders,
    };
  }, PHONE.context);
}

const median = (values) => {
  const sorted = values.filter((value) => value !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Runs `measure` for ours and plain (and any `more` sides) in turn (ABAB…), RUNS times each; medians of
 * every field.
 */
async function alternate(label, measure, more = []) {
  const libs = ['ours', 'plain', ...more];
  const runs = Object.fromEntries(libs.map((lib) => [lib, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const lib of libs) {
      // A side that hit the cap once is not run again: 7 capped runs would take minutes to say the same.
      if (runs[lib][0]?.create === Number.POSITIVE_INFINITY) continue;
      runs[lib].push(await measure(lib));
    }
    process.stdout.write(`\r${label}: run ${run + 1}/${RUNS}`);
  }
  process.stdout.write('\n');
  for (const kind of ['profile', 'trace'])
    if (options[kind])
      for (const lib of libs) await measure(lib, { kind, name: `${lib}-${label.replace(/\W+/g, '-')}` });
  const medians = (list) =>
    Object.fromEntries(Object.keys(list[0]).map((key) => [key, median(list.map((result) => result[key] ?? null))]));
  return { ...Object.fromEntries(libs.map((lib) => [lib, medians(runs[lib])])), runs };
}

// ---- the cases ----

/** Another side of a case in the "ours" column of a row, against the same plain runs. */
const against = (result, side) => ({
  ours: result[side],
  plain: result.plain,
  runs: { ours: result.runs[side], plain: result.runs.plain },
});

const rows = [];
const raw = {};
/**
 * Each run's ratio: ours over the plain run measured beside it. Their lowest and highest show how far this
 * machine's noise moves a ratio; a target is met or missed beyond doubt only if every run agrees.
 */
const runRatios = (result, key) =>
  result.runs.ours
    .map((ours, run) => ours[key] / result.runs.plain[run]?.[key])
    .filter((ratio) => Number.isFinite(ratio));
const row = (name, n, ours, plain, unit, target, met, ratios = [], unanimous = true) =>
  rows.push({
    case: name,
    n,
    ours,
    plain,
    unit,
    ratio: ours !== null && plain ? ours / plain : null,
    spread: ratios.length > 1 ? [Math.min(...ratios), Math.max(...ratios)] : null,
    target,
    met,
    unanimous,
  });
/** A row of a case measured on both sides: medians of `key`, their ratio, each run's, the target's verdict. */
const measuredRow = (name, n, result, key, unit, { scale = 1, target = '', limit } = {}) => {
  const ours = result.ours[key] === null ? null : result.ours[key] * scale;
  const plain = result.plain[key] === null ? null : result.plain[key] * scale;
  const ratios = runRatios(result, key);
  const met = limit === undefined ? null : ours / plain <= limit;
  row(
    name,
    n,
    ours,
    plain,
    unit,
    target,
    met,
    ratios,
    ratios.every((ratio) => ratio <= limit === met),
  );
};

try {
  plotSize = await withPage(async (page) => {
    await openBench(page, 'ours');
    return page.evaluate(() => window.bench.probeSize());
  });
  const checks = await withPage(async (page) => {
    await openBench(page, 'both');
    const compare = (length) => page.evaluate((args) => window.bench.compare(args), { length, size: plotSize });
    const small = await compare(2);
    const big = await compare(BIG.length);
    return { small, big };
  });
  for (const [name, check] of Object.entries(checks)) {
    // The two canvases, to look at when the check finds a difference.
    if (options.profile)
      for (const [lib, url] of Object.entries(check.images))
        writeFileSync(join(options.profile, `check-${name}-${lib}.png`), Buffer.from(url.split(',')[1], 'base64'));
    delete check.images;
  }
  raw.equivalence = checks;
  for (const [name, check] of Object.entries(checks)) {
    const same = check.ours.ticks.join('|') === check.plain.ticks.join('|');
    console.log(
      `same chart check (${name}): canvases ${check.ours.width}×${check.ours.height} / ${check.plain.width}×` +
        `${check.plain.height}, ticks ${same ? 'identical' : 'DIFFER'}, ` +
        `${(check.differentPixels * 100).toFixed(2)} % of pixels differ (${(check.inked * 100).toFixed(1)} % drawn on)`,
    );
  }

  if (ONLY.has('create')) {
    for (const n of SIZES) {
      const result = await alternate(`create/update N=${n}`, (lib, record) => measureCreate(lib, n, 2, record));
      raw[`create-${n}`] = result;
      const target100 = (limit) => (n === 100 ? { target: `≤ ${limit.toFixed(2)}`, limit } : {});
      measuredRow('create until painted', n, result, 'create', 'ms', target100(1.1));
      measuredRow('create, main-thread CPU time', n, result, 'createCpu', 'ms');
      measuredRow('update all until painted', n, result, 'update', 'ms', target100(1.1));
      measuredRow('update, main-thread CPU time', n, result, 'updateCpu', 'ms');
      measuredRow('JS heap per chart', n, result, 'heapPerChart', 'KiB', { scale: 1 / 1024, ...target100(1.2) });
    }
    // What one more chart costs, without what the first chart of a page costs once (compiled code, caches).
    const total = (lib, n) => (raw[`create-${n}`]?.[lib].heapPerChart ?? Number.NaN) * n;
    const marginal = (lib) => (total(lib, 100) - total(lib, 20)) / 80 / 1024;
    if (SIZES.includes(20) && SIZES.includes(100))
      row('JS heap, each chart from the 21st to the 100th', 100, marginal('ours'), marginal('plain'), 'KiB', '', null);
  }
  if (ONLY.has('big')) {
    const result = await alternate(`create ${BIG.n} × ${BIG.length} points`, (lib, record) =>
      measureCreate(lib, BIG.n, BIG.length, record),
    );
    raw.big = result;
    // Its target is ours' own time, not a ratio.
    row(
      `create ${BIG.length} points each`,
      BIG.n,
      result.ours.create,
      result.plain.create,
      'ms',
      'ours ≤ 5000 ms',
      result.ours.create <= 5000,
      runRatios(result, 'create'),
      result.runs.ours.every((run) => run.create <= 5000 === result.ours.create <= 5000),
    );
    measuredRow(`create ${BIG.length} points each, main-thread CPU`, BIG.n, result, 'createCpu', 'ms');
  }
  if (ONLY.has('category')) {
    // One run: it is the slow baseline the levers are measured against, not a target.
    const time = await measureCategory(BIG.n, BIG.length);
    process.stdout.write(`plain, category axis, ${BIG.n} × ${BIG.length}: 1 run\n`);
    raw.category = time;
    row(`plain with a category x axis, ${BIG.length} points`, BIG.n, null, time, 'ms', '(1 run)', null);
  }
  if (ONLY.has('lazy')) {
    const result = await alternate(`${LAZY_CHARTS} charts, page load`, measureLazy, ['ours-skipped', 'plain-near']);
    raw.lazy = result;
    const { drawn, inView } = result.ours;
    measuredRow(
      `page of charts, main-thread time (ours: ${drawn} drawn, ${inView} in view)`,
      LAZY_CHARTS,
      result,
      'mainThread',
      'ms',
      { target: '≤ 0.15', limit: 0.15 },
    );
    measuredRow(
      'page of charts, main-thread time: ours with --nc-content-visibility: auto',
      LAZY_CHARTS,
      against(result, 'ours-skipped'),
      'mainThread',
      'ms',
      { target: '≤ 0.15', limit: 0.15 },
    );
    measuredRow(
      `page of charts, main-thread time: plain drawing only the ${result['plain-near'].drawn} near the viewport, no text (the floor)`,
      LAZY_CHARTS,
      against(result, 'plain-near'),
      'mainThread',
      'ms',
    );
    measuredRow('page of charts, first chart painted', LAZY_CHARTS, result, 'firstPainted', 'ms');
  }
  if (ONLY.has('phone')) {
    const result = await alternate(`phone, ${PHONE.charts} charts`, measurePhone, ['plain-near']);
    raw.phone = result;
    const { drawn } = result.ours;
    measuredRow(
      `phone (CPU ÷ ${PHONE.cpuSlowdown}), longest task (ours: ${drawn} drawn)`,
      PHONE.charts,
      result,
      'longestTask',
      'ms',
    );
    measuredRow('phone, Total Blocking Time', PHONE.charts, result, 'blocking', 'ms');
    measuredRow(
      `phone, longest task: plain drawing only the ${result['plain-near'].drawn} near the viewport, no text`,
      PHONE.charts,
      against(result, 'plain-near'),
      'longestTask',
      'ms',
    );
    measuredRow(
      'phone, Total Blocking Time: the same plain',
      PHONE.charts,
      against(result, 'plain-near'),
      'blocking',
      'ms',
    );
    measuredRow('phone, first chart painted', PHONE.charts, result, 'firstPainted', 'ms');
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}

// ---- report ----

const format = (value, unit) => {
  if (value === null || value === undefined) return '–';
  if (!Number.isFinite(value)) return `> ${CAP_MS / 1000} s (capped)`;
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${unit}`;
};
const table = [
  ['case', 'N', 'ours (median)', 'plain (median)', 'ours / plain', 'runs: lowest–highest', 'target', 'met?'],
  ...rows.map((r) => [
    r.case,
    String(r.n),
    format(r.ours, r.unit),
    format(r.plain, r.unit),
    r.ratio === null || !Number.isFinite(r.ratio) ? '–' : r.ratio.toFixed(2),
    r.spread ? r.spread.map((ratio) => ratio.toFixed(2)).join('–') : '',
    r.target,
    r.met === null ? '' : `${r.met ? 'yes' : 'no'}${r.unanimous ? '' : ' (not every run)'}`,
  ]),
];
const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)));
const seconds = Math.round((Date.now() - started) / 1000);
console.log('');
for (const [index, line] of table.entries()) {
  console.log(line.map((cell, column) => cell.padEnd(widths[column])).join(' | '));
  if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
}
const versions = {
  chromium: chromiumVersion,
  node: process.version,
  chartjs: JSON.parse(readFileSync(join(ROOT, 'node_modules/chart.js/package.json'), 'utf8')).version,
  lit: JSON.parse(readFileSync(join(ROOT, 'node_modules/lit/package.json'), 'utf8')).version,
};
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, ramGiB: Math.round(totalmem() / 2 ** 30) };
console.log(
  `\n${RUNS} runs each, medians; ${versions.chromium}, Node ${versions.node}, Chart.js ${versions.chartjs}, ` +
    `Lit ${versions.lit}; ${machine.cpus} × ${machine.cpu}; plot ${plotSize.width}×${plotSize.height}; ` +
    `compile hint: ${options.hint}; ${seconds} s`,
);
if (options.json) {
  writeFileSync(
    options.json,
    `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, hint: options.hint, machine, versions, plotSize, seconds, rows, raw }, null, 2)}\n`,
  );
  console.log(`Wrote ${options.json}`);
}
