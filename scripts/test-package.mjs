// `npm run test:package`: the package as users get it, built first when dist/ is stale (build-inputs.mjs).
// Packs it with `npm pack`, checks the tarball's files, installs it into a new project in the OS temp
// directory (with the repo's own vite, typescript and @types/react versions, from the npm cache when it has
// them), then
//   - builds two apps with Vite: all tags (must define them and include Chart.js), <key-figure> alone
//     (must not include Chart.js: it draws no chart);
//   - type-checks test/package/types.mts and jsx.tsx, strict, with moduleResolution bundler, node16, nodenext;
//   - type-checks that each event's type in custom-elements.json is the one the element's listeners get;
//   - runs publint and @arethetypeswrong/cli on the tarball.
// Prints "N passed, N failed" and exits non-zero on any failure. `--keep` keeps the temporary project.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildIfStale } from './build-inputs.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'test/package');
const KEEP = process.argv.includes('--keep');
/** A string of Chart.js's core (the Chart constructor's error for a reused canvas), kept by minifiers. */
const CHART_JS_MARKER = 'Canvas is already in use';
const TAGS = ['homeless-trend', 'prevention-stats', 'key-figure'];
/** What a user needs (the docs the README links to, read on npm's site or in node_modules); nothing else. */
const ALLOWED =
  /^(package\.json|README\.md|LICENSE|custom-elements\.json|BENCHMARKS\.md|docs\/[^/]+\.md|docs\/screenshots\/[^/]+\.png|dist\/.+)$/;
const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'custom-elements.json',
  'dist/esm/index.js',
  'dist/esm/index.d.ts',
  'dist/jsx.d.ts',
  'dist/norrkoping-charts.js',
  'dist/norrkoping-charts.iife.js',
  'dist/norrkoping-charts.css',
];

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const started = performance.now();
const results = [];
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Runs one named check; it throws to fail and may return a note to print. */
function check(name, body) {
  const start = performance.now();
  try {
    const note = body();
    results.push({ name, ok: true });
    console.log(`✓ ${name} (${seconds(start)})${note ? `\n    ${note.replaceAll('\n', '\n    ')}` : ''}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`✗ ${name} (${seconds(start)})\n    ${String(error.message).trim().replaceAll('\n', '\n    ')}`);
  }
}

// A child npm must not take this project for its own: `npm run` exports npm_config_local_prefix and friends.
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) => !/^(npm_config_local_prefix|npm_package_.*|npm_lifecycle_.*|npm_command|INIT_CWD)$/i.test(name),
  ),
);

/** Runs a command; throws with the end of its output when it fails. */
function run(command, args, { cwd = ROOT, env = {}, timeout = 120_000 } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...childEnv, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.error) throw new Error(`${command} ${args.join(' ')}: ${result.error.message}\n${output}`);
  if (result.status !== 0) {
    const tail = output.split('\n').slice(-40).join('\n');
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}\n${tail}`);
  }
  return { stdout: result.stdout, output };
}

/** The file a repo devDependency runs as `name`. */
function bin(name, command = name) {
  const dir = join(ROOT, 'node_modules', name);
  const { bin: bins } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return join(dir, typeof bins === 'string' ? bins : bins[command]);
}

/** Every string target of the exports map (and main, module, types, customElements). */
function targets(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}

buildIfStale();

const temp = mkdtempSync(join(tmpdir(), 'norrkoping-charts-package-'));
const app = join(temp, 'app');
let tarball = '';
let installed = false;
console.log(`Packing ${pkg.name}@${pkg.version} and testing it in ${temp}`);

