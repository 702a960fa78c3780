// `npm test`: makes sure a browser and a current build exist, then runs every test in headless Chromium.
// `npm run test:firefox` (`--firefox`): the same in headless Firefox, but for what only Chromium can run
// (web-test-runner.firefox.config.mjs says which).
import { execFileSync, spawnSync } from 'node:child_process';
import { isStale } from './build-inputs.mjs';
import { ensureBrowser } from './find-browser.mjs';

const firefox = process.argv.includes('--firefox');
const args = process.argv.slice(2).filter((arg) => arg !== '--firefox');
if (firefox) process.env.FIREFOX_PATH = ensureBrowser('firefox');
else process.env.CHROME_PATH = ensureBrowser();
// The bundle tests load dist/: rebuild it when src/ or another input of the build (build-inputs.mjs)
// changed since the last build.
if (isStale('dist/norrkoping-charts.iife.js')) {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
const config = firefox ? ['--config', 'web-test-runner.firefox.config.mjs'] : [];
const tests = spawnSync('npx', ['web-test-runner', ...config, ...args], { stdio: 'inherit' });
process.exit(tests.status ?? 1);
