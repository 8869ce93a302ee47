#!/usr/bin/env node
/**
 * A small static file server for the built site (no dependencies), used by `npm start`,
 * `npm run preview` and the browser tests.
 *
 *   node scripts/serve.mjs [--dir dist] [--port 4321] [--csp]
 *
 * - Serves dist/ (or --dir, or env ASTRO_OUT_DIR) on 127.0.0.1:PORT (default 4321; 0 = any free port).
 * - `/x/` serves dist/x/index.html; `/x` redirects to `/x/` when dist/x/ is a folder (trailingSlash: always).
 * - Unknown paths get dist/404.html with status 404.
 * - `--csp` or env CSP_HEADERS=1 applies the headers listed in dist/_headers (Netlify/Cloudflare format),
 *   so the site can be tested under the same Content-Security-Policy a CDN would send.
 * - Text files (HTML, CSS, JS, JSON, SVG, …) are sent brotli- or gzip-compressed when the client accepts
 *   it, as every CDN does, so Lighthouse and the benches measure what a deployment would send.
 *   Pagefind's index files are already compressed and go out as they are.
 * Prints `Serving <dir> at http://127.0.0.1:<port>/` once listening (the e2e runner reads that line).
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  // Pagefind's index chunks and its wasm bundles (wasm.<lang>.pagefind) are fetched as binary.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    csp: { type: 'boolean', default: false },
  },
});

const root = path.resolve(args.dir ?? process.env.ASTRO_OUT_DIR ?? 'dist');
const host = args.host ?? process.env.HOST ?? '127.0.0.1';
const port = Number(args.port ?? process.env.PORT ?? 4321);
const withHeaders = args.csp || process.env.CSP_HEADERS === '1';

if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`serve: ${root}/index.html not found. Build the site first: npm run build`);
  process.exit(1);
}

/** Rules of dist/_headers: `[{ pattern: RegExp, headers: [name, value][] }]`. */
function readHeaderRules(file) {
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      // A path pattern: `*` (splat) matches anything, `:name` one segment.
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:[A-Za-z]\w*/g, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else if (rules.length) {
      const at = line.indexOf(':');
      if (at > 0) rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
const headerRules = withHeaders ? readHeaderRules(path.join(root, '_headers')) : [];
if (withHeaders && !headerRules.length) console.warn('serve: --csp given but dist/_headers is missing or empty');

function extraHeaders(urlPath) {
  const out = {};
  for (const rule of headerRules) {
    if (rule.pattern.test(urlPath)) for (const [name, value] of rule.headers) out[name] = value;
  }
  return out;
}

/** Maps a URL path to a file in root, or null. Never leaves root. */
function resolveFile(urlPath) {
  const rel = path.normalize(urlPath).replace(/^(\.\.(\/|\\|$))+/, '');
  const file = path.join(root, rel);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  if (!existsSync(file)) return null;
  const stat = statSync(file);
  if (stat.isDirectory()) return { dir: true, file: path.join(file, 'index.html') };
  return { dir: false, file };
}

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.csv', '.svg', '.webmanifest']);
// Quality 5, as CDNs use for on-the-fly brotli: 20 ms for the 370 KB compare page where 11 takes 470 ms.
const ENCODERS = {
  br: (buf) => brotliCompressSync(buf, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: buf.length } }),
  gzip: (buf) => gzipSync(buf, { level: 9 }),
};
/** Compressed bodies by `encoding:file:mtime`; dist/ is small, so a plain Map is enough. */
const compressed = new Map();

/** The best of br and gzip that the request's Accept-Encoding allows (q > 0), or null. */
function pickEncoding(req, ext) {
  if (!COMPRESSIBLE.has(ext)) return null;
  const accepted = new Map();
  for (const part of String(req.headers['accept-encoding'] ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name) accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  return ['br', 'gzip'].find((e) => accepted.get(e) > 0) ?? null;
}

function send(req, res, status, file, headers = {}) {
  const ext = path.extname(file).toLowerCase();
  const type = MIME[ext] ?? 'application/octet-stream';
  const stat = statSync(file);
  const base = { 'Content-Type': type, 'Cache-Control': 'no-cache', ...(COMPRESSIBLE.has(ext) ? { Vary: 'Accept-Encoding' } : {}), ...headers };
  const encoding = pickEncoding(req, ext);
  if (encoding) {
    const key = `${encoding}:${file}:${stat.mtimeMs}`;
    if (!compressed.has(key)) compressed.set(key, ENCODERS[encoding](readFileSync(file)));
    const body = compressed.get(key);
    res.writeHead(status, { ...base, 'Content-Encoding': encoding, 'Content-Length': body.length });
    return res.end(req.method === 'HEAD' ? undefined : body);
  }
  res.writeHead(status, { ...base, 'Content-Length': stat.size });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' });
    return res.end();
  }
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    res.writeHead(400);
    return res.end('Bad request');
  }
  const headers = extraHeaders(urlPath);
  const found = urlPath.includes('\0') ? null : resolveFile(urlPath);
  if (found?.dir && !urlPath.endsWith('/')) {
    const query = new URL(req.url, 'http://localhost').search;
    res.writeHead(301, { Location: `${encodeURI(urlPath)}/${query}`, ...headers });
    return res.end();
  }
  if (found && existsSync(found.file)) return send(req, res, 200, found.file, headers);
  const notFound = path.join(root, '404.html');
  if (existsSync(notFound)) return send(req, res, 404, notFound, headers);
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end('Not found');
});

server.listen(port, host, () => {
  const { port: actual } = server.address();
  console.log(`Serving ${root} at http://${host}:${actual}/${withHeaders ? ' (with _headers)' : ''}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  // Keep-alive connections would hold close() open; a static server has nothing to flush.
  process.on(signal, () => process.exit(0));
}
