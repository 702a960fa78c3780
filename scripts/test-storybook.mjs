// `npm run test:storybook`: builds Storybook, serves storybook-static on 127.0.0.1, opens every story in
// headless Chromium and fails (exit code 1) on a console error, a page error, a chart that did not draw,
// a state that is not the one the story is meant to show, or an axe-core violation (WCAG 2.1 A and AA).
//
// Story tags (see stories/*.stories.ts):
//   no-chart       no chart is meant to be drawn (error, loading, empty)
//   loading        the loading placeholder must show
//   error:NC1xx    that error must show in the page and be the only `[norrkoping-charts] NC…` warning
//                  (and, on a chart component without no-chart, over a chart drawn: a failed refresh keeps it)
//   forced-colors  opened with forced colours (Windows High Contrast) emulated
// Docs pages are opened too: no errors, every chart settles (drawn, an error or loading), and axe
// passes on the whole page (Storybook's docs layout included).
//
// Options: --no-build (use the existing storybook-static), --serve (only serve it, until Ctrl+C),
// --filter=TEXT (only entries whose id contains TEXT), --url=URL (test a running Storybook instead,
// e.g. `npm run storybook` at http://127.0.0.1:6006: Lit in dev mode, whose warnings then fail too).
// Functions passed to page.evaluate run in the browser:
/* global document, window, getComputedStyle, customElements */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from './find-browser.mjs';
import { createStaticServer } from './static-server.mjs';

const ROOT = resolve('storybook-static');
const HOST = '127.0.0.1';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CHART_TAGS = ['homeless-trend', 'prevention-stats'];
const ALL_TAGS = [...CHART_TAGS, 'key-figure'];
const MISSING_FILE = '/fixtures/missing.json';
const CONCURRENCY = 2;
const STORY_TIMEOUT = 20_000;

const options = process.argv.slice(2);
const flag = (name) => options.includes(name);
const option = (name) => options.find((given) => given.startsWith(`${name}=`))?.slice(name.length + 1);
const filter = option('--filter');
const running = option('--url')?.replace(/\/$/, '');
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

// 1. Build.
if (!running && !flag('--no-build') && !flag('--serve')) {
  const buildStart = performance.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build-storybook'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (build.status !== 0) {
    process.stdout.write(build.stdout);
    process.stderr.write(build.stderr);
    console.error('build-storybook failed');
    process.exit(1);
  }
  console.log(`Built Storybook in ${seconds(buildStart)}`);
}
if (!running && !existsSync(join(ROOT, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}

// 2. Serve storybook-static on a free port.
const server = createStaticServer(ROOT);
if (!running) await new Promise((done) => server.listen(0, HOST, done));
const BASE = running ?? `http://${HOST}:${server.address().port}`;

if (flag('--serve')) {
  console.log(`Serving storybook-static at ${BASE}/ (Ctrl+C stops)`);
  await new Promise(() => {});
}

// 3. The stories and docs pages.
const index = running
  ? await (await fetch(`${BASE}/index.json`)).json()
  : JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));
const entries = Object.values(index.entries)
  .filter((entry) => entry.type === 'story' || entry.type === 'docs')
  .filter((entry) => !filter || entry.id.includes(filter));

/** Token names used in src/ (`var(--nc-…`): the Introduction's token tables must list exactly these. */
function tokensInSource() {
  const names = new Set();
  const walk = (dir) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else if (item.name.endsWith('.ts'))
        for (const match of readFileSync(path, 'utf8').matchAll(/var\(\s*(--nc-[a-z0-9-]+)/g)) names.add(match[1]);
    }
  };
  walk('src');
  return [...names].sort();
}

