/**
 * The open-data files: /data/offerings.json, /data/offerings.csv, /data/schema.json ...
 * (the list is OPEN_DATA_FILES in src/open-data.ts). Not localised: each file holds both languages
 * or names its language.
 */
import type { APIRoute } from 'astro';
import { loadOpenData } from '../../components/open-data.ts';
import { OPEN_DATA_FILES } from '../../src/open-data.ts';

export function getStaticPaths() {
  return OPEN_DATA_FILES.map((f) => ({ params: { file: f.name }, props: { contentType: f.contentType } }));
}

export const GET: APIRoute = async ({ params, props }) => {
  const { files } = await loadOpenData();
  return new Response(files.get(params.file!), { headers: { 'Content-Type': (props as { contentType: string }).contentType } });
};
