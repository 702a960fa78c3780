// Builds every output: dist/esm (tsc), the self-contained bundles (rollup), the stylesheet that keeps
// the page still while they load, and custom-elements.json.
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', 'tsc', '-p', 'tsconfig.build.json');
run('npx', 'rollup', '-c', '--silent');
copyFileSync('src/norrkoping-charts.css', 'dist/norrkoping-charts.css'); // linked in <head>: no layout shift
run('npx', 'rollup', '-c', 'builder/rollup.config.mjs', '--silent'); // builder.html, embed.html
run('npx', 'cem', 'analyze', '--litelement', '--quiet');
run('node', 'scripts/jsx-types.mjs');
console.log('Built dist/ and custom-elements.json');
