// test/a11y/forced-colours.test.ts in Firefox launched in forced colours: `npm run test:firefox` runs it
// once with the system's light colours and once with dark ones (FORCED_COLOURS=light|dark). Firefox cannot
// switch forced colours in a running page, and takes them from its preferences: `document_color_use` 2 is
// "always use my colours" (the only preference that turns `forced-colors: active` on, on Linux).
import { FORCED_COLOURS_FILES, sharedConfig } from './test/runner-config.mjs';
import { firefoxLauncher } from './web-test-runner.firefox.config.mjs';

const SYSTEM_COLOURS = {
  light: {},
  // A dark contrast theme, as Windows' "Night sky" is: Firefox's Highlight is then translucent.
  dark: {
    'browser.display.background_color': '#000000',
    'browser.display.foreground_color': '#ffffff',
    'browser.anchor_color': '#ffff00',
  },
};
const colours = process.env.FORCED_COLOURS ?? 'light';
if (!(colours in SYSTEM_COLOURS)) throw new Error(`FORCED_COLOURS is light or dark, not "${colours}"`);

export default {
  ...sharedConfig,
  files: FORCED_COLOURS_FILES,
  browsers: [firefoxLauncher({ 'browser.display.document_color_use': 2, ...SYSTEM_COLOURS[colours] })],
  concurrency: 1,
};
