// `npm start` serves the repository on 127.0.0.1 (the demo at /demo/, the bundles at /dist/).
// `--check` only tells whether the port is free: `npm start` asks before it builds.
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { createStaticServer } from './static-server.mjs';

const HOST = '127.0.0.1';
const PORT = Number(process.env.PORT) || 8000;

function portTaken(error) {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(`Port ${PORT} on ${HOST} is in use (another npm start?). Use another: PORT=${PORT + 1} npm start`);
  process.exit(1);
}

if (process.argv.includes('--check')) {
  const probe = createServer().once('error', portTaken);
  probe.listen(PORT, HOST, () => probe.close());
} else {
  createStaticServer(resolve('.'), { redirects: { '/': '/demo/' } })
    .once('error', portTaken)
    .listen(PORT, HOST, () => {
      console.log(`Demo: http://${HOST}:${PORT}/demo/  (Ctrl+C stops the server)`);
    });
}
