// `npm start` serves the repository on 127.0.0.1 (the demo at /demo/, the bundles at /dist/).
import { resolve } from 'node:path';
import { createStaticServer } from './static-server.mjs';

const HOST = '127.0.0.1';
const PORT = Number(process.env.PORT) || 8000;

createStaticServer(resolve('.'), { redirects: { '/': '/demo/' } }).listen(PORT, HOST, () => {
  console.log(`Demo: http://${HOST}:${PORT}/demo/  (Ctrl+C stops the server)`);
});