// Runs in the page: the state of every component in `root` (shadow DOM included).
function inspect({ rootSelector, chartTags, allTags }) {
  const root = document.querySelector(rootSelector);
  const visible = (node) => {
    if (!node) return false;
    const box = node.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(node).visibility !== 'hidden';
  };
  const painted = (canvas) => {
    if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
    // Read a copy, so the chart's own context is never read back (Chromium warns when it is, repeatedly).
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext('2d', { willReadFrequently: true });
    context.drawImage(canvas, 0, 0);
    const { data } = context.getImageData(0, 0, copy.width, copy.height);
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
    return false;
  };
  return [...(root?.querySelectorAll(allTags.join(',')) ?? [])].map((element) => {
    const shadow = element.shadowRoot;
    const canvas = shadow?.querySelector('.chart canvas');
    const properties = [...(element.constructor.elementProperties?.keys() ?? [])];
    return {
      tag: element.localName,
      defined: customElements.get(element.localName) !== undefined && shadow !== null,
      // Class fields that shadow Lit's reactive accessors (TOOLCHAIN pitfall 1) show up as own properties.
      shadowed: properties.filter((name) => Object.hasOwn(element, name)),
      chart: chartTags.includes(element.localName),
      // Drawn by the component itself (near the viewport): the chart controller sizes the canvas's style when it
      // creates the chart. Reading `element.chart` would draw it, and hide a chart that never draws by itself.
      drawn: Boolean(canvas?.style.width) && painted(canvas),
      // An alert, or a status over figures still shown (src/core/nc-element.ts).
      error: visible(shadow?.querySelector('[part="error"]')),
      loading: visible(shadow?.querySelector('.chart-placeholder [role="status"]')),
      figure: visible(shadow?.querySelector('[part="figure"]')),
    };
  });
}

// Runs in the page: scrolls to the first chart in `root` that has not drawn and shows no error or loading
// placeholder, as a reader would: a chart draws only when it comes near the viewport (a docs page's lower ones).
function scrollToUndrawnChart({ rootSelector, chartTags }) {
  const root = document.querySelector(rootSelector);
  const shows = (node) => node !== null && node !== undefined && node.getBoundingClientRect().height > 0;
  const next = [...(root?.querySelectorAll(chartTags.join(',')) ?? [])].find((element) => {
    const shadow = element.shadowRoot;
    return (
      !shadow?.querySelector('.chart canvas')?.style.width &&
      !shows(shadow?.querySelector('[part="error"]')) &&
      !shows(shadow?.querySelector('.chart-placeholder [role="status"]'))
    );
  });
  next?.scrollIntoView({ block: 'center' });
}

/** Waits until every component is in the state the story's tags ask for; returns what is wrong. */
async function waitForState(page, rootSelector, expected) {
  const deadline = Date.now() + STORY_TIMEOUT;
  let problems = ['no component rendered'];
  try {
    while (Date.now() < deadline) {
      const states = await page.evaluate(inspect, { rootSelector, chartTags: CHART_TAGS, allTags: ALL_TAGS });
      problems = judge(states, expected);
      if (problems.length === 0) return [];
      await page.evaluate(scrollToUndrawnChart, { rootSelector, chartTags: CHART_TAGS });
      await page.waitForTimeout(100);
    }
    return problems;
  } finally {
    await page.evaluate(() => window.scrollTo(0, 0));
  }
}

function judge(states, expected) {
  if (states.length === 0) return ['no component rendered'];
  const problems = [];
  for (const [i, state] of states.entries()) {
    const name = `<${state.tag}> #${i + 1}`;
    if (!state.defined) problems.push(`${name} is not defined (tree-shaken import?)`);
    if (state.shadowed.length > 0)
      problems.push(`${name}: class fields shadow reactive properties: ${state.shadowed.join(', ')}`);
    if (expected.mode === 'settled') {
      if (state.chart && !state.drawn && !state.error && !state.loading) problems.push(`${name}: not settled`);
    } else if (expected.mode === 'loading') {
      if (state.chart && !state.loading) problems.push(`${name}: no loading placeholder`);
    } else if (expected.mode === 'error') {
      // checked over all components below
    } else {
      if (state.chart && !state.drawn) problems.push(`${name}: chart not drawn`);
      if (!state.chart && !state.figure) problems.push(`${name}: figure not shown`);
      if (state.error) problems.push(`${name}: shows an error`);
    }
  }
  if (expected.mode === 'error' && !states.some((state) => state.error)) problems.push('no error message shown');
  // An error over figures still shown (a refresh that failed, a marker outside the years) keeps its chart.
  const charts = states.filter((state) => state.chart);
  if (expected.mode === 'error' && expected.chart && charts.length > 0 && !charts.some((state) => state.drawn))
    problems.push('no chart drawn under the error (tag the story no-chart if none is meant to be)');
  if (expected.chart === false && expected.mode !== 'settled' && states.some((state) => state.drawn))
    problems.push('a chart was drawn in a no-chart story');
  return problems;
}

