import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { ensureBrowser, webkitMiniBrowser } from './scripts/find-browser.mjs';
import { CHROMIUM_ONLY_FILES, sharedConfig } from './test/runner-config.mjs';

/** A free port on 127.0.0.1 for the WebDriver. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Resolves once something accepts connections on `port` (the WebDriver, started below), else after 15 s throws. */
async function listening(port) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1').setTimeout(1000);
      const done = (accepted) => {
        socket.destroy();
        resolve(accepted);
      };
      socket.once('connect', () => done(true));
      socket.once('error', () => done(false));
      socket.once('timeout', () => done(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not listen on port ${port} within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// The GTK settings the MiniBrowser reads, of its own: no animations (prefers-reduced-motion: reduce, the reader
// every test assumes, test/helpers.ts reduceMotion) and scrollbars over the page, as in the other browsers;
// and its window's own toolbar shrunk to nothing, or the window would be no narrower than about 450 px (the
// reflow tests need a 320 px viewport). Pages are not styled by it.
const settings = mkdtempSync(join(tmpdir(), 'nc-webkit-'));
mkdirSync(join(settings, 'gtk-3.0'));
writeFileSync(
  join(settings, 'gtk-3.0', 'settings.ini'),
  '[Settings]\ngtk-enable-animations=0\ngtk-overlay-scrolling=1\n',
);
writeFileSync(
  join(settings, 'gtk-3.0', 'gtk.css'),
  '* { font-size: 1px; padding: 0; margin: 0; min-width: 0; min-height: 0; border-width: 0; }\n',
);

const port = await freePort();
const driver = spawn(ensureBrowser('webkit'), [`--port=${port}`], {
  stdio: 'ignore',
  env: { ...process.env, XDG_CONFIG_HOME: settings },
});
process.on('exit', () => {
  driver.kill();
  rmSync(settings, { recursive: true, force: true });
});
await listening(port);

/**
 * The tests in WebKitGTK's MiniBrowser, Safari's engine (`npm run test:webkit`, under Xvfb where there is no
 * display), but for what only Chromium can run, as in Firefox. One page at a time, in its own window.
 */
export default {
  ...sharedConfig,
  files: [...sharedConfig.files, ...CHROMIUM_ONLY_FILES],
  browsers: [
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: webkitMiniBrowser(), args: ['--automation'] },
      },
    }),
  ],
  concurrency: 1,
};
