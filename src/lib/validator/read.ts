/**
 * Reads every content file once, strictly: bytes → UTF-8 text (text.ts) → YAML or frontmatter with
 * positions (yaml.ts) → schema (schema.ts) → entries, plus the MDX body checks (mdx.ts) and the SVG
 * allowlist (svg.ts). Nothing stops at the first problem: every file is read and every problem kept.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { campaignSchema, type CampaignData } from '../../schemas/campaign.ts';
import { caseSchema } from '../../schemas/case.ts';
import { askEntrySchema } from '../../schemas/ask.ts';
import { checklistSchema } from '../../schemas/checklist.ts';
import { AUDIENCES, lessonSchema } from '../../schemas/lesson.ts';
import { phoneNumberSchema } from '../../schemas/phone-number.ts';
import { questionSchema } from '../../schemas/quiz.ts';
import { sceneSchema } from '../../schemas/scene.ts';
import { signSchema } from '../../schemas/sign.ts';
import { topicSchema } from '../../schemas/topic.ts';
import type { Entry, Problem, SiteContent } from '../integrity.ts';
import { checkMdxBody, type BodyLink, type BodyText } from './mdx.ts';
import { runSchema } from './schema.ts';
import { checkSvg } from './svg.ts';
import { decodeContentFile, type FileKind } from './text.ts';
import { parseYamlText, type ParsedYaml, type Position } from './yaml.ts';

/** Where an entry's fields are in its file, for rules that report after the schema has run. */
export interface EntrySource {
  yaml: ParsedYaml;
  /** Path of the entry inside the file's YAML (the item index in a list file). */
  yamlPath: PropertyKey[];
  /** What field names are prefixed with (the question id in a quiz file). */
  prefix: string;
}

export interface BodyInfo {
  links: BodyLink[];
  texts: BodyText[];
  hasText: boolean;
  headingIds: string[];
}

export interface SvgInfo {
  file: string;
  /** Printed again from the parsed tree with only allowed elements and attributes. */
  svg: string;
  texts: { text: string; line: number; column: number }[];
}

export interface ReadResult {
  content: SiteContent;
  campaign?: Entry<CampaignData> | undefined;
  problems: Problem[];
  sources: Map<Entry<unknown>, EntrySource>;
  bodies: Map<Entry<unknown>, BodyInfo>;
  svgs: { signs: Map<string, SvgInfo>; scenes: Map<string, SvgInfo>; illustrations: Map<string, SvgInfo>; pictures: Map<string, SvgInfo> };
  /** Every file read, relative to the project root. */
  files: string[];
  /** ids of entries whose file exists but was rejected (so references to them are not reported again). */
  rejected: Set<string>;
  /** Names of the key-action pictures (src/assets/pictures/<name>.svg, beside the illustrations) lessons may show. */
  pictureNames: Set<string>;
}

/** What may live in each folder of content/; anything else is reported, since the site would ignore it. */
const LAYOUT: Record<string, string[]> = {
  topics: ['.mdx'],
  cases: ['.mdx'],
  quiz: ['.yaml'],
  signs: ['.yaml', '.svg'],
  scenes: ['.yaml', '.svg'],
};
const ROOT_FILES = ['README.md', 'ask.yaml', 'campaign.yaml', 'checklist.yaml', 'phone-numbers.yaml'];
const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(mdx|yaml|svg)$/;