try {
  check('npm pack: only what users need', () => {
    const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', temp]).stdout);
    tarball = join(temp, packed.filename);
    const files = packed.files.map((file) => file.path);
    const problems = [
      ...files.filter((file) => !ALLOWED.test(file)).map((file) => `not for users: ${file}`),
      ...files
        .filter((file) => file.endsWith('.map'))
        .map((file) => `source map (its sources are not shipped): ${file}`),
      ...files
        .filter((file) => /\.(js|ts)$/.test(file) && readFileSync(file, 'utf8').includes('//# sourceMappingURL='))
        .map((file) => `names a source map that is not shipped: ${file}`),
      ...REQUIRED.filter((file) => !files.includes(file)).map((file) => `missing: ${file}`),
      ...[...targets(pkg.exports), pkg.main, pkg.module, pkg.types, pkg.customElements]
        .filter(Boolean)
        .map((target) => target.replace(/^\.\//, ''))
        .filter((target) => !files.includes(target))
        .map((target) => `package.json points at a file not in the tarball: ${target}`),
      ...files
        .filter((file) => /^dist\/esm\/.+\.js$/.test(file) && !files.includes(file.replace(/\.js$/, '.d.ts')))
        .map((file) => `no declarations for ${file}`),
      ...files.filter((file) => file.endsWith('.md')).flatMap((file) => brokenLinks(file, files)),
      // Bundlers minify JavaScript, not the CSS inside css`…`: it is shipped minified (scripts/build.mjs).
      ...files
        .filter(
          (file) => /^dist\/esm\/.+\.js$/.test(file) && /\bcss ?`[^`$]*(\/\*|\n)/.test(readFileSync(file, 'utf8')),
        )
        .map((file) => `CSS not minified in ${file}`),
    ];
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return `${packed.filename}: ${kib(packed.size)} packed, ${kib(packed.unpackedSize)} unpacked, ${files.length} files`;
  });

  check('custom-elements.json: each tag, its definition, and only public members and attributes', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => entry.name),
    );
    const problems = [];
    for (const tag of ['homeless-trend', 'prevention-stats', 'key-figure']) {
      const element = declarations.find((declaration) => declaration.tagName === tag);
      if (!element) problems.push(`no declaration of <${tag}>`);
      if (!definitions.includes(tag)) problems.push(`no definition of <${tag}>`);
      const publicFields = new Set(
        (element?.members ?? []).filter((member) => (member.privacy ?? 'public') === 'public').map((m) => m.name),
      );
      for (const attribute of element?.attributes ?? [])
        if (attribute.fieldName && !publicFields.has(attribute.fieldName))
          problems.push(`<${tag}> lists internal state as attribute ${attribute.name}`);
      for (const member of element?.members ?? []) {
        if ((member.privacy ?? 'public') !== 'public') problems.push(`<${tag}> lists ${member.privacy} ${member.name}`);
        if (/\| undefined \| undefined/.test(member.type?.text ?? ''))
          problems.push(`<${tag}>'s ${member.name}: ${member.type.text}`);
      }
    }
    problems.push(...definitions.filter((name) => !name.includes('-')).map((name) => `bogus definition: ${name}`));
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return `${definitions.length} tags defined`;
  });

  check('install the tarball into a new project', () => {
    if (!tarball) throw new Error('no tarball');
    cpSync(FIXTURES, app, { recursive: true });
    const devDependency = (name) => {
      const version = pkg.devDependencies?.[name];
      if (!version) throw new Error(`${name} is not a devDependency of ${pkg.name}`);
      return version;
    };
    const project = {
      name: 'norrkoping-charts-package-test',
      private: true,
      type: 'module',
      dependencies: { [pkg.name]: `file:${tarball}` },
      devDependencies: Object.fromEntries(
        ['vite', 'typescript', '@types/react'].map((name) => [name, devDependency(name)]),
      ),
    };
    writeFileSync(join(app, 'package.json'), `${JSON.stringify(project, null, 2)}\n`);
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app });
    installed = true;
    return Object.entries(project.devDependencies)
      .map(([name, version]) => `${name}@${version}`)
      .join(', ');
  });

  /** Builds one fixture entry with Vite; returns the JS it wrote and its sizes. */
  const viteBuild = (entry) => {
    if (!installed) throw new Error('not installed');
    const { output } = run(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
      cwd: app,
      env: { ENTRY: entry },
    });
    const dir = join(app, 'out', entry);
    const files = readdirSync(dir, { recursive: true }).filter((file) => String(file).endsWith('.js'));
    const code = files.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
    const size = `${files.length} JS file(s), ${kib(Buffer.byteLength(code))}, ${kib(gzipSync(code, { level: 9 }).length)} gzipped`;
    return { code, size, warnings: output };
  };

  check('vite build: norrkoping-charts + norrkoping-charts/homeless-trend.js', () => {
    const { code, size, warnings } = viteBuild('all');
    const missing = [...TAGS, 'customElements', CHART_JS_MARKER].filter((text) => !code.includes(text));
    if (missing.length > 0) throw new Error(`the bundle lacks ${missing.map((text) => `"${text}"`).join(', ')}`);
    return [`defines ${TAGS.join(', ')}, includes Chart.js; ${size}`, warnings].filter(Boolean).join('\n');
  });

  check('vite build: norrkoping-charts/key-figure.js alone, without Chart.js', () => {
    const { code, size, warnings } = viteBuild('key-figure');
    if (!code.includes('key-figure') || !code.includes('customElements'))
      throw new Error('the bundle does not define key-figure');
    if (code.includes(CHART_JS_MARKER))
      throw new Error(`the bundle includes Chart.js ("${CHART_JS_MARKER}"): it is not tree-shaken; ${size}`);
    return [`no Chart.js; ${size}`, warnings].filter(Boolean).join('\n');
  });

  for (const resolution of ['bundler', 'node16', 'nodenext']) {
    check(`tsc --noEmit, strict, moduleResolution ${resolution}: types.mts, jsx.tsx`, () => {
      if (!installed) throw new Error('not installed');
      const options = resolution === 'bundler' ? [] : ['--module', resolution, '--moduleResolution', resolution];
      run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', ...options], { cwd: app });
    });
  }

  check("custom-elements.json: each event's type is what the element's addEventListener gives", () => {
    if (!installed) throw new Error('not installed');
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
    const names = new Set();
    const checks = elements.flatMap((element) =>
      (element.events ?? []).map((event) => {
        const text = event.type?.text;
        if (!text) throw new Error(`<${element.tagName}>'s ${event.name} has no type`);
        text
          .replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '')
          .match(/\b[A-Z][\w$]*/g)
          ?.forEach((name) => names.add(name));
        return `  Expect<Agree<Package.${element.name}EventMap['${event.name}'], ${text}>>, // <${element.tagName}>`;
      }),
    );
    // The manifest's types name the package's exported types and Chart.js's Chart (the type of the `chart` getter).
    const aliases = [...names]
      .filter((name) => !['CustomEvent', 'Event', 'Chart'].includes(name))
      .map((name) => `type ${name} = Package.${name};`);
    const source = [
      '// Written by scripts/test-package.mjs from custom-elements.json.',
      "import type * as Package from 'norrkoping-charts';",
      "import type { Expect } from './type-checks.mjs';",
      "type Chart = NonNullable<Package.HomelessTrend['chart']>;",
      ...aliases,
      '/** Each assignable to the other: `{ chart: Chart }` is `{ readonly chart: Chart }`, not `{ chart: Chart | null }`. */',
      'type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
      `export type ManifestEvents = [\n${checks.join('\n')}\n];`,
      '',
    ].join('\n');
    writeFileSync(join(app, 'manifest-events.mts'), source);
    const config = { extends: './tsconfig.json', files: ['manifest-events.mts'] };
    writeFileSync(join(app, 'tsconfig.manifest-events.json'), JSON.stringify(config));
    run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.manifest-events.json'], { cwd: app });
    return `${checks.length} events of ${elements.length} tags`;
  });

  check('publint --strict', () => {
    if (!tarball) throw new Error('no tarball');
    return run(process.execPath, [bin('publint'), 'run', tarball, '--strict']).output;
  });

  check('attw (@arethetypeswrong/cli), profile esm-only', () => {
    if (!tarball) throw new Error('no tarball');
    // The package is ESM only ("type": "module", no "require" condition): the esm-only profile leaves out the
    // node10 and node16-from-CommonJS resolutions, where an ES module cannot be required by design.
    // The classic-script bundle defines the tags on a page and exports nothing; the stylesheet, the manifest and
    // package.json are not code: none of them has types to check.
    const args = [tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'table', '--no-color'];
    const exclude = [
      './norrkoping-charts.iife.js',
      './norrkoping-charts.css',
      './custom-elements.json',
      './package.json',
    ];
    return run(process.execPath, [bin('@arethetypeswrong/cli', 'attw'), ...args, '--exclude-entrypoints', ...exclude])
      .output;
  });
} finally {
  if (KEEP) console.log(`Kept ${temp}`);
  else rmSync(temp, { recursive: true, force: true });
}

const failed = results.filter((result) => !result.ok).length;
console.log(`\n${results.length - failed} passed, ${failed} failed (${seconds(started)})`);
if (failed > 0 && !KEEP) console.log('Run `npm run test:package -- --keep` to keep the temporary project.');
process.exit(failed > 0 ? 1 : 0);

/** The relative links and images of a shipped Markdown file that point at no shipped file. */
function brokenLinks(file, files) {
  const targets = [...readFileSync(file, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)]
    .map(([, target]) => target.split('#')[0])
    .filter((target) => target && !/^[a-z]+:/i.test(target));
  return targets
    .map((target) => posix.normalize(posix.join(posix.dirname(file), target)))
    .filter((target) => !files.includes(target))
    .map((target) => `${file} links to a file not in the tarball: ${target}`);
}
