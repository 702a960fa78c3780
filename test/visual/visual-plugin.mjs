// The visual regression plugin for web-test-runner.config.mjs: baselines in test/visual/screenshots/baseline
// (committed), the screenshot and a diff image of each failure in test/visual/screenshots/failed (git-ignored,
// emptied at the start of every run so that it only ever holds the last run's failures).
// `--update-visual-baseline` on the command line (npm run test:visual:update) writes new baselines instead.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

const BASE_DIR = 'test/visual/screenshots';
const FAILED_DIR = 'failed';

const updatingBaselines = process.argv.includes('--update-visual-baseline');

export function visualTests() {
  return [
    {
      name: 'visual-failed-cleanup',
      serverStart() {
        rmSync(join(BASE_DIR, FAILED_DIR), { recursive: true, force: true });
      },
    },
    visualRegressionPlugin({
      update: updatingBaselines,
      baseDir: BASE_DIR,
      getBaselineName: ({ name }) => join('baseline', name),
      getFailedName: ({ name }) => join(FAILED_DIR, name),
      getDiffName: ({ name }) => join(FAILED_DIR, `${name}-diff`),
      // Same Chromium, same font, no animation: on one machine a shot matches its baseline pixel for pixel
      // (three runs, zero pixels apart). `threshold` 0.02 (pixelmatch's colour distance; default 0.1)
      // counts a pixel as changed from a shift of 8 (green) to 16 (blue) in one channel, so a changed
      // colour token fails (the axis #5c5f66 → #4c5f66: 718 pixels); anti-aliased edge pixels are not
      // counted (`includeAA: false`), which absorbs rasterising noise between CPUs.
      diffOptions: { threshold: 0.02, includeAA: false },
      // An absolute count, not a percentage: 0.1 % of a tall 800 px shot would let 500 pixels through,
      // while a heading moved by 2 px changes 666–1182. 16 pixels is noise, not design.
      failureThreshold: 16,
      failureThresholdType: 'pixel',
    }),
  ];
}
