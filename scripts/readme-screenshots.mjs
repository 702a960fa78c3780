// `npm run screenshots`: the README's pictures of each component, taken from the built bundle
// (dist/norrkoping-charts.js) in headless Chromium: default figures, Swedish, light theme, 800 px wide,
// DejaVu Sans (Debian's fonts-dejavu-core, as in the visual tests), animation off. Writes
// docs/screenshots/<tag>.png and prints the paths. Builds first when src/ or another input of the build
// (scripts/build-inputs.mjs) is newer than the last whole build (unless `--no-build`).
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildIfStale, modifiedAt } from './build-inputs.mjs';
import { CHROMIUM_ARGS, ensureBrowser } from './find-browser.mjs';

// Functions passed to page.evaluate run in the browser:
/* global window, document, requestAnimationFrame */

const TAGS = ['homeless-trend', 'prevention-stats', 'key-figure'];
const WIDTH = 800;
const BUNDLE = 'dist/norrkoping-charts.js';
const OUT_DIR = 'docs/screenshots';

// `--no-build` takes the bundle as it is (e.g. while src/ is half-edited).
if (!process.argv.includes('--no-build')) buildIfStale();
if (modifiedAt(BUNDLE) === 0) {
  console.error(`${BUNDLE} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const page = (tag) => `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <title>${tag}</title>
    <style>
      body { margin: 16px; background: #ffffff; }
      .frame { width: ${WIDTH}px; font-size: 16px; --nc-font-family: 'DejaVu Sans'; }
    </style>
    <script>
      window.drawn = new Promise((resolve) => document.addEventListener('chart-render', resolve, { once: true }));
    </script>
    <script type="module" src="/${BUNDLE}"></script>
  </head>
  <body>
    <div class="frame"><${tag}></${tag}></div>
  </body>
</html>`;

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (pathname === `/${BUNDLE}`) {
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(BUNDLE));
    return;
  }
  const tag = pathname.slice(1);
  if (TAGS.includes(tag)) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(tag));
    return;
  }
  // The browser asks for /favicon.ico: no icon, and no 404 to report.
  response.writeHead(pathname === '/favicon.ico' ? 204 : 404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({
    viewport: { width: WIDTH + 32, height: 900 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    colorScheme: 'light',
  });
  mkdirSync(OUT_DIR, { recursive: true });
  for (const tag of TAGS) {
    const tab = await context.newPage();
    const problems = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    await tab.goto(`http://127.0.0.1:${port}/${tag}`);
    await tab.evaluate(async () => {
      await window.drawn;
      await document.fonts.ready;
      // Two frames: anything the first draw set off (a resize) is drawn too.
      for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    if (problems.length > 0) throw new Error(`<${tag}>: ${problems.join('\n')}`);
    const path = join(OUT_DIR, `${tag}.png`);
    await tab.locator(tag).screenshot({ path, animations: 'disabled' });
    console.log(path);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
