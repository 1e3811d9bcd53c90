// The report guide's paths (src/lib/report-paths.ts), checked against the site's own lists: a number the
// page links must be on content/phone-numbers.yaml and callable there, a local number only named must be on
// it and marked not callable, and every "read more" link must reach a section the topic page has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_PATHS, REPORT_SOURCES } from '../../src/lib/report-paths.ts';
import { parseYaml } from '../../src/lib/yaml.ts';
import { sourcesSchema } from '../../src/schemas/source.ts';
import { PROJECT_ROOT } from './helpers.ts';

const phones = parseYaml(readFileSync(join(PROJECT_ROOT, 'content/phone-numbers.yaml'), 'utf8'), 'content/phone-numbers.yaml') as {
  number: string;
  callable?: boolean;
}[];
const callable = new Set(phones.filter((phone) => phone.callable !== false).map((phone) => phone.number));
const listed = new Set(phones.map((phone) => phone.number));

describe('the report guide’s paths', () => {
  it('have distinct ids usable as anchors, a situation, a first step and at least one step', () => {
    expect(new Set(REPORT_PATHS.map((path) => path.id)).size).toBe(REPORT_PATHS.length);
    for (const path of REPORT_PATHS) {
      expect(path.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(path.situation.length, path.id).toBeGreaterThan(0);
      expect(path.first.length, path.id).toBeGreaterThan(0);
      expect(path.steps.length, path.id).toBeGreaterThan(0);
      for (const step of path.steps) expect(step.text.length, path.id).toBeGreaterThan(0);
    }
  });

  it('link only numbers that are listed and callable', () => {
    for (const path of REPORT_PATHS) {
      for (const number of [path.number, ...path.steps.map((step) => step.call)].filter((value) => value !== undefined)) {
        expect(callable.has(number), `${path.id}: ${number}`).toBe(true);
      }
    }
  });

  it('name local numbers that are listed and marked not callable, never link them', () => {
    const mentions = REPORT_PATHS.flatMap((path) => path.steps.flatMap((step) => (step.mention ? [step.mention] : [])));
    expect(mentions.length).toBeGreaterThan(0);
    for (const number of mentions) {
      expect(listed.has(number), number).toBe(true);
      expect(callable.has(number), number).toBe(false);
    }
  });

  it('say the number a step links in the step’s own words', () => {
    for (const path of REPORT_PATHS) for (const step of path.steps) if (step.call) expect(step.text, path.id).toContain(step.call);
    for (const path of REPORT_PATHS) for (const step of path.steps) if (step.mention) expect(step.text, path.id).toContain(step.mention);
  });

  it('link to sections the topic pages have', () => {
    for (const path of REPORT_PATHS) {
      expect(path.more.length, path.id).toBeGreaterThan(0);
      for (const link of path.more) {
        const body = readFileSync(join(PROJECT_ROOT, 'content/topics', `${link.topic}.mdx`), 'utf8');
        expect(body, `${path.id} → ${link.topic}#${link.section}`).toContain(`id="${link.section}"`);
      }
    }
  });

  it('write a message only about a kind of hazard', () => {
    for (const path of REPORT_PATHS) if (path.templateKind !== undefined) expect(path.templateKind, path.id).toMatch(/隐患$/);
  });

  it('cite sources that pass the source schema', () => {
    expect(sourcesSchema.safeParse(REPORT_SOURCES).success).toBe(true);
  });
});
