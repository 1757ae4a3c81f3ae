/**
 * Placeholder "photos" for the sample caseload: a head-and-shoulders silhouette on a coloured background, drawn
 * from shapes only (no text, so no fonts, no real face), encoded as a small JPEG. A sample learner's photo is just
 * an index into the palette; the bytes are made once per index and reused, which keeps seeding fast.
 */
import sharp from 'sharp';

const PALETTE: [string, string][] = [
  ['#6a9fb5', '#2f5d73'], ['#d9a441', '#7a5412'], ['#8fb573', '#3f6b2a'], ['#c77d8f', '#6e3343'],
  ['#9b8fc7', '#463a7a'], ['#e0b48c', '#8a5a33'], ['#7fbfb0', '#2d6b5e'], ['#b0b0b0', '#4a4a4a'],
];
export const PHOTO_STYLES = PALETTE.length;

const cache = new Map<number, Promise<Buffer>>();

function svg(style: number): string {
  const [background, figure] = PALETTE[style % PALETTE.length]!;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="300" viewBox="0 0 240 300">
<rect width="240" height="300" fill="${background}"/>
<circle cx="120" cy="115" r="58" fill="${figure}"/>
<path d="M20 300 C 30 210, 80 185, 120 185 C 160 185, 210 210, 220 300 Z" fill="${figure}"/>
</svg>`;
}

/** The JPEG bytes for a palette index (the same bytes every time). */
export function samplePhoto(style: number): Promise<Buffer> {
  let bytes = cache.get(style);
  if (!bytes) {
    bytes = sharp(Buffer.from(svg(style))).jpeg({ quality: 80 }).toBuffer();
    cache.set(style, bytes);
  }
  return bytes;
}
