import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, ensureBrowser } from './scripts/find-browser.mjs';
import { cdpCommands } from './test/cdp-commands.mjs';
import { sharedConfig } from './test/runner-config.mjs';
import { visualTests } from './test/visual/visual-plugin.mjs';

/** Every test, in headless Chromium (Debian's, or $CHROME_PATH). */
export default {
  ...sharedConfig,
  plugins: [
    ...sharedConfig.plugins,
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
  concurrency: 2,
};
