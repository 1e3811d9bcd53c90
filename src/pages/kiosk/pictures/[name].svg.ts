// The kiosk's pictures as files: each key action's picture (src/assets/pictures/) and each topic
// illustration (src/assets/illustrations/), as the SVG allowlist printed them. Files rather than markup in
// the kiosk page: the page stays small, and the kiosk's offline copy (src/integrations/offline-files.ts)
// saves each picture once, from the page's <img> tags.
import type { APIRoute, GetStaticPaths } from 'astro';
import { illustrationSvgByName, pictureSvgByName } from '../../../lib/site-data.ts';

const pictures = new Map([...illustrationSvgByName, ...pictureSvgByName]);
if (pictures.size !== illustrationSvgByName.size + pictureSvgByName.size) throw new Error('a key-action picture and an illustration share a file name');

export const getStaticPaths = (() => [...pictures.keys()].map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(pictures.get(params.name ?? '') ?? '', { headers: { 'content-type': 'image/svg+xml' } });
