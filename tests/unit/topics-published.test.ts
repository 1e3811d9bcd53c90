// The knowledge base is complete: all eleven topics, each long enough, sourced and structured as the
// content guide asks (../shared/CONTENT-GUIDE.md).
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { topicHanzi } from '../../src/lib/topic-stats.ts';
import { KEY_ACTION_MAX_CHARS } from '../../src/schemas/topic.ts';
import { PROJECT_ROOT } from './helpers.ts';

const CORE = ['life-passage', 'evacuation', 'gas', 'ebike', 'drowning'];
const MORE = ['electricity', 'elevator', 'earthquake', 'home-check', 'crowded-places', 'report-hazards'];
const { content } = readContent(PROJECT_ROOT);
const topic = (id: string) => content.topics.find((entry) => entry.id === id);

describe('the eleven topics', () => {
  it('are all published, with the tier the design gives them', () => {
    for (const id of CORE) expect(topic(id)?.data.tier, id).toBe('core');
    for (const id of MORE) expect(topic(id)?.data.tier, id).toBe('more');
  });

  for (const id of [...CORE, ...MORE]) {
    const isCore = CORE.includes(id);
    it(`${id}: long enough, 3–5 short key actions, do and don't, myths, rules and sources`, () => {
      const entry = topic(id);
      if (!entry) throw new Error(`${id} is missing`);
      const { data } = entry;
      expect(topicHanzi(data, entry.body ?? ''), 'Chinese characters').toBeGreaterThanOrEqual(isCore ? 2500 : 1200);
      expect(data.keyActions.length).toBeGreaterThanOrEqual(3);
      expect(data.keyActions.length).toBeLessThanOrEqual(5);
      for (const action of data.keyActions) expect([...action.text].length, action.text).toBeLessThanOrEqual(KEY_ACTION_MAX_CHARS);
      expect(data.dos.length).toBeGreaterThan(0);
      expect(data.donts.length).toBeGreaterThan(0);
      expect(data.myths.length, 'myths').toBeGreaterThanOrEqual(isCore ? 3 : 1);
      expect(data.rules.length, 'rules with their clauses').toBeGreaterThan(0);
      expect(data.sources.length, 'sources').toBeGreaterThanOrEqual(isCore ? 3 : 2);
      expect(
        data.sources.some((source) => ['law', 'regulation', 'standard'].includes(source.kind)),
        'a law, regulation or standard',
      ).toBe(true);
      expect(data.summary).not.toContain('编写中');
      if (isCore) expect(data.illustrations.length, 'illustrations').toBeGreaterThan(0);
      for (const picture of data.illustrations) expect(picture.alt.length, picture.file).toBeGreaterThan(10);
      // Body sections carry ids so quiz explanations can link to them.
      expect(entry.body ?? '').toMatch(/<h2 id="[a-z0-9-]+">/);
    });
  }
});
