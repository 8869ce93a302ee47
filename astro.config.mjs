// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import csp from './integrations/csp.mjs';
import intentDirective from './integrations/intent-directive.mjs';
import { SEARCH_RANKING } from './src/search.ts';

// SITE_URL sets the canonical origin for the sitemap and hreflang links at deployment.
const site = process.env.SITE_URL ?? 'https://kuajing-xiaodian.example';

export default defineConfig({
  site,
  // Starlight hard-codes `${srcDir}/content/docs`; a top-level content/ needs srcDir './'.
  srcDir: './',
  // Separate output and cache folders let several builds run side by side (tests, benchmarks).
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: { 'zh-CN': '跨境小店指南', en: 'TikTok Shop Store Modes Guide' },
      description: 'TikTok Shop 各站点开店模式的来源化、可追溯对照：跨境店、本土店、全托管与已关闭的半闭环。',
      defaultLocale: 'root',
      locales: {
        root: { label: '简体中文', lang: 'zh-CN' },
        en: { label: 'English', lang: 'en' },
      },
      favicon: '/favicon.svg',
      customCss: ['./styles/global.css'],
      // Starlight's search button fails axe label-content-name-mismatch; see the file's header.
      components: { Search: './components/overrides/Search.astro' },
      lastUpdated: false,
      // One ranking for the dialog and the recall test: see SEARCH_RANKING in src/search.ts.
      pagefind: { ranking: { ...SEARCH_RANKING, metaWeights: { ...SEARCH_RANKING.metaWeights } } },
      pagination: true,
      sidebar: [
        { label: '开始', translations: { en: 'Start' }, items: [{ autogenerate: { directory: 'start' } }] },
        { label: '店铺模式', translations: { en: 'Store modes' }, items: [{ autogenerate: { directory: 'modes' } }] },
        { label: '站点与店铺类型', translations: { en: 'Markets and store types' }, items: [{ autogenerate: { directory: 'guides' } }] },
        {
          label: '工具与数据',
          translations: { en: 'Tools and data' },
          items: [
            { label: '对照矩阵', translations: { en: 'Comparison matrix' }, link: '/compare/' },
            { label: '开店资格自测', translations: { en: 'Eligibility finder' }, link: '/finder/' },
            { label: '站点一览', translations: { en: 'Markets' }, link: '/markets/' },
            { label: '时间线', translations: { en: 'Timeline' }, link: '/timeline/' },
            { label: '术语表', translations: { en: 'Glossary' }, link: '/glossary/' },
            { label: '来源', translations: { en: 'Sources' }, link: '/sources/' },
            { label: '开放数据', translations: { en: 'Open data' }, link: '/data/' },
          ],
        },
        { label: '关于', translations: { en: 'About' }, items: [{ autogenerate: { directory: 'about' } }] },
      ],
    }),
    mdx(),
    react(),
    intentDirective(),
    // The English 404 (content/docs/en/404.md) is a page for hreflang, not one to index.
    sitemap({ filter: (page) => !/\/404\/$/.test(page) }),
    // Last: hashes the inline scripts of the finished pages into dist/_headers.
    csp(),
  ],
});
