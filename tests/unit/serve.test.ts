// scripts/serve.mjs: the server of `npm start`, the browser tests and the benches sends text files
// compressed the way a CDN does, and everything else as it is.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../e2e/lib/server.mjs';

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

function fetchRaw(origin: string, path: string, acceptEncoding?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    get(origin + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const page = `<!doctype html><title>t</title>${'<p>跨境店 cross-border</p>'.repeat(200)}`;
const pagefindChunk = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]);
let server: { origin: string; stop: () => Promise<void> };

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>404</title>');
  mkdirSync(join(dir, 'pagefind'));
  writeFileSync(join(dir, 'pagefind', 'x.pf_fragment'), pagefindChunk);
  server = await startServer(dir);
});
afterAll(async () => server?.stop());

describe('serve.mjs compression', () => {
  it('sends brotli when the client accepts it, and the body decodes to the file', async () => {
    const r = await fetchRaw(server.origin, '/', 'gzip, deflate, br');
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers.vary).toBe('Accept-Encoding');
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(r.body.length).toBeLessThan(Buffer.byteLength(page) / 10);
    expect(brotliDecompressSync(r.body).toString()).toBe(page);
  });

  it('falls back to gzip, and honours q=0', async () => {
    const gz = await fetchRaw(server.origin, '/', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(page);
    const noBrotli = await fetchRaw(server.origin, '/', 'br;q=0, gzip;q=0.5');
    expect(noBrotli.headers['content-encoding']).toBe('gzip');
    const none = await fetchRaw(server.origin, '/', 'gzip;q=0');
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.toString()).toBe(page);
  });

  it('sends the file as it is without Accept-Encoding', async () => {
    const r = await fetchRaw(server.origin, '/');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.toString()).toBe(page);
  });

  it('leaves Pagefind chunks alone (already compressed) and compresses the 404 page', async () => {
    const chunk = await fetchRaw(server.origin, '/pagefind/x.pf_fragment', 'br, gzip');
    expect(chunk.headers['content-encoding']).toBeUndefined();
    expect(chunk.body.equals(pagefindChunk)).toBe(true);
    const missing = await fetchRaw(server.origin, '/nope/', 'gzip');
    expect(missing.status).toBe(404);
    expect(gunzipSync(missing.body).toString()).toContain('<title>404</title>');
  });
});
