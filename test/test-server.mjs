// Endpoints for the browser tests of `src`: a slow answer (timeouts, races, loading state), a
// request counter (one request per URL for all elements on a page) and a fixture's bytes under a given
// content type (charsets); and a web font that arrives late. Used by web-test-runner.config.mjs.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

const counts = new Map();

export async function testEndpoints(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname === '/__test__/slow.json') {
    const milliseconds = Math.min(Number(url.searchParams.get('ms')) || 0, 10_000);
    await new Promise((resolve) => setTimeout(resolve, milliseconds));
    context.type = 'application/json';
    context.body = url.searchParams.get('body') ?? '[{"year":2017,"value":814},{"year":2023,"value":473}]';
    return;
  }
  if (url.pathname === '/__test__/slow-font.woff2') {
    // A web font that arrives late, as on a slow connection (a pinned devDependency's font, OFL).
    const milliseconds = Math.min(Number(url.searchParams.get('ms')) || 0, 10_000);
    await new Promise((resolve) => setTimeout(resolve, milliseconds));
    context.type = 'font/woff2';
    context.body = await readFile(
      new URL('../node_modules/storybook/assets/browser/nunito-sans-regular.woff2', import.meta.url),
    );
    return;
  }
  if (url.pathname === '/__test__/counted.json') {
    const key = url.searchParams.get('key') ?? '';
    counts.set(key, (counts.get(key) ?? 0) + 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    context.type = 'application/json';
    context.body = '{"2017":814,"2023":473}';
    return;
  }
  if (url.pathname === '/__test__/count') {
    context.type = 'application/json';
    context.body = JSON.stringify(counts.get(url.searchParams.get('key') ?? '') ?? 0);
    return;
  }
  if (url.pathname === '/__test__/plain') {
    // Data with no telling content type: read by the URL's extension, else by its first character.
    context.type = 'text/plain';
    context.body = url.searchParams.get('body') ?? '';
    return;
  }
  if (url.pathname === '/__test__/typed') {
    // A file of test/fixtures, by name only, as it is on disk, under the content type asked for.
    const name = basename(url.searchParams.get('file') ?? '');
    context.body = await readFile(new URL(`fixtures/${name}`, import.meta.url));
    context.set('content-type', url.searchParams.get('type') ?? 'application/octet-stream');
    return;
  }
  await next();
}
