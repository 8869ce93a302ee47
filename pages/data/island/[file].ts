/**
 * The data files of the compare and finder islands (components/island-files.ts), fetched when an
 * island hydrates. Not open data: their shape follows the islands and may change with them.
 */
import type { APIRoute } from 'astro';
import { islandFiles } from '../../../components/island-files.ts';

export async function getStaticPaths() {
  return (await islandFiles()).map((f) => ({ params: { file: f.file }, props: { json: f.json } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { json: string }).json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
