import sharp from 'sharp'

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char]!)

/** Brand-coloured backgrounds for generated images, picked by a stable hash of the label. */
const palettes = [
  ['#0b4f6c', '#e8f1f5'],
  ['#1b5e4b', '#e6f2ee'],
  ['#5b3a7a', '#f1ebf6'],
  ['#7a3b1b', '#f7ede6'],
]

function hash(text: string): number {
  let value = 0
  for (const char of text) value = (value * 31 + char.charCodeAt(0)) >>> 0
  return value
}

/** A 1600×900 PNG with the label in large type: generated locally, no downloads. */
export async function placeholderImage(label: string): Promise<Buffer> {
  const [background, foreground] = palettes[hash(label) % palettes.length]!
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
  <rect width="1600" height="900" fill="${background}"/>
  <circle cx="1320" cy="180" r="260" fill="${foreground}" fill-opacity="0.12"/>
  <circle cx="220" cy="820" r="340" fill="${foreground}" fill-opacity="0.08"/>
  <text x="120" y="500" font-family="DejaVu Sans, Arial, sans-serif" font-size="88" font-weight="700" fill="${foreground}">${escapeXml(label)}</text>
  <text x="120" y="600" font-family="DejaVu Sans, Arial, sans-serif" font-size="40" fill="${foreground}" fill-opacity="0.8">Met Andere Ogen</text>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}

const minorWords = new Set(['de', 'het', 'een', 'van', 'voor', 'en', 'in', 'op', 'der', '&'])

/**
 * Up to five letters for a generated logo: the first acronym in the name ("VNG", "PO-Raad" → "PO",
 * "Ministerie van OCW" → "OCW"), otherwise the initials of its main words ("Jeugdzorg Nederland"
 * → "JN"). Text in brackets is left out.
 */
export function logoInitials(name: string): string {
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s/]+/)
    .filter((word) => word && !minorWords.has(word.toLowerCase()))
  const acronym = words.map((word) => word.split('-')[0] ?? '').find((part) => /^\p{Lu}{2}/u.test(part))
  const letters = acronym
    ? (acronym.match(/[\p{Lu}\d]/gu) ?? [])
    : words.map((word) => word.match(/[\p{L}\d]/u)?.[0]?.toUpperCase() ?? '')
  return letters.join('').slice(0, 5) || '?'
}

/** A 400×400 PNG logo stand-in: the name's initials on a brand-coloured tile, generated locally. */
export async function placeholderLogo(name: string): Promise<Buffer> {
  const [background, foreground] = palettes[hash(name) % palettes.length]!
  const initials = logoInitials(name)
  const fontSize = [170, 170, 170, 130, 100, 80][initials.length] ?? 80
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400">
  <rect width="400" height="400" rx="40" fill="${background}"/>
  <text x="200" y="200" dy="0.35em" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-size="${fontSize}" font-weight="700" fill="${foreground}">${escapeXml(initials)}</text>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
