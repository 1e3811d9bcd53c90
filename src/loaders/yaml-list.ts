import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseYaml } from '../lib/yaml.ts';

interface YamlListOptions {
  /** Folder (relative to the project root) whose *.yaml files each hold a list of entries, or one file. */
  path: string;
  /** Which field of an item is its id. */
  idField: string;
}

/**
 * Loads YAML files that each hold a list of entries (one quiz file per topic, the phone-number list).
 * Astro's own `file()` loader only logs a YAML syntax error and carries on with an empty collection;
 * content errors must stop the build, so this loader throws, naming the file, the item and the field.
 */
export function yamlList({ path, idField }: YamlListOptions): Loader {
  return {
    name: 'lifeline-yaml-list',
    load: async ({ config, store, parseData, logger }) => {
      const root = fileURLToPath(config.root);
      const absolute = join(root, path);
      const files = path.endsWith('.yaml')
        ? [absolute]
        : !existsSync(absolute)
          ? []
          : (await readdir(absolute)).filter((name) => name.endsWith('.yaml')).sort().map((name) => join(absolute, name));
      store.clear();
      const seen = new Map<string, string>();
      for (const file of files) {
        const filePath = relative(root, file);
        const items = parseYaml(await readFile(file, 'utf8'), filePath);
        if (!Array.isArray(items)) {
          throw new Error(`${filePath}: 文件应为一个列表 (the file must be a YAML list of entries)`);
        }
        for (const [index, item] of items.entries()) {
          const id = item && typeof item === 'object' ? (item as Record<string, unknown>)[idField] : undefined;
          if (typeof id !== 'string' && typeof id !== 'number') {
            throw new Error(`${filePath}: 第${index + 1}项缺少 ${idField} (item ${index + 1} has no "${idField}")`);
          }
          const key = String(id);
          const earlier = seen.get(key);
          if (earlier) {
            throw new Error(`${filePath}: ${idField} “${key}” 重复，已在 ${earlier} 中使用 (duplicate id, also in ${earlier})`);
          }
          seen.set(key, filePath);
          const data = await parseData({ id: key, data: item as Record<string, unknown>, filePath: file });
          store.set({ id: key, data, filePath });
        }
      }
      logger.debug(`loaded ${seen.size} entries from ${path}`);
    },
  };
}

/** Loads one YAML file that holds a single object, as an entry with the given id. */
export function yamlObject(path: string, id: string): Loader {
  return {
    name: 'lifeline-yaml-object',
    load: async ({ config, store, parseData }) => {
      const root = fileURLToPath(config.root);
      const file = join(root, path);
      const data = parseYaml(await readFile(file, 'utf8'), path);
      if (!data || typeof data !== 'object' || Array.isArray(data)) {
        throw new Error(`${path}: 文件应为一个对象 (the file must be a YAML mapping)`);
      }
      store.clear();
      store.set({ id, data: await parseData({ id, data: data as Record<string, unknown>, filePath: file }), filePath: path });
    },
  };
}