async function runAxe(page, rootSelector) {
  const has = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!has) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(
    async ({ rootSelector, tags }) => {
      const result = await window.axe.run(document.querySelector(rootSelector), {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)),
      }));
    },
    { rootSelector, tags: AXE_TAGS },
  );
  return violations.map(
    (violation) => `axe ${violation.id} (${violation.impact}): ${violation.help} at ${violation.targets.join(', ')}`,
  );
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function check(context, entry) {
  const tags = entry.tags ?? [];
  const docs = entry.type === 'docs';
  const errorCode = tags.find((tag) => tag.startsWith('error:'))?.slice('error:'.length) ?? null;
  const expected = docs
    ? { mode: 'settled' }
    : {
        mode: tags.includes('loading') ? 'loading' : errorCode ? 'error' : 'drawn',
        chart: !tags.includes('no-chart'),
      };
  const page = await context.newPage();
  const problems = [];
  const notes = [];
  const ncWarnings = [];
  const allowed404 = `${BASE}${MISSING_FILE}`;
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') {
      const url = message.location()?.url ?? '';
      if (url === `${BASE}/favicon.ico`) return; // the browser's own request
      const missingFile = url === allowed404 && text.includes('404');
      if (missingFile && (docs || errorCode === 'NC112')) return;
      problems.push(`console error: ${text}${url ? ` (${url})` : ''}`);
    } else if (message.type() === 'warning') {
      const code = /^\[norrkoping-charts\] (NC\d+)/.exec(text)?.[1];
      if (code) ncWarnings.push(code);
      // Lit's warnings in dev mode (`--url`) point at lit.dev/msg/…; only the dev-mode notice is expected.
      else if (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) problems.push(`Lit: ${text}`);
      else notes.push(`console warning: ${text}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    const url = response.url();
    if (response.status() >= 400 && url !== allowed404 && url !== `${BASE}/favicon.ico`)
      problems.push(`HTTP ${response.status()}: ${url}`);
  });
  try {
    if (tags.includes('forced-colors')) await page.emulateMedia({ forcedColors: 'active' });
    // The a11y addon would run axe itself after each story; this script runs it instead.
    const url = `${BASE}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${docs ? 'docs' : 'story'}&globals=a11y.manual:!true`;
    await page.goto(url, { waitUntil: 'load' });
    const rootSelector = docs ? '#storybook-docs' : '#storybook-root';
    if (docs) {
      await page.waitForSelector('#storybook-docs .sbdocs', { timeout: STORY_TIMEOUT });
      // Every story block has loaded its modules and fixtures (the slow-server stand-in makes no request).
      await page.waitForLoadState('networkidle', { timeout: STORY_TIMEOUT });
    } else {
      await page.waitForFunction(
        () => ['finished', 'errored', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase),
        undefined,
        { timeout: STORY_TIMEOUT },
      );
      const phase = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.phase);
      if (phase !== 'finished') problems.push(`story ${phase}`);
    }
    const hasComponents = await page.evaluate(
      ({ rootSelector, tags }) => document.querySelector(rootSelector)?.querySelector(tags.join(',')) !== null,
      { rootSelector, tags: ALL_TAGS },
    );
    if (!docs || hasComponents) problems.push(...(await waitForState(page, rootSelector, expected)));
    if (!docs) {
      // The error's title shows at once; its message, and with it the warning, when the messages' module has
      // come (src/i18n/messages.ts, fetched at a page's first mistake): on a busy machine, after the state.
      const deadline = Date.now() + STORY_TIMEOUT;
      while (errorCode && !ncWarnings.includes(errorCode) && Date.now() < deadline) await page.waitForTimeout(50);
      const unexpected = ncWarnings.filter((code) => code !== errorCode);
      if (unexpected.length > 0) problems.push(`unexpected warnings: ${[...new Set(unexpected)].join(', ')}`);
      if (errorCode && !ncWarnings.includes(errorCode)) problems.push(`expected warning ${errorCode} not logged`);
    }
    problems.push(...(await runAxe(page, rootSelector)));
    if (entry.id === INTRODUCTION_ID) problems.push(...(await checkTokenTables(page)));
    if (entry.id === COLOUR_CONTROL_STORY) problems.push(...(await checkColourControl(page)));
  } catch (error) {
    problems.push(`${error.name}: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return { problems, notes };
}

const INTRODUCTION_ID = 'introduction--docs';
const COLOUR_CONTROL_STORY = 'components-homeless-trend--default';

/** A colour control changes the chart on the canvas too, not only the text around it (stories/render.ts). */
async function checkColourControl(page) {
  await page.evaluate((storyId) => {
    window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', {
      storyId,
      updatedArgs: { '--nc-color-series-1': '#ff0000' },
    });
  }, COLOUR_CONTROL_STORY);
  const colour = () =>
    page.evaluate(() => document.querySelector('homeless-trend')?.chart?.data.datasets[0]?.borderColor ?? null);
  const deadline = Date.now() + STORY_TIMEOUT;
  while ((await colour()) !== 'rgb(255, 0, 0)' && Date.now() < deadline) await page.waitForTimeout(50);
  const drawn = await colour();
  return drawn === 'rgb(255, 0, 0)' ? [] : [`the series colour control left the line ${drawn}`];
}

