// A plain static file server for the scripts (`npm start`, the Storybook check): no rewriting, so pages
// behave as they will on a municipal web server.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The file a URL path names below `root` (a folder gives its index.html), or null. */
async function resolveFile(root, urlPath) {
  let path;
  try {
    path = normalize(join(root, decodeURIComponent(urlPath)));
  } catch {
    return null;
  }
  if (path !== root && !path.startsWith(root + sep)) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return resolveFile(root, join(urlPath, 'index.html'));
  return info?.isFile() ? path : null;
}

/** Serves the files below `root` (an absolute path); `redirects` maps a path to another ('/' → '/demo/'). */
export function createStaticServer(root, { redirects = {} } = {}) {
  return createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (redirects[pathname]) {
      response.writeHead(302, { location: redirects[pathname] }).end();
      return;
    }
    // Browsers ask for /favicon.ico by themselves: no icon, and no 404 to report.
    if (pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = await resolveFile(root, pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const stream = createReadStream(file);
    stream.on('open', () => {
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      stream.pipe(response);
    });
    // A file that cannot be read (gone since it was found, no permission): a 500, or a response cut short once
    // it has begun, rather than a request left hanging and an error that stops the server.
    stream.on('error', () => {
      if (response.headersSent) response.destroy();
      else response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Could not read the file');
    });
  });
}
