// What the poster and handout pictures say (src/pages/pictures/…): the same content as the printed sheets
// (src/pages/posters/[topic]/, src/pages/class/[topic]/handout/), as blocks for drawSheet.
import { ui } from '../i18n/zh-CN.ts';
import type { SheetBlock } from '../integrations/share-images.ts';
import { themeLines, type Campaign } from './campaign.ts';
import { absoluteUrl, paths } from './paths.ts';
import { qrMatrix } from './qr.ts';
import { SHARE_COLOURS as C } from './share.ts';
import { numbersToPrint, type SiteData, type Topic } from './site-data.ts';
import { siteUrlKnown } from './site-url.ts';

function footer(site: SiteData, topic: Topic, emergencyCount: number): SheetBlock {
  const known = siteUrlKnown(import.meta.env.SITE);
  const url = absoluteUrl(paths.topic(topic.id));
  return {
    kind: 'footer',
    numbers: numbersToPrint(site, topic, emergencyCount).map((line) => ({ number: line.number, name: line.name })),
    qr: known ? qrMatrix(url) : [],
    caption: [ui.classroom.scanForMore, ...(known ? [url] : [ui.siteName])],
  };
}

function band(campaign: Campaign): SheetBlock {
  const [main, sub] = themeLines(campaign.focus.theme);
  return {
    kind: 'band',
    lines: [
      { text: ui.campaign.siteTheme(ui.campaign.edition(campaign.focus, campaign.data.name)), size: 30, colour: C.surface },
      { text: main, size: 56, colour: C.surface },
      ...(sub ? [{ text: `——${sub}`, size: 56, colour: C.highlight }] : []),
    ],
  };
}

/** The poster: theme, title, summary, the key actions large, numbers and QR code. */
export function posterBlocks(site: SiteData, campaign: Campaign, topic: Topic): SheetBlock[] {
  const { data } = topic;
  return [
    band(campaign),
    { kind: 'text', text: data.title, size: 104, bold: true, gap: 20 },
    { kind: 'text', text: data.summary, size: 36, gap: 40 },
    { kind: 'list', items: data.keyActions.map((action) => action.text), size: 60, numbered: true, gap: 30 },
    footer(site, topic, 3),
  ];
}

/** The handout: title, summary, key actions with their reasons, do and don't, myths, numbers and QR code. */
export function handoutBlocks(site: SiteData, campaign: Campaign, topic: Topic): SheetBlock[] {
  const { data } = topic;
  return [
    {
      kind: 'band',
      lines: [
        { text: `${ui.siteName} · ${campaign.tagline}`, size: 30, colour: C.surface },
        { text: data.title, size: 72, colour: C.surface },
      ],
    },
    { kind: 'text', text: data.summary, size: 34, gap: 32 },
    { kind: 'text', text: ui.topic.keyActions, size: 44, bold: true, colour: C.brand, gap: 16 },
    { kind: 'list', items: data.keyActions.map((action) => (action.why ? `${action.text}：${action.why}` : action.text)), size: 36, numbered: true, gap: 24 },
    { kind: 'text', text: `✓ ${ui.topic.do}`, size: 44, bold: true, colour: C.brand, gap: 16 },
    { kind: 'list', items: data.dos.slice(0, 6), size: 32, gap: 24 },
    { kind: 'text', text: `✗ ${ui.topic.dont}`, size: 44, bold: true, colour: C.emergency, gap: 16 },
    { kind: 'list', items: data.donts.slice(0, 6), size: 32, gap: 24 },
    footer(site, topic, Infinity),
  ];
}
