// /pictures/handout/<topic>.png: the topic's class handout as a picture to long-press and save (WeChat cannot print).
import type { APIRoute } from 'astro';
import { cachedPicture, cjkFont, drawSheet } from '../../../integrations/share-images.ts';
import { handoutBlocks } from '../../../lib/print-pictures.ts';
import { getCampaign, getSiteData, topicPaths, type Topic } from '../../../lib/site-data.ts';

export const getStaticPaths = topicPaths;

export const GET: APIRoute<{ topic: Topic }> = async ({ props }) => {
  const font = await cjkFont();
  const blocks = handoutBlocks(await getSiteData(), await getCampaign(), props.topic);
  const png = await cachedPicture(['handout-v1', font, blocks], async () => (await drawSheet(font, blocks)).png);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
