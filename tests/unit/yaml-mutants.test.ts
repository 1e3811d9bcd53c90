// The YAML reader used outside the content check (src/lib/yaml.ts), at its edge: a mistake js-yaml
// reports without a place still names the file, with no made-up line.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/yaml.ts';

describe('a YAML mistake with no line', () => {
  it('two documents in one file: the file is named, and no line is given', () => {
    expect(() => parseYaml('a: 1\n---\nb: 2\n', 'quiz/gas.yaml')).toThrow(
      /^quiz\/gas\.yaml: YAML 格式错误: expected a single document in the stream, but found more$/,
    );
  });
});
