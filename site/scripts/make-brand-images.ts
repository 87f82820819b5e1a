/**
 * Regenerates the static brand images in public/ (favicon, touch icon, default social image)
 * from SVG with sharp. Run after changing the mark or the colours:
 *   npx -y pnpm@10 exec node scripts/make-brand-images.ts
 * The colours match the palette in src/styles/tokens.css.
 */
import { writeFile } from 'node:fs/promises'
import sharp from 'sharp'

const navy = '#0b2540'
const teal = '#0b6b66'
const light = '#e3edf6'
const white = '#ffffff'

const mark = (x: number, y: number, scale: number, stroke: string, pupil: string): string => `
  <g transform="translate(${x} ${y}) scale(${scale})" fill="none" stroke="${stroke}" stroke-width="2">
    <ellipse cx="12" cy="12" rx="11" ry="8"/><ellipse cx="28" cy="12" rx="11" ry="8"/>
    <circle cx="12" cy="12" r="3.5" fill="${pupil}" stroke="none"/><circle cx="28" cy="12" r="3.5" fill="${pupil}" stroke="none"/>
  </g>`

const faviconSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="12" fill="${navy}"/>${mark(4, 20, 1.4, white, white)}
</svg>`

const ogSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">
  <rect width="1200" height="630" fill="${navy}"/>
  <rect y="560" width="1200" height="70" fill="${teal}"/>
  ${mark(100, 150, 6, light, white)}
  <text x="100" y="400" font-family="DejaVu Sans, Arial, sans-serif" font-size="84" font-weight="700" fill="${white}">Met Andere Ogen</text>
  <text x="100" y="480" font-family="DejaVu Sans, Arial, sans-serif" font-size="34" fill="${light}">Samen leren wat werkt voor kinderen</text>
  <text x="100" y="525" font-family="DejaVu Sans, Arial, sans-serif" font-size="34" fill="${light}">die onderwijs én zorg nodig hebben</text>
</svg>`

/** An .ico file holding one PNG image (supported by every current browser). */
function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(1, 4)
  const entry = Buffer.alloc(16)
  entry.writeUInt8(size, 0)
  entry.writeUInt8(size, 1)
  entry.writeUInt8(0, 2)
  entry.writeUInt8(0, 3)
  entry.writeUInt16LE(1, 4)
  entry.writeUInt16LE(32, 6)
  entry.writeUInt32LE(png.length, 8)
  entry.writeUInt32LE(22, 12)
  return Buffer.concat([header, entry, png])
}

const publicDir = new URL('../public/', import.meta.url)
await writeFile(new URL('favicon.svg', publicDir), faviconSvg)
const png32 = await sharp(Buffer.from(faviconSvg)).resize(32, 32).png().toBuffer()
await writeFile(new URL('favicon.ico', publicDir), icoFromPng(png32, 32))
await writeFile(
  new URL('apple-touch-icon.png', publicDir),
  await sharp(Buffer.from(faviconSvg)).resize(180, 180).png().toBuffer(),
)
await writeFile(
  new URL('og-default.png', publicDir),
  await sharp(Buffer.from(ogSvg)).png({ compressionLevel: 9 }).toBuffer(),
)
console.log('Wrote favicon.svg, favicon.ico, apple-touch-icon.png and og-default.png to public/')
