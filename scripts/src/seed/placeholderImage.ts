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
