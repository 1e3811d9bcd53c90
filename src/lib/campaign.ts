import type { CampaignData } from '../schemas/campaign.ts';

export type Edition = CampaignData['editions'][number];

export interface Campaign {
  data: CampaignData;
  /** The newest edition in the data file: what the home page announces. */
  latest: Edition;
  /** The edition whose theme the site is built around. */
  focus: Edition;
  /** The focus theme's main line (before the dash): the site's tagline, e.g. 人人讲安全、个个会应急. */
  tagline: string;
}

/** A theme's main line and, where it has one, the line after the dash (——), shown on a line of its own. */
export function themeLines(theme: string): [main: string, sub: string | undefined] {
  const [main = '', sub] = theme.split('——');
  return [main, sub];
}

/** Picks the latest and the focus edition; pure, so the rules are unit-tested. */
export function pickEditions(data: CampaignData): Campaign {
  const editions = [...data.editions].sort((a, b) => b.year - a.year);
  const latest = editions[0];
  const focus = editions.find((edition) => edition.year === data.focusYear);
  if (!latest) throw new Error('content/campaign.yaml → editions: 至少需要一届 (at least one edition)');
  if (!focus) throw new Error(`content/campaign.yaml → focusYear: ${data.focusYear} 不在 editions 中 (no edition for that year)`);
  return { data, latest, focus, tagline: themeLines(focus.theme)[0] };
}
