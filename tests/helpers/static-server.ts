import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Serves a built site from `dir` on 127.0.0.1, as a static host would, with its 404 page. */
export async function serveStatic(dir: string, base = '/'): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const inBase = pathname.startsWith(base) ? pathname.slice(base.length - 1) : null;
    let file = inBase === null ? null : normalize(join(dir, inBase));
    if (file !== null && !file.startsWith(dir)) file = null;
    if (file !== null && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (file === null || !existsSync(file)) {
      response.writeHead(404, { 'content-type': TYPES['.html'] ?? 'text/html' });
      createReadStream(join(dir, '404.html')).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}${base}` };
}
