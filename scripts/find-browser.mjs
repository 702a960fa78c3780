// Finds the browsers for the tests: Chromium ($CHROME_PATH, else the usual install paths) for `npm test`,
// Firefox ($FIREFOX_PATH, else the usual paths) for `npm run test:firefox`, and WebKitGTK's WebDriver with its
// MiniBrowser for `npm run test:webkit`. On a Debian machine run as root with none, installs Debian's packages
// (`chromium`; `firefox-esr`; `webkit2gtk-driver` and `xvfb`); elsewhere stops with a message saying how.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';

const BROWSERS = {
  chromium: {
    name: 'Chromium',
    variable: 'CHROME_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
    debianPackages: ['chromium'],
    advice: 'Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome)',
    command: 'npm test',
  },
  firefox: {
    name: 'Firefox',
    variable: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    debianPackages: ['firefox-esr'],
    advice: 'Install it (Debian: `sudo apt-get install firefox-esr`; elsewhere: Firefox 140 or later)',
    command: 'npm run test:firefox',
  },
  // The WebDriver, which starts the MiniBrowser (webkitMiniBrowser below); Xvfb gives it a display.
  webkit: {
    name: 'WebKitGTK',
    variable: 'WEBKIT_DRIVER_PATH',
    paths: ['/usr/bin/WebKitWebDriver'],
    debianPackages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    advice:
      'Install WebKitGTK with its WebDriver and Xvfb (Debian: `sudo apt-get install webkit2gtk-driver xvfb xauth`)',
    command: 'npm run test:webkit',
  },
};

/** Flags for headless Chromium on these machines (root needs --no-sandbox; the network is closed). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The path of `browser` ('chromium', 'firefox' or 'webkit', its WebDriver), or null. */
export function findBrowser(browser = 'chromium') {
  const { variable, paths } = BROWSERS[browser];
  const fromEnv = process.env[variable];
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`${variable} is set to ${fromEnv}, which is not an executable file.`);
    return fromEnv;
  }
  return paths.find(executable) ?? null;
}

/** WebKitGTK's MiniBrowser, which its WebDriver drives: a file of Debian's libwebkit2gtk package, or null. */
export function webkitMiniBrowser() {
  for (const dir of existsSync('/usr/lib') ? readdirSync('/usr/lib') : []) {
    const path = `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`;
    if (executable(path)) return path;
  }
  return null;
}

/** The path of `browser`; installs Debian's package where that is possible, else throws with advice. */
export function ensureBrowser(browser = 'chromium') {
  const found = findBrowser(browser);
  if (found) return found;
  const { name, variable, debianPackages, advice, command } = BROWSERS[browser];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (existsSync('/etc/debian_version') && isRoot) {
    console.log(`No ${name} found: installing Debian's ${debianPackages.join(', ')} (apt-get)…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...debianPackages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findBrowser(browser);
    if (installed) return installed;
  }
  throw new Error(
    `No ${name} found for the browser tests. ${advice} or set ${variable} to its executable, then run \`${command}\` again.`,
  );
}
