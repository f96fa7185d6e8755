/**
 * Serves the built site in dist/ on localhost: `npm start` and the browser tests use it.
 * Like the production nginx config, a missing page gets the Chinese 404 page with status 404.
 * Usage: node scripts/serve.ts [port] (default 4321; PORT also works).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import sirv from 'sirv';

const port = Number(process.argv[2] ?? process.env['PORT'] ?? 4321);
const root = 'dist';
const notFound = readFileSync(`${root}/404.html`);
const assets = sirv(root, { dev: false, etag: true, extensions: ['html'], gzip: false });

const server = createServer((req, res) => {
  assets(req, res, () => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(notFound);
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root}/ at http://localhost:${port}/ (Ctrl-C stops it)`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
