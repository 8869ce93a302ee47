// @ts-check
/**
 * Writes a strict Content-Security-Policy for deployment after the build:
 * - dist/_headers (Netlify / Cloudflare Pages format) from the public/_headers template, and
 * - dist/csp-nginx.conf, an `add_header` line to include in an nginx server block.
 * Inline scripts (Starlight's theme and sidebar scripts, Astro's island loader) are allowed by
 * their SHA-256 hash, collected from every built page, so 'unsafe-inline' and 'unsafe-eval'
 * are never needed for scripts. 'wasm-unsafe-eval' lets Pagefind run its WebAssembly search.
 * Styles keep 'unsafe-inline': Starlight and Astro emit style attributes, and CSS cannot run code.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const NON_EXECUTABLE = /type\s*=\s*["']?(application\/(ld\+)?json|text\/plain)/i;

/**
 * Every inline executable script body in an HTML document.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  const bodies = [];
  for (const [, attrs, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attrs) || NON_EXECUTABLE.test(attrs) || body.length === 0) continue;
    bodies.push(body);
  }
  return bodies;
}

/** @param {string} text */
export const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The policy for a set of inline-script hashes.
 * @param {Iterable<string>} hashes
 */
export function cspFor(hashes) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...hashes].sort().join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * @param {string} dir
 * @returns {string[]}
 */
function htmlFiles(dir) {
  /** @type {string[]} */
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(p));
    else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/**
 * Collect hashes over dist/ and write dist/_headers and dist/csp-nginx.conf; returns the policy.
 * @param {string} distDir
 * @param {string} templatePath
 */
export function writeCsp(distDir, templatePath) {
  /** @type {Set<string>} */
  const hashes = new Set();
  for (const file of htmlFiles(distDir)) for (const body of inlineScripts(readFileSync(file, 'utf8'))) hashes.add(sha256(body));
  const policy = cspFor(hashes);
  const template = existsSync(templatePath) ? readFileSync(templatePath, 'utf8') : '/*\n  Content-Security-Policy: {{CSP}}\n';
  writeFileSync(join(distDir, '_headers'), template.replaceAll('{{CSP}}', policy));
  writeFileSync(join(distDir, 'csp-nginx.conf'), `# include in the server block that serves dist/\nadd_header Content-Security-Policy "${policy}" always;\n`);
  return { policy, hashes: hashes.size };
}

/** @returns {import('astro').AstroIntegration} */
export default function csp() {
  let root = '.';
  return {
    name: 'csp-headers',
    hooks: {
      'astro:config:done': ({ config }) => { root = fileURLToPath(config.root); },
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const { hashes } = writeCsp(distDir, join(root, 'public/_headers'));
        logger.info(`wrote _headers and csp-nginx.conf (${hashes} inline script hashes)`);
      },
    },
  };
}
