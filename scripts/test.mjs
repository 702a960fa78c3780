// `npm test`: makes sure a browser and a current build exist, then runs every test in headless Chromium.
// `npm run test:firefox` (`--firefox`) and `npm run test:webkit` (`--webkit`): the same in Firefox and in
// WebKitGTK, but for what only Chromium can run (test/runner-config.mjs says which). WebKitGTK's browser
// needs a display: where there is none, the run is under Xvfb.
import { execFileSync, spawnSync } from 'node:child_process';
import { isStale } from './build-inputs.mjs';
import { ensureBrowser } from './find-browser.mjs';
import { CHROMIUM_ONLY_FILES } from '../test/runner-config.mjs';

const ENGINES = ['--firefox', '--webkit'];
const engine = process.argv.find((arg) => ENGINES.includes(arg))?.slice(2) ?? 'chromium';
const args = process.argv.slice(2).filter((arg) => !ENGINES.includes(arg));
// `--files` replaces the config's list, and with it the exclusions of what only Chromium can run: given again.
const files = args.indexOf('--files');
if (engine !== 'chromium' && files >= 0) args.splice(files + 2, 0, ...CHROMIUM_ONLY_FILES);
// Found (or installed) before the build, so that a missing browser stops the run at once; the config finds it again.
ensureBrowser(engine);
// The bundle tests load dist/: rebuild it when src/ or another input of the build (build-inputs.mjs)
// changed since the last build.
if (isStale('dist/norrkoping-charts.iife.js')) {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
const runner = ['npx', 'web-test-runner'];
if (engine !== 'chromium') runner.push('--config', `web-test-runner.${engine}.config.mjs`);
if (engine === 'webkit' && !process.env.DISPLAY) runner.unshift('xvfb-run', '--auto-servernum');
const tests = spawnSync(runner[0], [...runner.slice(1), ...args], { stdio: 'inherit' });
process.exit(tests.status ?? 1);
