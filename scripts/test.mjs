// `npm test`: makes sure a browser and a current build exist, then runs every test in headless Chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { isStale } from './build-inputs.mjs';
import { ensureBrowser } from './find-browser.mjs';

process.env.CHROME_PATH = ensureBrowser();
// The bundle tests load dist/: rebuild it when src/ or another input of the build (build-inputs.mjs)
// changed since the last build.
if (isStale('dist/norrkoping-charts.iife.js')) {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
const tests = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(tests.status ?? 1);
