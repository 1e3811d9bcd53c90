import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { campaignSchema } from '../schemas/campaign.ts';
import { caseSchema } from '../schemas/case.ts';
import { checklistSchema } from '../schemas/checklist.ts';
import { lessonSchema } from '../schemas/lesson.ts';
import { phoneNumberSchema } from '../schemas/phone-number.ts';
import { questionSchema } from '../schemas/quiz.ts';
import { sceneSchema } from '../schemas/scene.ts';
import { signSchema } from '../schemas/sign.ts';
import { topicSchema } from '../schemas/topic.ts';
import { findProblems, type Entry, type Problem, type SiteContent } from './integrity.ts';
import { parseYaml } from './yaml.ts';

/**
 * Reads content/ straight from disk with the same schemas and checks the build uses, for tools that run
 * outside Astro: the unit tests, the content lint and `npm run stats`. Every problem names its file and
 * field; nothing stops at the first one.
 */
export interface ContentOnDisk {
  content: SiteContent;
  problems: Problem[];
  /** Raw SVG of each sign, by id. */
  signSvgs: Map<string, string>;
  /** Raw SVG of each illustration, by file name. */
  illustrationSvgs: Map<string, string>;
}

export function readContent(projectRoot: string, contentDir = join(projectRoot, 'content')): ContentOnDisk {
  const problems: Problem[] = [];
  const relative = (file: string) => file.slice(projectRoot.length + 1);

  function validate<S extends z.ZodType>(schema: S, raw: unknown, file: string, prefix = ''): z.infer<S> | undefined {
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      problems.push({ file: relative(file), field: prefix + (issue.path.join('.') || '(root)'), message: issue.message });
    }
    return undefined;
  }

  function readFiles(folder: string, extension: string): string[] {
    const dir = join(contentDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith(extension))
      .sort()
      .map((name) => join(dir, name));
  }

  function safely<T>(file: string, read: () => T): T | undefined {
    try {
      return read();
    } catch (error) {
      problems.push({ file: relative(file), field: '(file)', message: (error as Error).message });
      return undefined;
    }
  }

  function mdxEntries<S extends z.ZodType>(folder: string, schema: S): Entry<z.infer<S>>[] {
    return readFiles(folder, '.mdx').flatMap((file) => {
      const parsed = safely(file, () => splitFrontmatter(readFileSync(file, 'utf8'), relative(file)));
      if (!parsed) return [];
      const data = validate(schema, parsed.data, file);
      return data === undefined ? [] : [{ id: idOf(file), filePath: relative(file), data, body: parsed.body }];
    });
  }

  function yamlEntries<S extends z.ZodType>(folder: string, schema: S): Entry<z.infer<S>>[] {
    return readFiles(folder, '.yaml').flatMap((file) => {
      const raw = safely(file, () => parseYaml(readFileSync(file, 'utf8'), relative(file)));
      if (raw === undefined) return [];
      const data = validate(schema, raw, file);
      return data === undefined ? [] : [{ id: idOf(file), filePath: relative(file), data }];
    });
  }

  function yamlListEntries<S extends z.ZodType>(files: string[], schema: S, idField: string): Entry<z.infer<S>>[] {
    const seen = new Map<string, string>();
    return files.flatMap((file) => {
      const items = safely(file, () => parseYaml(readFileSync(file, 'utf8'), relative(file)));
      if (!Array.isArray(items)) {
        if (items !== undefined) problems.push({ file: relative(file), field: '(file)', message: '文件应为一个列表 (must be a YAML list)' });
        return [];
      }
      return items.flatMap((item: Record<string, unknown>, index) => {
        const id = String(item?.[idField] ?? `#${index + 1}`);
        const earlier = seen.get(id);
        if (earlier) problems.push({ file: relative(file), field: `${id}.${idField}`, message: `重复，已在 ${earlier} 中使用 (duplicate id)` });
        seen.set(id, relative(file));
        const data = validate(schema, item, file, `${id}.`);
        return data === undefined ? [] : [{ id, filePath: relative(file), data }];
      });
    });
  }

  const content: SiteContent = {
    topics: mdxEntries('topics', topicSchema),
    signs: yamlEntries('signs', signSchema),
    cases: mdxEntries('cases', caseSchema),
    lessons: mdxEntries('lessons', lessonSchema),
    quiz: yamlListEntries(readFiles('quiz', '.yaml'), questionSchema, 'id'),
    phoneNumbers: yamlListEntries([join(contentDir, 'phone-numbers.yaml')], phoneNumberSchema, 'number'),
    scenes: yamlEntries('scenes', sceneSchema),
  };
  const checklistFile = join(contentDir, 'checklist.yaml');
  if (existsSync(checklistFile)) {
    const raw = safely(checklistFile, () => parseYaml(readFileSync(checklistFile, 'utf8'), relative(checklistFile)));
    const data = raw === undefined ? undefined : validate(checklistSchema, raw, checklistFile);
    if (data) content.checklist = { id: 'checklist', filePath: relative(checklistFile), data };
  }
  const campaignFile = join(contentDir, 'campaign.yaml');
  const campaign = safely(campaignFile, () => parseYaml(readFileSync(campaignFile, 'utf8'), relative(campaignFile)));
  if (campaign !== undefined) validate(campaignSchema, campaign, campaignFile);

  const signSvgs = new Map(readFiles('signs', '.svg').map((file) => [idOf(file), readFileSync(file, 'utf8')]));
  const illustrationDir = join(projectRoot, 'src/assets/illustrations');
  const illustrationSvgs = new Map(
    existsSync(illustrationDir)
      ? readdirSync(illustrationDir)
          .filter((name) => name.endsWith('.svg'))
          .map((name) => [name.replace(/\.svg$/, ''), readFileSync(join(illustrationDir, name), 'utf8')] as const)
      : [],
  );
  const sceneSvgs = new Map(readFiles('scenes', '.svg').map((file) => [idOf(file), readFileSync(file, 'utf8')]));
  problems.push(
    ...findProblems(content, { signs: new Set(signSvgs.keys()), illustrations: new Set(illustrationSvgs.keys()), scenes: sceneSvgs }),
  );
  return { content, problems, signSvgs, illustrationSvgs };
}

function idOf(file: string): string {
  return file.split('/').pop()!.replace(/\.(mdx|yaml|svg)$/, '');
}

/** Splits `---` YAML frontmatter from an MDX body. */
export function splitFrontmatter(text: string, fileName: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${fileName}: 缺少 --- 包围的 frontmatter (no frontmatter)`);
  return { data: parseYaml(match[1] ?? '', fileName), body: match[2] ?? '' };
}
