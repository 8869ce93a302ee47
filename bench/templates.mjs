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

export function templateUrls() {
  return TEMPLATES.flatMap(([name, path]) => LOCALE_PREFIXES.map(([locale, prefix]) => ({ name, locale, path: prefix + path })));
}
