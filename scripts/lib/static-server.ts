import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, fileForPath } from './dist';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar',
};

// Text files a static host would compress; images and fonts are compressed already.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.xml', '.svg', '.txt', '.wasm', '.ics']);

export interface ServeOptions {
  /** The build to serve; scripts pass their own temporary build. */
  dist?: string;
  /** Gzip text for clients that accept it, as production hosts do (so page-speed audits are realistic). */
  gzip?: boolean;
  /** The sub-folder the build is served from, as a host serving it at /guidance-hub/ would; "/" by default. */
  base?: string;
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves dist/ (or extra in-memory pages) on a free loopback port, like a static host would:
 * directory indexes, the 404 page, correct content types. Files are looked up per request, so the
 * server may start before the build it serves exists.
 */
export async function serveDist(
  extraPages: Record<string, string> = {},
  { dist = DIST, gzip = false, base = '/' }: ServeOptions = {},
): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const address = new URL(request.url ?? '/', 'http://localhost').pathname;
    const extra = extraPages[address];
    if (extra !== undefined) {
      response.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(extra);
      return;
    }
    // Outside the sub-folder nothing is served, as on a host where other sites live beside this one.
    const path = address.startsWith(base) ? `/${address.slice(base.length)}` : null;
    const file = path === null ? null : fileForPath(path, dist);
    if (path === null || !file) {
      response.writeHead(404, { 'Content-Type': TYPES['.html'] }).end(readFileSync(join(dist, '404.html')));
      return;
    }
    if (!address.endsWith('/') && file.endsWith('index.html')) {
      response.writeHead(301, { Location: `${address}/` }).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response
        .writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' })
        .end(gzipSync(readFileSync(file)));
      return;
    }
    response.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
