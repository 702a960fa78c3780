// Builds every output: dist/esm (tsc), the self-contained bundles (rollup) and custom-elements.json.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', 'tsc', '-p', 'tsconfig.build.json');
run('npx', 'rollup', '-c', '--silent');
run('npx', 'rollup', '-c', 'builder/rollup.config.mjs', '--silent'); // builder.html, embed.html
run('npx', 'cem', 'analyze', '--litelement', '--quiet');
run('node', 'scripts/jsx-types.mjs');
console.log('Built dist/ and custom-elements.json');
