/**
 * Suite (d) "links": every internal href/src in dist resolves to a file, and every #fragment to an
 * id (or <a name>) in the target page. Absolute URLs on the deployment origin (canonical, hreflang)
 * count as internal. `/x/` means dist/x/index.html; with trailingSlash 'always' a page link
 * without its final slash is reported too. One check per HTML file.
 */
import { readFileSync } from 'node:fs';
import { fileForPath, pathForFile, siteOrigin, walk } from './lib/site.mjs';

const ATTR = /\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const ID = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
/** Script and style bodies are not markup: skip their text (inline JSON, CSS url()). */
const RAW_TEXT = /<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi;

/** Astro writes the 404 route as /404.html, but Starlight's <head> links it (canonical, hreflang) as /404/. */
const NOT_FOUND_ALIASES = { '/404/': '/404.html', '/404': '/404.html' };

const decodeEntities = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

function markup(html) {
  return html.replace(RAW_TEXT, (m) => m.slice(0, m.indexOf('>') + 1));
}

export async function checkLinks({ t, dist }) {
  const origin = siteOrigin(dist);
  const files = walk(dist, '.html');
  const idCache = new Map();
  const idsOf = (file) => {
    if (!idCache.has(file)) {
      const ids = new Set();
      for (const m of markup(readFileSync(file, 'utf8')).matchAll(ID)) ids.add(decodeEntities(m[1] ?? m[2] ?? m[3]));
      idCache.set(file, ids);
    }
    return idCache.get(file);
  };
  console.log(`  (${files.length} HTML files, deployment origin ${origin ?? 'unknown'})`);
  for (const file of files) {
    const pagePath = pathForFile(dist, file);
    await t.check(`links ${pagePath}`, () => {
      const problems = new Set();
      const base = new URL(pagePath, 'http://local.invalid');
      for (const m of markup(readFileSync(file, 'utf8')).matchAll(ATTR)) {
        const raw = decodeEntities((m[2] ?? m[3] ?? m[4]).trim());
        if (!raw || /^(mailto|tel|javascript|data|blob):/i.test(raw)) continue;
        let url;
        try {
          url = new URL(raw, base);
        } catch {
          problems.add(`unparsable ${m[1]}="${raw}"`);
          continue;
        }
        const internal = url.origin === base.origin || (origin && url.origin === origin);
        if (!internal) continue;
        const target = url.pathname === base.pathname && url.origin === base.origin ? file : fileForPath(dist, NOT_FOUND_ALIASES[url.pathname] ?? url.pathname);
        if (!target) {
          const hint = !url.pathname.endsWith('/') && fileForPath(dist, url.pathname + '/') ? ' (missing trailing slash)' : '';
          problems.add(`broken ${m[1]}="${raw}"${hint}`);
          continue;
        }
        const fragment = url.hash.slice(1);
        if (!fragment || !target.endsWith('.html')) continue;
        let id;
        try {
          id = decodeURIComponent(fragment);
        } catch {
          id = fragment;
        }
        if (!idsOf(target).has(id)) problems.add(`missing anchor ${m[1]}="${raw}" (no id "${id}" in ${pathForFile(dist, target)})`);
      }
      if (problems.size) throw new Error([...problems].slice(0, 15).join('\n') + (problems.size > 15 ? `\n… ${problems.size - 15} more` : ''));
    });
  }
}