/** The Introduction's token tables are generated from src/core/styles.ts: they must list every token src uses. */
async function checkTokenTables(page) {
  const shown = await page.$$eval('[data-token]', (cells) =>
    [...new Set(cells.map((cell) => cell.dataset.token))].sort(),
  );
  const used = tokensInSource();
  const missing = used.filter((name) => !shown.includes(name));
  const extra = shown.filter((name) => !used.includes(name));
  return [
    ...(missing.length > 0 ? [`Introduction lacks tokens used in src: ${missing.join(', ')}`] : []),
    ...(extra.length > 0 ? [`Introduction lists tokens src does not use: ${extra.join(', ')}`] : []),
  ];
}

// 4. Run, two pages at a time.
const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, reducedMotion: 'reduce' });
const results = [];
let next = 0;
const testStart = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < entries.length) {
      const entry = entries[next++];
      const start = performance.now();
      const { problems, notes } = await check(context, entry);
      results.push({ entry, problems });
      const mark = problems.length === 0 ? 'ok  ' : 'FAIL';
      console.log(`${mark} ${entry.id} (${seconds(start)})`);
      for (const problem of problems) console.log(`       ✗ ${problem}`);
      for (const note of notes) console.log(`       · ${note}`);
    }
  }),
);
await browser.close();
if (!running) server.close();

const failed = results.filter((result) => result.problems.length > 0);
if (failed.length > 0) {
  console.log('\nFailed:');
  for (const { entry, problems } of failed) {
    console.log(`  ${entry.id}`);
    for (const problem of problems) console.log(`    - ${problem}`);
  }
}
console.log(
  `\n${results.length - failed.length} passed, ${failed.length} failed ` +
    `(${results.length} stories and docs pages in ${seconds(testStart)}; ${seconds(started)} in all)`,
);
if (results.length === 0) console.log('No stories matched.');
process.exit(failed.length > 0 || results.length === 0 ? 1 : 0);
