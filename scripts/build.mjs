// Builds every output: dist/esm (tsc), the self-contained bundles (rollup), the stylesheet that keeps
// the page still while they load, and custom-elements.json.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseAst } from 'rollup/parseAst';
import { BUILD_COMPLETE } from './build-inputs.mjs';
import { minifyTemplates } from './minify-templates.mjs';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', 'tsc', '-p', 'tsconfig.build.json');
// npm users' bundlers minify JavaScript, not the CSS inside Lit's css`…` (its comments and white space):
// dist/esm ships it minified, as the self-contained bundles have it and `npm run size` measures it.
for (const file of readdirSync('dist/esm', { recursive: true }).filter((name) => name.endsWith('.js'))) {
  const path = `dist/esm/${file}`;
  const code = readFileSync(path, 'utf8');
  const minified = minifyTemplates(code, parseAst);
  if (minified !== code) writeFileSync(path, minified);
}
run('npx', 'rollup', '-c', '--silent');
copyFileSync('src/norrkoping-charts.css', 'dist/norrkoping-charts.css'); // linked in <head>: no layout shift
run('npx', 'rollup', '-c', 'builder/rollup.config.mjs', '--silent'); // builder.html, embed.html
run('npx', 'cem', 'analyze', '--litelement', '--quiet');
run('node', 'scripts/jsx-types.mjs');
writeFileSync(BUILD_COMPLETE, ''); // last: the scripts that load dist/ rebuild it when this is missing or old
console.log('Built dist/ and custom-elements.json');
