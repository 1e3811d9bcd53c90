// node /tmp/montage.mjs out.png cols scale files...
import sharp from 'sharp';
const [out, cols, scale, ...files] = process.argv.slice(2);
const metas = await Promise.all(files.map((f) => sharp(f).metadata()));
const w = Math.round(metas[0].width * Number(scale)),
  h = Math.round(metas[0].height * Number(scale));
const c = Number(cols),
  rows = Math.ceil(files.length / c);
const tiles = await Promise.all(files.map((f) => sharp(f).resize(w, h).toBuffer()));
await sharp({ create: { width: c * (w + 6), height: rows * (h + 6), channels: 3, background: '#888' } })
  .composite(tiles.map((input, i) => ({ input, left: (i % c) * (w + 6), top: Math.floor(i / c) * (h + 6) })))
  .png()
  .toFile(out);
console.log(out);
