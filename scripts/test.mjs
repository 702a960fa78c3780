// `npm test`: makes sure a browser and a current build exist, then runs every test in headless Chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBrowser } from './find-browser.mjs';

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

const builtAt = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};

process.env.CHROME_PATH = ensureBrowser();
// The bundle tests load dist/: rebuild it when src/ changed since the last build.
if (builtAt('dist/norrkoping-charts.iife.js') < newest('src')) {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
const tests = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(tests.status ?? 1);
