/**
 * Suite (c) "html": html-validate over every dist/**\/*.html with the project's .htmlvalidate.json
 * (html-validate:recommended, relaxed only where Starlight's own markup breaks a rule, each
 * reason in RELAXATIONS). One check per file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { pathForFile, walk } from './lib/site.mjs';

const CONFIG = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../.htmlvalidate.json');
const MAX_MESSAGES = 8;

/**
 * Why each rule of .htmlvalidate.json differs from html-validate:recommended (JSON has no comments).
 * Only markup that Starlight, Astro or React write themselves justifies a relaxation; the check below
 * fails when the config relaxes a rule that is not listed here.
 */
export const RELAXATIONS = {
  'void-style': 'Astro and Starlight write void elements self-closed in <head> (<meta/>, <link/>): valid HTML, a style preference only.',
  'long-title': "Starlight appends ' | <site title>' to every <title> (32 characters for the English site title): 100 instead of 70.",
  'no-implicit-button-type': "Starlight's search, search-cancel and mobile-menu buttons have no type attribute (they sit outside any form).",
  'no-inline-style': 'Starlight\'s search <dialog style="padding:0"> and the kbd hint carry inline styles.',
  'valid-id': "relaxed = what HTML requires (non-empty, no spaces): Starlight's <h1 id=\"_top\">, React's useId ids (_r1R_0_) and ids made from dated or numeric source ids.",
  'unique-landmark': "Starlight renders the table of contents twice (desktop and mobile <nav>) with the same label.",
  'attribute-boolean-style': 'React\'s server renderer writes boolean attributes as selected="" / disabled="".',
  'attr-case': 'React\'s server renderer writes some attributes camel-cased (maxLength); HTML attribute names are case-insensitive.',
};

/** The `elements` patch of .htmlvalidate.json: Astro puts its island style (astro-island{display:contents}) in <body>. */
export const ELEMENT_PATCHES = { style: 'Astro inlines <style>astro-island,…{display:contents}</style> before the first island, inside <body>.' };

export async function validateHtml({ t, dist }) {
  const config = JSON.parse(readFileSync(CONFIG, 'utf8'));
  await t.check('html config: every relaxed rule says why (e2e/html.mjs RELAXATIONS)', () => {
    const patched = (config.elements ?? []).filter((e) => typeof e === 'object').flatMap((e) => Object.keys(e));
    const undocumented = [
      ...Object.keys(config.rules ?? {}).filter((rule) => !(rule in RELAXATIONS)),
      ...patched.filter((el) => !(el in ELEMENT_PATCHES)).map((el) => `elements.${el}`),
    ];
    if (undocumented.length) throw new Error(`.htmlvalidate.json relaxes ${undocumented.join(', ')} without a reason in RELAXATIONS`);
  });
  // A static loader: the config sits in the project, the files may sit in a temp dist folder.
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const files = walk(dist, '.html');
  console.log(`  (${files.length} HTML files)`);
  for (const file of files) {
    await t.check(`html ${pathForFile(dist, file)}`, async () => {
      const report = await validator.validateFile(file);
      if (report.valid) return;
      const messages = report.results.flatMap((r) => r.messages);
      const lines = messages.slice(0, MAX_MESSAGES).map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}${m.selector ? ` (${m.selector})` : ''}`);
      if (messages.length > MAX_MESSAGES) lines.push(`… ${messages.length - MAX_MESSAGES} more`);
      throw new Error(lines.join('\n'));
    });
  }
}
