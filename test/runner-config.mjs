// What the three test runs share: `npm test` (web-test-runner.config.mjs, Chromium), `npm run test:firefox`
// (web-test-runner.firefox.config.mjs) and `npm run test:webkit` (web-test-runner.webkit.config.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { testEndpoints } from './test-server.mjs';

/**
 * `viewport` (test/helpers.ts setViewport): the page's viewport in CSS px, in every browser the tests drive;
 * @web/test-runner-commands' own sets it in Chromium and Firefox only. A WebDriver browser sizes its window,
 * then corrects for what the window's frame takes.
 */
function viewportCommand() {
  return {
    name: 'viewport-command',
    async executeCommand({ command, payload: { width, height } = {}, session }) {
      if (command !== 'viewport') return undefined;
      const { browser } = session;
      if (browser.type === 'playwright') await browser.getPage(session.id).setViewportSize({ width, height });
      else if (browser.type === 'puppeteer') await browser.getPage(session.id).setViewport({ width, height });
      else {
        // WebdriverLauncher's own session (a private field in its types).
        const { driver } = browser;
        await driver.setWindowSize(width, height);
        const [innerWidth, innerHeight] = await innerSize(driver, width, height);
        if (innerWidth !== width || innerHeight !== height)
          await driver.setWindowSize(2 * width - innerWidth, 2 * height - innerHeight);
      }
      return true;
    },
  };
}

/**
 * The page's viewport in a WebDriver browser once a window of `width` × `height` has taken effect: no larger
 * than the window. Once in CI (2026-11-27) WebKitGTK's answer just after a resize made the correction ask for
 * a size out of range (a viewport larger than the window, or none), and the reflow tests failed; until the
 * resize shows, it is asked again.
 */
async function innerSize(driver, width, height) {
  for (let attempt = 1; ; attempt++) {
    const size = await driver.execute(
      // Run in the page.
      // eslint-disable-next-line no-undef
      () => [window.innerWidth, window.innerHeight],
    );
    const [innerWidth, innerHeight] = Array.isArray(size) ? size : [];
    if (innerWidth > 0 && innerWidth <= width && innerHeight > 0 && innerHeight <= height) return size;
    if (attempt === 20) throw new Error(`a ${width} × ${height} window gave a viewport of ${JSON.stringify(size)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Files that need what only Chromium gives a test here: `npm test` runs them, `test:firefox` and `test:webkit`
 * leave them out. Tests of the same kind inside other files are marked with `chromiumOnly` (test/helpers.ts).
 */
export const CHROMIUM_ONLY_FILES = [
  // Pixel baselines of Chromium's rendering.
  '!test/visual/**',
  // Forced colours, colour schemes, print media and motion switched on and off in a running page: Firefox
  // and WebKit give a test no media emulation (their preferences are set once, at launch).
  '!test/a11y/media.test.ts',
  '!test/core/animated-update.test.ts',
  '!test/core/colours.test.ts',
  // The Layout Instability API (layout-shift entries) is Chromium's.
  '!test/performance/layout-shift.test.ts',
  // A touch screen, over the DevTools protocol.
  '!test/a11y/touch.test.ts',
  // Accessible names as Chromium computes them, over the DevTools protocol.
  '!test/a11y/label-in-name.test.ts',
  // Forced colours emulated; Firefox runs it launched in forced colours (FORCED_COLOURS_FILES).
  '!test/a11y/forced-colours.test.ts',
];

/** What web-test-runner.firefox-forced-colours.config.mjs runs in Firefox launched in forced colours. */
export const FORCED_COLOURS_FILES = ['test/a11y/forced-colours.test.ts'];

export const sharedConfig = {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  middleware: [testEndpoints],
  plugins: [
    // TypeScript only: JavaScript (the built bundles, Lit, Chart.js) is served as it is shipped, not reprinted
    // by esbuild, which a target alone would make it do.
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022', loaders: { '.js': false } }),
    viewportCommand(),
  ],
  // Tests of bad input expect the components' warnings; any other browser log is shown.
  filterBrowserLogs: ({ type, args }) => !(type === 'warn' && String(args[0]).startsWith('[norrkoping-charts]')),
  testFramework: { config: { timeout: 10000 } },
  // Before each test file: failures about DOM nodes or charts reported, not hung (test/failure-values.ts).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/failure-values.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  testsFinishTimeout: 180000,
};
