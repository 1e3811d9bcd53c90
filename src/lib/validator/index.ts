/**
 * The content validator: the one place that reads content/ and decides whether it can be published.
 * The build loads its collections from it (src/loaders/validated.ts), `npm run stats` prints its problems,
 * and the unit tests run it on fixture copies, so all three see the same parsed content and the same checks.
 *
 * Order: every file is read strictly (UTF-8, size, YAML/frontmatter, schema, MDX body, SVG allowlist;
 * read.ts), then the cross-references (../integrity.ts), then the rules over whole entries (rules.ts).
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CampaignData } from '../../schemas/campaign.ts';
import { findProblems, type Entry, type Problem, type SiteContent } from '../integrity.ts';
import { readAll, type ReadResult } from './read.ts';
import { RULES, runRules, type Rule } from './rules.ts';

export { formatProblem, formatProblems, type Problem } from '../integrity.ts';

export interface ValidatedContent {
  content: SiteContent;
  campaign?: Entry<CampaignData> | undefined;
  /** Every problem found, in file order within each check. Empty means the content can be published. */
  problems: Problem[];
  /** The pictures as the site serves them (printed again from the parsed tree), by id (key-action pictures by file name). */
  svgs: { signs: Map<string, string>; scenes: Map<string, string>; illustrations: Map<string, string>; pictures: Map<string, string> };
  /** How many files were read. */
  fileCount: number;
  /** What was read, for callers that need positions or bodies. */
  read: ReadResult;
}

export interface ValidateOptions {
  /** The content folder, if not `<projectRoot>/content`. */
  contentDir?: string;
  /** The illustrations folder, if not `<projectRoot>/src/assets/illustrations`. */
  illustrationsDir?: string;
  /** The key-action pictures folder, if not `<projectRoot>/src/assets/pictures`. */
  picturesDir?: string;
  /** The rules to run after the schemas and cross-references (the tests remove one to prove it matters). */
  rules?: Record<string, Rule>;
}

/** Reads and checks all content under `projectRoot`. Never throws for bad content: it reports it. */
export function validateContent(root: string, options: ValidateOptions = {}): ValidatedContent {
  const projectRoot = root.replace(/(.)\/+$/, '$1');
  const read = readAll(projectRoot, options.contentDir, options.illustrationsDir, options.picturesDir);
  const { content, svgs } = read;
  const byId = (pictures: typeof svgs.signs) => new Map([...pictures].map(([id, picture]) => [id, picture.svg]));
  // A scene picture that broke the allowlist has already been reported; give the cross-reference check
  // something non-empty so it does not add "missing SVG" on top.
  const scenesForCheck = new Map([...svgs.scenes].map(([id, picture]) => [id, picture.svg || ' ']));
  const rules = runRules(read, options.rules ?? RULES);
  const references = findProblems(content, {
    signs: new Set(svgs.signs.keys()),
    illustrations: new Set(svgs.illustrations.keys()),
    pictures: new Set(svgs.pictures.keys()),
    scenes: scenesForCheck,
  });
  // A reference to an entry whose own file was rejected is not a second fault: the first one says it all.
  const mentionsRejected = (problem: Problem) =>
    [...read.rejected].some((id) => problem.message.startsWith(`“${id}” 不存在`) || problem.message.includes(`没有主题“${id}”`));
  const problems = [
    ...read.problems,
    ...references.filter((problem) => !mentionsRejected(problem)).map((problem) => withPosition(read, problem)),
    ...rules.problems.filter((problem) => !mentionsRejected(problem)),
  ];
  return {
    content,
    campaign: read.campaign,
    problems: dedupe(problems),
    svgs: { signs: byId(svgs.signs), scenes: byId(svgs.scenes), illustrations: byId(svgs.illustrations), pictures: byId(svgs.pictures) },
    fileCount: read.files.length,
    read,
  };
}

/**
 * Adds the line and column to a cross-reference problem (src/lib/integrity.ts names fields such as
 * `related[0]` or `fire-001.section` but does not know where they are in the file).
 */
function withPosition(read: ReadResult, problem: Problem): Problem {
  if (problem.line !== undefined) return problem;
  for (const [entry, source] of read.sources) {
    if (entry.filePath !== problem.file) continue;
    if (source.prefix && !problem.field.startsWith(source.prefix)) continue;
    const path = problem.field
      .slice(source.prefix.length)
      .split(/\.|\[(\d+)\]/)
      .filter((part) => part !== undefined && part !== '')
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const first = path[0];
    if (typeof first !== 'string' || !(first in (entry.data as object))) continue;
    const position = source.yaml.locate([...source.yamlPath, ...path]);
    return position ? { ...problem, ...position } : problem;
  }
  return problem;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}|${problem.field}|${problem.line}|${problem.column}|${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Names and modification times of every file the validator reads: when this changes, content changed. */
function fingerprint(...dirs: string[]): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
    }
  };
  for (const dir of dirs) walk(dir);
  return parts.join('\n');
}

const cache = new Map<string, { key: string; result: ValidatedContent }>();

/**
 * `validateContent` for the build: every collection's loader asks for it, so it runs once per change of
 * the files (checked by name, size and time) rather than once per collection. The key-action pictures
 * live beside the illustrations (src/assets/pictures/), so callers that know the illustrations folder
 * find them too.
 */
export function validatedContent(
  root: string,
  illustrationsDir = join(root, 'src/assets/illustrations'),
  picturesDir = join(dirname(illustrationsDir), 'pictures'),
): ValidatedContent {
  const projectRoot = root.replace(/(.)\/+$/, '$1');
  const contentDir = join(projectRoot, 'content');
  const key = fingerprint(contentDir, illustrationsDir, picturesDir);
  const cached = cache.get(projectRoot);
  if (cached && cached.key === key) return cached.result;
  const result = validateContent(projectRoot, { illustrationsDir, picturesDir });
  cache.set(projectRoot, { key, result });
  return result;
}