export function readAll(
  projectRoot: string,
  contentDir = join(projectRoot, 'content'),
  illustrationsDir = join(projectRoot, 'src/assets/illustrations'),
  picturesDir = join(projectRoot, 'src/assets/pictures'),
): ReadResult {
  const problems: Problem[] = [];
  const sources = new Map<Entry<unknown>, EntrySource>();
  const bodies = new Map<Entry<unknown>, BodyInfo>();
  const files: string[] = [];
  const rejected = new Set<string>();
  const relative = (file: string) => (file.startsWith(`${projectRoot}/`) ? file.slice(projectRoot.length + 1) : file);
  const idOf = (file: string) =>
    file
      .split('/')
      .pop()!
      .replace(/\.(mdx|yaml|svg)$/, '');

  /** Reads and decodes a file; undefined (with problems recorded) when it cannot be used. */
  function readText(file: string, kind: FileKind): string | undefined {
    const name = relative(file);
    // A folder named like a content file (topics/old.mdx/, left by a copy or an unzip) would crash the read; the
    // check for unexpected files below reports it.
    if (statSync(file).isDirectory()) return undefined;
    files.push(name);
    const decoded = decodeContentFile(readFileSync(file), name, kind);
    if ('problems' in decoded) {
      problems.push(...decoded.problems);
      return undefined;
    }
    return decoded.text;
  }

  function listFolder(folder: string, extension: string): string[] {
    const dir = join(contentDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith(extension))
      .sort()
      .map((name) => join(dir, name));
  }

  function parseYamlFile(file: string, kind: FileKind): ParsedYaml | undefined {
    const text = readText(file, kind);
    if (text === undefined) return undefined;
    if (text.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('#'))) {
      problems.push({ file: relative(file), field: '(file)', message: '文件是空的：请按 content/README.md 填写内容，或删掉这个文件 (the file is empty)' });
      return undefined;
    }
    const parsed = parseYamlText(text, relative(file));
    if ('problems' in parsed) {
      problems.push(...parsed.problems);
      return undefined;
    }
    return parsed.yaml;
  }

  function expectMapping(yaml: ParsedYaml, file: string): boolean {
    const value = yaml.value;
    if (value && typeof value === 'object' && !Array.isArray(value)) return true;
    problems.push({
      file: relative(file),
      field: '(file)',
      ...yaml.locate([]),
      message: '文件应为一组“字段: 值”（不是列表，也不是一句话） (the file must be a YAML mapping of fields)',
    });
    return false;
  }

  function checkFileName(file: string): void {
    const name = file.split('/').pop()!;
    if (!FILE_NAME.test(name)) {
      problems.push({
        file: relative(file),
        field: '(file name)',
        message: '文件名就是网址：只能用小写英文字母、数字和连字符，例如 gas-leak.mdx (file name must be kebab-case)',
      });
    }
  }

  function mdxEntries<S extends z.ZodType>(folder: string, schema: S, kind: FileKind, files = listFolder(folder, '.mdx'), idFor = idOf): Entry<z.infer<S>>[] {
    return files.flatMap((file) => {
      checkFileName(file);
      const text = readText(file, kind);
      if (text === undefined) {
        rejected.add(idFor(file));
        return [];
      }
      const name = relative(file);
      const match = /^---\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/.exec(text);
      if (!match) {
        problems.push({
          file: name,
          field: '(frontmatter)',
          line: 1,
          message: '文件开头要有用 --- 包起来的 frontmatter（第一行就是 ---） (the file must start with --- frontmatter ---)',
        });
        return [];
      }
      const frontmatter = match[1] ?? '';
      const body = text.slice(match[0].length);
      const bodyCheck = checkMdxBody(text, name);
      problems.push(...bodyCheck.problems);
      if (frontmatter.trim() === '') {
        problems.push({ file: name, field: '(frontmatter)', line: 1, message: 'frontmatter 是空的 (the frontmatter is empty)' });
        return [];
      }
      const parsed = parseYamlText(frontmatter, name, 2);
      if ('problems' in parsed) {
        problems.push(...parsed.problems);
        return [];
      }
      if (!expectMapping(parsed.yaml, file)) return [];
      const data = runSchema(schema, parsed.yaml.value, { file: name, yaml: parsed.yaml, problems });
      if (data === undefined) {
        rejected.add(idFor(file));
        return [];
      }
      const entry: Entry<z.infer<S>> = { id: idFor(file), filePath: name, data, body };
      sources.set(entry, { yaml: parsed.yaml, yamlPath: [], prefix: '' });
      bodies.set(entry, bodyCheck);
      return [entry];
    });
  }

  function yamlEntries<S extends z.ZodType>(folder: string, schema: S, kind: FileKind): Entry<z.infer<S>>[] {
    return listFolder(folder, '.yaml').flatMap((file) => {
      checkFileName(file);
      const yaml = parseYamlFile(file, kind);
      if (!yaml || !expectMapping(yaml, file)) {
        rejected.add(idOf(file));
        return [];
      }
      const name = relative(file);
      const data = runSchema(schema, yaml.value, { file: name, yaml, problems });
      if (data === undefined) {
        rejected.add(idOf(file));
        return [];
      }
      const entry: Entry<z.infer<S>> = { id: idOf(file), filePath: name, data };
      sources.set(entry, { yaml, yamlPath: [], prefix: '' });
      return [entry];
    });
  }

  function yamlListEntries<S extends z.ZodType>(paths: string[], schema: S, idField: string, kind: FileKind): Entry<z.infer<S>>[] {
    const seen = new Map<string, string>();
    return paths.flatMap((file) => {
      if (!existsSync(file)) {
        problems.push({ file: relative(file), field: '(file)', message: '找不到这个文件 (file is missing)' });
        return [];
      }
      checkFileName(file);
      const yaml = parseYamlFile(file, kind);
      if (!yaml) return [];
      const name = relative(file);
      if (!Array.isArray(yaml.value)) {
        problems.push({
          file: name,
          field: '(file)',
          ...yaml.locate([]),
          message: '文件应为一个列表，每一项以“- ”开头 (the file must be a YAML list of entries)',
        });
        return [];
      }
      return yaml.value.flatMap((item: unknown, index) => {
        const record = item && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : undefined;
        const rawId = record?.[idField];
        if (typeof rawId !== 'string' && typeof rawId !== 'number') {
          problems.push({
            file: name,
            field: `[${index}].${idField}`,
            ...yaml.locate([index]),
            message: `第${index + 1}项缺少 ${idField} (item ${index + 1} has no "${idField}")`,
          });
          return [];
        }
        const id = String(rawId);
        const earlier = seen.get(id);
        if (earlier) {
          problems.push({
            file: name,
            field: `${id}.${idField}`,
            ...yaml.locate([index, idField]),
            message: `${idField} “${id}” 重复，已在 ${earlier} 中使用 (duplicate id, also in ${earlier})`,
          });
        }
        seen.set(id, name);
        const data = runSchema(schema, item, { file: name, yaml, yamlPath: [index], prefix: `${id}.`, problems });
        if (data === undefined) {
          rejected.add(id);
          return [];
        }
        const entry: Entry<z.infer<S>> = { id, filePath: name, data };
        sources.set(entry, { yaml, yamlPath: [index], prefix: `${id}.` });
        return [entry];
      });
    });
  }

  function objectEntry<S extends z.ZodType>(fileName: string, schema: S, id: string, required: boolean): Entry<z.infer<S>> | undefined {
    const file = join(contentDir, fileName);
    if (!existsSync(file)) {
      if (required) problems.push({ file: relative(file), field: '(file)', message: '找不到这个文件 (file is missing)' });
      return undefined;
    }
    const yaml = parseYamlFile(file, 'data');
    if (!yaml || !expectMapping(yaml, file)) return undefined;
    const data = runSchema(schema, yaml.value, { file: relative(file), yaml, problems });
    if (data === undefined) return undefined;
    const entry: Entry<z.infer<S>> = { id, filePath: relative(file), data };
    sources.set(entry, { yaml, yamlPath: [], prefix: '' });
    return entry;
  }

  function svgFiles(dir: string, kind: FileKind): Map<string, SvgInfo> {
    const result = new Map<string, SvgInfo>();
    if (!existsSync(dir)) return result;
    for (const name of readdirSync(dir)
      .filter((entry) => entry.endsWith('.svg'))
      .sort()) {
      const file = join(dir, name);
      checkFileName(file);
      const text = readText(file, kind);
      if (text === undefined) continue;
      const checked = checkSvg(text, relative(file), { requireTitle: true });
      problems.push(...checked.problems);
      // A picture with problems is still listed (so "missing SVG" is not reported on top), but empty.
      result.set(idOf(file), { file: relative(file), svg: checked.svg, texts: checked.texts });
    }
    return result;
  }

  /**
   * Lessons live one folder per topic, one file per audience: lessons/<topic>/<audience>.mdx, id
   * `<topic>/<audience>`. Anything else in lessons/ is reported (the site would ignore it).
   */
  function lessonFiles(): string[] {
    const dir = join(contentDir, 'lessons');
    if (!existsSync(dir)) return [];
    const found: string[] = [];
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      if (!statSync(path).isDirectory()) {
        problems.push({
          file: relative(path),
          field: '(file name)',
          message: `教案放在 lessons/<主题>/<对象>.mdx，例如 lessons/ebike/junior.mdx（对象：${AUDIENCES.join('、')}） (lessons go in lessons/<topic>/<audience>.mdx)`,
        });
        continue;
      }
      for (const child of readdirSync(path).sort()) {
        if (child.startsWith('.')) continue;
        const childPath = join(path, child);
        const audience = child.replace(/\.mdx$/, '');
        if (statSync(childPath).isDirectory() || !child.endsWith('.mdx') || !(AUDIENCES as readonly string[]).includes(audience)) {
          problems.push({
            file: relative(childPath),
            field: '(file name)',
            message: `教案文件名就是对象：只能是 ${AUDIENCES.map((id) => `${id}.mdx`).join('、')} (a lesson file is named after its audience)`,
          });
          continue;
        }
        found.push(childPath);
      }
    }
    return found;
  }
  const lessonId = (file: string) =>
    file
      .split('/')
      .slice(-2)
      .join('/')
      .replace(/\.mdx$/, '');

  // Files the site would silently ignore.
  if (!existsSync(contentDir)) {
    problems.push({ file: relative(contentDir), field: '(folder)', message: '找不到 content 文件夹 (content/ is missing)' });
  } else {
    for (const name of readdirSync(contentDir).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(contentDir, name);
      if (statSync(path).isDirectory()) {
        if (name === 'lessons') continue; // checked by lessonFiles()
        const extensions = LAYOUT[name];
        if (!extensions) {
          problems.push({
            file: relative(path),
            field: '(folder)',
            message: `网站不读取这个文件夹；内容放在 ${[...Object.keys(LAYOUT), 'lessons'].join('、')} 里 (unknown folder)`,
          });
          continue;
        }
        for (const child of readdirSync(path).sort()) {
          if (child.startsWith('.')) continue;
          const childPath = join(path, child);
          if (statSync(childPath).isDirectory() || !extensions.some((extension) => child.endsWith(extension))) {
            problems.push({
              file: relative(childPath),
              field: '(file name)',
              message: `网站不会读取这个文件：${name}/ 里只放 ${extensions.join('、')} 文件（是不是扩展名写错了？） (unexpected file: only ${extensions.join(', ')} here)`,
            });
          }
        }
      } else if (!ROOT_FILES.includes(name)) {
        problems.push({
          file: relative(path),
          field: '(file name)',
          message: `网站不会读取这个文件；content/ 根目录只放 ${ROOT_FILES.join('、')} (unexpected file)`,
        });
      }
    }
  }

  const content: SiteContent = {
    topics: mdxEntries('topics', topicSchema, 'topic'),
    signs: yamlEntries('signs', signSchema, 'sign'),
    cases: mdxEntries('cases', caseSchema, 'case'),
    lessons: mdxEntries('lessons', lessonSchema, 'lesson', lessonFiles(), lessonId),
    quiz: yamlListEntries(listFolder('quiz', '.yaml'), questionSchema, 'id', 'quiz'),
    phoneNumbers: yamlListEntries([join(contentDir, 'phone-numbers.yaml')], phoneNumberSchema, 'number', 'data'),
    scenes: yamlEntries('scenes', sceneSchema, 'scene'),
    ask: existsSync(join(contentDir, 'ask.yaml')) ? yamlListEntries([join(contentDir, 'ask.yaml')], askEntrySchema, 'id', 'ask') : [],
  };
  const checklist = objectEntry('checklist.yaml', checklistSchema, 'checklist', false);
  if (checklist) content.checklist = checklist;
  const campaign = objectEntry('campaign.yaml', campaignSchema, 'campaign', true);

  const svgs = {
    signs: svgFiles(join(contentDir, 'signs'), 'signSvg'),
    scenes: svgFiles(join(contentDir, 'scenes'), 'sceneSvg'),
    illustrations: svgFiles(illustrationsDir, 'illustration'),
    pictures: svgFiles(picturesDir, 'picture'),
  };
  const pictureNames = new Set(svgs.pictures.keys());
  return { content, campaign, problems, sources, bodies, svgs, files, rejected, pictureNames };
}

/** The line and column of `path` inside an entry's data, when its file was YAML. */
export function positionOf(sources: Map<Entry<unknown>, EntrySource>, entry: Entry<unknown>, path: readonly PropertyKey[]): Position | undefined {
  const source = sources.get(entry);
  return source?.yaml.locate([...source.yamlPath, ...path]);
}
