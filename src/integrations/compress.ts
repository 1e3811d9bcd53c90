import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
/** Text files; Pagefind's index and WebAssembly are compressed already. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt)$/;

/**
 * Last step of the build: writes a .gz (gzip -9) and a .br (brotli) copy beside every text file, so a
 * server sends compressed files without compressing on each request: `npm start` (sirv) and nginx
 * (gzip_static on) both pick them up. A copy is written only when it is smaller.
 */
export function compress(): AstroIntegration {
  return {
    name: 'lifeline-compress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = (await readdir(dist, { recursive: true })).filter((file) => COMPRESSIBLE.test(file));
        let raw = 0;
        let gzipped = 0;
        await Promise.all(
          files.map(async (file) => {
            const bytes = await readFile(join(dist, file));
            const [gz, br] = await Promise.all([
              gzipAsync(bytes, { level: 9 }),
              brotliAsync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
            ]);
            raw += bytes.length;
            gzipped += Math.min(gz.length, bytes.length);
            if (gz.length < bytes.length) await writeFile(join(dist, `${file}.gz`), gz);
            if (br.length < bytes.length) await writeFile(join(dist, `${file}.br`), br);
          }),
        );
        logger.info(`${files.length} text files compressed: ${(raw / 1024 / 1024).toFixed(1)} MB → ${(gzipped / 1024 / 1024).toFixed(1)} MB with gzip`);
      },
    },
  };
}
