import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { COLLECTIONS } from './src/schema.ts';

// Data schemas live in src/schema.ts so the lint and /data/schema.json use the same ones.
const perFile = (name: 'markets' | 'modes' | 'offerings' | 'requirements') =>
  defineCollection({
    loader: glob({ pattern: '*.yaml', base: `./${COLLECTIONS[name].path}` }),
    schema: COLLECTIONS[name].schema,
  });
const oneFile = (name: 'sources' | 'events' | 'glossary' | 'seedChecks') =>
  defineCollection({ loader: file(`./${COLLECTIONS[name].path}`), schema: COLLECTIONS[name].schema });

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  markets: perFile('markets'),
  modes: perFile('modes'),
  offerings: perFile('offerings'),
  requirements: perFile('requirements'),
  sources: oneFile('sources'),
  events: oneFile('events'),
  glossary: oneFile('glossary'),
  seedChecks: oneFile('seedChecks'),
};
