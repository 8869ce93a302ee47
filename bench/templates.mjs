// One representative URL per page template, in both locales. Shared by the page-weight and Lighthouse benches.
export const TEMPLATES = [
  ['home', '/'],
  ['guide', '/modes/cross-border/'],
  ['market', '/markets/us/'],
  ['offering', '/offerings/us-cross-border-pop/'],
  ['compare', '/compare/'],
  ['finder', '/finder/'],
  ['glossary', '/glossary/'],
];
export const LOCALE_PREFIXES = [['zh-CN', ''], ['en', '/en']];

/** Every template in both locales, or only the named ones (an unknown name is an error). */
export function templateUrls(names) {
  const unknown = (names ?? []).filter((n) => !TEMPLATES.some(([name]) => name === n));
  if (unknown.length) throw new Error(`unknown template ${unknown.join(', ')}; known: ${TEMPLATES.map(([n]) => n).join(', ')}`);
  return TEMPLATES.filter(([name]) => !names || names.includes(name)).flatMap(([name, path]) => LOCALE_PREFIXES.map(([locale, prefix]) => ({ name, locale, path: prefix + path })));
}
