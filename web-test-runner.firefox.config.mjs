import { chromeLauncher } from '@web/test-runner-chrome';
// Puppeteer drives Firefox over WebDriver BiDi. This version is pinned to the Firefox ESR Debian ships (140):
// later ones send commands that Firefox does not know yet.
import puppeteer from 'puppeteer-core';
import { ensureBrowser } from './scripts/find-browser.mjs';
import { CHROMIUM_ONLY_FILES, sharedConfig } from './test/runner-config.mjs';

/**
 * A page whose media emulation does what Firefox can: the preferences it was launched with. A test asking
 * for anything else fails, naming it, rather than running in the wrong conditions.
 */
async function createPage({ context }) {
  const page = await context.newPage();
  page.emulateMediaFeatures = async (features = []) => {
    const asked = features.filter(({ value }) => value);
    if (asked.some(({ name, value }) => name !== 'prefers-reduced-motion' || value !== 'reduce'))
      throw new Error(`Firefox cannot emulate ${JSON.stringify(asked)} in a test; mark the test chromiumOnly`);
  };
  page.emulateMediaType = async (type) => {
    if (type && type !== 'screen') throw new Error(`Firefox cannot emulate media "${type}" in a test`);
  };
  return page;
}

/**
 * Headless Firefox (Debian's firefox-esr, or $FIREFOX_PATH) launched with the preferences every test assumes,
 * and `prefs` on top.
 */
export const firefoxLauncher = (prefs = {}) =>
  chromeLauncher({
    puppeteer,
    createPage,
    launchOptions: {
      browser: 'firefox',
      executablePath: ensureBrowser('firefox'),
      headless: true,
      extraPrefsFirefox: {
        // The reader every test assumes (test/helpers.ts reduceMotion): charts drawn in one frame.
        'ui.prefersReducedMotion': 1,
        // Scrollbars over the page, as in headless Chromium, so that a 320 px viewport is 320 px wide.
        'ui.useOverlayScrollbars': 1,
        // The builder's Copy code test reads the real clipboard, without Firefox's paste prompt.
        'dom.events.testing.asyncClipboard': true,
        ...prefs,
      },
    },
  });

/** The tests in headless Firefox: `npm run test:firefox`. */
export default {
  ...sharedConfig,
  files: [...sharedConfig.files, ...CHROMIUM_ONLY_FILES],
  browsers: [firefoxLauncher()],
  // One page at a time: a second page is a background tab, where Firefox runs no animation frames.
  concurrency: 1,
};
