import { load, YAMLException } from 'js-yaml';

/**
 * Parses YAML the way Astro's content layer does (js-yaml, default schema), and turns a syntax error
 * into one line that names the file and the line.
 */
export function parseYaml(text: string, fileName: string): unknown {
  try {
    return load(text, { filename: fileName });
  } catch (error) {
    if (error instanceof YAMLException) {
      const line = error.mark ? ` 第${error.mark.line + 1}行 (line ${error.mark.line + 1})` : '';
      throw new Error(`${fileName}: YAML 格式错误${line}: ${error.reason}`);
    }
    throw error;
  }
}
