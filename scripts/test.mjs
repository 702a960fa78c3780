// `npm test`: makes sure a browser and a current build exist, then runs every test in headless Chromium.
// `npm run test:firefox` (`--firefox`) and `npm run test:webkit` (`--webkit`): the same in Firefox and in
// WebKitGTK, but for what only Chromium can run (test/runner-config.mjs says which); Firefox then runs the
// forced-colours tests launched in forced colours. WebKitGTK's browser needs a display: where there is none,
// the run is under Xvfb.
import { spawnSync } from 'node:child_process';
import { buildIfStale } from './build-inputs.mjs';
import { ensureBrowser } from './find-browser.mjs';
import { CHROMIUM_ONLY_FILES } from '../test/runner-config.mjs';

const ENGINES = ['--firefox', '--webkit'];
const engine = process.argv.find((arg) => ENGINES.includes(arg))?.slice(2) ?? 'chromium';
const args = process.argv
  .slice(2)
  .filter((arg) => !ENGINES.includes(arg))
  // `--files=<glob>` as `--files <glob>`, so that it is found below.
  .flatMap((arg) => (arg.startsWith('--files=') ? ['--files', arg.slice('--files='.length)] : [arg]));
// `--files` replaces the config's list, and with it the exclusions of what only Chromium can run: given again,
// after its last glob (an exclusion is undone by a glob after it).
const files = args.indexOf('--files');
if (engine !== 'chromium' && files >= 0) {
  const next = args.findIndex((arg, index) => index > files && arg.startsWith('--'));
  args.splice(next < 0 ? args.length : next, 0, ...CHROMIUM_ONLY_FILES);
}
// Found (or installed) before the build, so that a missing browser stops the run at once; the config finds it again.
ensureBrowser(engine);
// The bundle tests load dist/: rebuild it when src/ or another input of the build (build-inputs.mjs)
// changed since the last build.
buildIfStale();
/** Runs web-test-runner with a config (Chromium's by default) and the arguments given; true when all passed. */
function runTests(config, env = {}) {
  const runner = ['npx', 'web-test-runner'];
  if (config) runner.push('--config', config);
  if (engine === 'webkit' && !process.env.DISPLAY) runner.unshift('xvfb-run', '--auto-servernum');
  const tests = spawnSync(runner[0], [...runner.slice(1), ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return tests.status === 0;
}

let passed = runTests(engine === 'chromium' ? null : `web-test-runner.${engine}.config.mjs`);
// Firefox takes forced colours from its preferences at launch: their tests run in a launch of their own, with
// a light and a dark system palette. A run of chosen files (`--files`) leaves them out.
if (engine === 'firefox' && files < 0)
  for (const colours of ['light', 'dark']) {
    console.log(`\nFirefox in forced colours, ${colours} system palette:`);
    passed = runTests('web-test-runner.firefox-forced-colours.config.mjs', { FORCED_COLOURS: colours }) && passed;
  }
process.exit(passed ? 0 : 1);
