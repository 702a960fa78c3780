// What both test runs share: `npm test` (web-test-runner.config.mjs, Chromium) and `npm run test:firefox`
// (web-test-runner.firefox.config.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { testEndpoints } from './test-server.mjs';

export const sharedConfig = {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  middleware: [testEndpoints],
  plugins: [
    // TypeScript only: JavaScript (the built bundles, Lit, Chart.js) is served as it is shipped, not reprinted
    // by esbuild, which a target alone would make it do.
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022', loaders: { '.js': false } }),
  ],
  // Tests of bad input expect the components' warnings; any other browser log is shown.
  filterBrowserLogs: ({ type, args }) => !(type === 'warn' && String(args[0]).startsWith('[norrkoping-charts]')),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
};
