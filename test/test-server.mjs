// Endpoints for the browser tests of `src`: a slow answer (timeouts, races, loading state), a
// request counter (one request per URL for all elements on a page) and a fixture's bytes under a given
// content type (charsets); and a web font that arrives late. Used by web-test-runner.config.mjs.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';

const counts = new Map();
/** Bytes of each large file the browser has taken so far, by key. */
const sent = new Map();

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
  // No extension: the test runner marks a path with one cacheable for a year, and a second request for it
  // would come from the browser's HTTP cache, uncounted, whether or not the components reused the first.
  if (url.pathname === '/__test__/counted') {
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
  if (url.pathname === '/__test__/large.csv') {
    // A CSV file of exactly `bytes` bytes, made as the browser reads it: with its size in a Content-Length
    // header, or streamed without one (`announce=0`), as a compressing server sends it. `pause` (ms) holds
    // the rest back after the first chunk: what the browser has taken then does not depend on its speed.
    const key = url.searchParams.get('key') ?? '';
    const total = Number(url.searchParams.get('bytes'));
    const pause = Math.min(Number(url.searchParams.get('pause')) || 0, 10_000);
    sent.set(key, 0);
    context.type = 'text/csv';
    if (url.searchParams.get('announce') !== '0') context.length = total;
    context.body = Readable.from(csvChunks(total, pause, (bytes) => sent.set(key, (sent.get(key) ?? 0) + bytes)));
    return;
  }
  if (url.pathname === '/__test__/large-sent') {
    context.type = 'application/json';
    context.body = JSON.stringify(sent.get(url.searchParams.get('key') ?? '') ?? 0);
    return;
  }
  if (/^\/__test__\/plain(\.[a-z]+)?$/i.test(url.pathname)) {
    // Data with no telling content type: read by the URL's extension (`/__test__/plain.json`), else by its first
    // character.
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

/**
 * Rows `year,value` for the years 1000–9999 over and over, in chunks of up to 64 KiB, `total` bytes in all,
 * `pause` ms after the first: a row that would be cut at the end is blank lines instead.
 */
async function* csvChunks(total, pause, taken) {
  const rows = Buffer.from(Array.from({ length: 9000 }, (_, index) => `${1000 + index},${index % 1000}\n`).join(''));
  for (let offset = 0; offset < total;) {
    const start = offset % rows.length;
    const chunk = Buffer.from(rows.subarray(start, start + Math.min(total - offset, 65_536)));
    offset += chunk.length;
    if (offset === total) chunk.fill('\n', chunk.lastIndexOf('\n') + 1);
    taken(chunk.length);
    yield chunk;
    if (offset === chunk.length && pause) await new Promise((resolve) => setTimeout(resolve, pause));
  }
}
