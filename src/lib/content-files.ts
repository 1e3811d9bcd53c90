import { join } from 'node:path';
import type { Problem, SiteContent } from './integrity.ts';
import { validateContent, type ValidateOptions } from './validator/index.ts';

/**
 * Content as the validator reads it (src/lib/validator/), for tools that run outside Astro: the unit tests
 * and `npm run stats`. The build loads the very same result (src/loaders/validated.ts), so there is one
 * reader and one set of checks.
 */
export interface ContentOnDisk {
  content: SiteContent;
  problems: Problem[];
  /** Each sign's SVG as the site serves it, by id. */
  signSvgs: Map<string, string>;
  /** Each illustration's SVG as the site serves it, by file name. */
  illustrationSvgs: Map<string, string>;
  /** Each key-action picture's SVG as the site serves it, by file name. */
  pictureSvgs: Map<string, string>;
}

export function readContent(projectRoot: string, contentDir = join(projectRoot, 'content'), options: Omit<ValidateOptions, 'contentDir'> = {}): ContentOnDisk {
  const { content, problems, svgs } = validateContent(projectRoot, { ...options, contentDir });
  return { content, problems, signSvgs: svgs.signs, illustrationSvgs: svgs.illustrations, pictureSvgs: svgs.pictures };
}
