/**
 * Site paths per locale: Chinese at the root, English under /en/. Every internal link ends with
 * a slash (trailingSlash: 'always'). Routes under pages/[...locale]/ use these to stay in step.
 */
import type { Locale } from './vocab.ts';

/** The `[...locale]` route parameter for a locale: undefined for the root (zh-CN). */
export function localeParam(locale: Locale): string | undefined {
  return locale === 'en' ? 'en' : undefined;
}

/** The locale of a `[...locale]` route parameter. */
export function localeOf(param: string | undefined): Locale {
  return param === 'en' ? 'en' : 'zh-CN';
}

/**
 * getStaticPaths entries for a page that exists once per locale. A fresh array per call:
 * Astro keeps and changes the objects a route returns, so routes must not share them.
 */
export function localePaths(): { params: { locale: string | undefined } }[] {
  return [{ params: { locale: undefined } }, { params: { locale: 'en' } }];
}

/** A site path in a locale: '/sources/' → '/en/sources/' on English pages. Keeps '#…' and '?…'. */
export function localPath(locale: Locale, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localPath: "${path}" must start with /`);
  return locale === 'en' ? `/en${path}` : path;
}

export const paths = {
  market: (locale: Locale, id: string) => localPath(locale, `/markets/${id}/`),
  markets: (locale: Locale) => localPath(locale, '/markets/'),
  offering: (locale: Locale, id: string) => localPath(locale, `/offerings/${id}/`),
  glossary: (locale: Locale) => localPath(locale, '/glossary/'),
  term: (locale: Locale, id: string) => localPath(locale, `/glossary/${id}/`),
  timeline: (locale: Locale) => localPath(locale, '/timeline/'),
  sources: (locale: Locale) => localPath(locale, '/sources/'),
  source: (locale: Locale, id: string) => localPath(locale, `/sources/#${id}`),
  event: (locale: Locale, id: string) => localPath(locale, `/timeline/#${id}`),
  seedArticle: (locale: Locale) => localPath(locale, '/seed-article/'),
  compare: (locale: Locale) => localPath(locale, '/compare/'),
  finder: (locale: Locale) => localPath(locale, '/finder/'),
  method: (locale: Locale) => localPath(locale, '/about/method/'),
  /** A guide slug from modes/*.yaml (e.g. "modes/cross-border"). */
  guide: (locale: Locale, slug: string) => localPath(locale, `/${slug.replace(/^\/+|\/+$/g, '')}/`),
};
