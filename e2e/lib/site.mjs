/**
 * Where the built site is and what it holds: the dist folder, the sitemap's pages, every HTML file.
 * Shared by the e2e suites; no browser needed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The folder `astro build` wrote to (honours ASTRO_OUT_DIR like astro.config.mjs does). */
export function distDir() {
  return path.resolve(process.env.E2E_DIST ?? process.env.ASTRO_OUT_DIR ?? 'dist');
}

/** Every file under dir whose name ends with ext, as absolute paths, sorted. */
export function walk(dir, ext) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, ext));
    else if (entry.name.endsWith(ext)) out.push(full);
  }
  return out.sort();
}

/**
 * Page URLs listed in dist/sitemap-*.xml (not the index), with the deployment origin:
 * `[{ url, pathname }]`. The origin is whatever SITE_URL the build used.
 */
export function sitemapPages(dist) {
  const files = readdirSync(dist).filter((f) => /^sitemap-.*\.xml$/.test(f) && f !== 'sitemap-index.xml');
  const urls = new Set();
  for (const f of files) {
    for (const m of readFileSync(path.join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) urls.add(m[1].trim());
  }
  return [...urls].sort().map((url) => ({ url, pathname: new URL(url).pathname }));
}

/** The origin the site was built for (canonical links, sitemap), read from the sitemap. */
export function siteOrigin(dist) {
  const first = sitemapPages(dist)[0];
  return first ? new URL(first.url).origin : null;
}

/** The dist file a URL path is served from, or null (same rules as scripts/serve.mjs). */
export function fileForPath(dist, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const file = path.join(dist, decoded);
  if (!file.startsWith(dist)) return null;
  if (decoded.endsWith('/')) {
    const index = path.join(file, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** URL path of a dist HTML file: dist/en/x/index.html → /en/x/, dist/404.html → /404.html. */
export function pathForFile(dist, file) {
  const rel = '/' + path.relative(dist, file).split(path.sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}
