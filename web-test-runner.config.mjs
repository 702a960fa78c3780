import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, ensureBrowser } from './scripts/find-browser.mjs';
import { cdpCommands } from './test/cdp-commands.mjs';
import { testEndpoints } from './test/test-server.mjs';
import { visualTests } from './test/visual/visual-plugin.mjs';

/** Unit and browser tests, in headless Chromium (Debian's, or $CHROME_PATH). */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  middleware: [testEndpoints],
  plugins: [
    // TypeScript only: JavaScript (the built bundles, Lit, Chart.js) is served as it is shipped, not reprinted
    // by esbuild, which a target alone would make it do.
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022', loaders: { '.js': false } }),
    cdpCommands(),
    // Screenshot tests (test/visual): baselines, thresholds and the update flag are set there.
    ...visualTests(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      // With the accessibility tree a screen reader gets: without one running, Chromium leaves out of it the
      // content it skips rendering (content-visibility: auto, used for charts far from the viewport).
      launchOptions: {
        executablePath: ensureBrowser(),
        headless: true,
        args: [...CHROMIUM_ARGS, '--force-renderer-accessibility'],
      },
      // The builder's Copy code test reads the real clipboard.
      createBrowserContext: ({ browser }) => browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] }),
    }),
  ],
  // Tests of bad input expect the components' warnings; any other browser log is shown.
  filterBrowserLogs: ({ type, args }) => !(type === 'warn' && String(args[0]).startsWith('[norrkoping-charts]')),
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
};
