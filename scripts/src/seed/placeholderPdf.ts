/**
 * A one-page PDF 1.4 written by hand (no dependency): the publication's title and a Dutch note
 * that the file stands in for the real document. The seed uploads one per publication.
 */

/** Windows-1252 bytes for the characters outside Latin-1 that Dutch text uses; Helvetica has them all. */
const WIN_ANSI_EXTRAS: Record<string, number> = {
  '€': 0x80,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
}

/** Text as a PDF literal string in WinAnsiEncoding: one byte per character, `\ ( )` escaped. */
function pdfText(text: string): string {
  let bytes = ''
  for (const char of text) {
    const code = char.codePointAt(0)!
    const byte = WIN_ANSI_EXTRAS[char] ?? (code < 0x100 && !(code >= 0x80 && code < 0xa0) ? code : 0x3f)
    bytes += String.fromCharCode(byte)
  }
  return `(${bytes.replace(/[\\()]/g, (char) => `\\${char}`)})`
}

/** Text as a UTF-16BE hex string with byte-order mark: any character, for the document information. */
function pdfUnicode(text: string): string {
  let hex = 'FEFF'
  for (let index = 0; index < text.length; index += 1) hex += text.charCodeAt(index).toString(16).padStart(4, '0')
  return `<${hex.toUpperCase()}>`
}

/** Greedy word wrap at `width` characters (a long word keeps its own line). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

const PAGE = { width: 595, height: 842, margin: 72 } // A4 in points

function contentStream(title: string): string {
  const titleLines = wrap(title, 40)
  const note = wrap(
    'Dit is een plaatsvervangend bestand. De echte publicatie is hier nog niet geplaatst; een redacteur vervangt dit bestand in het CMS.',
    75,
  )
  const top = PAGE.height - PAGE.margin
  const noteTop = top - 40 - titleLines.length * 24 - 16
  const lines = (leading: number, texts: string[]) => [
    `${leading} TL`,
    ...texts.map((text) => `${pdfText(text)} Tj T*`),
  ]
  return [
    'BT',
    `/F2 11 Tf ${PAGE.margin} ${top} Td`,
    `${pdfText('Met Andere Ogen')} Tj`,
    'ET',
    'BT',
    `/F1 20 Tf ${PAGE.margin} ${top - 40} Td`,
    ...lines(24, titleLines),
    'ET',
    'BT',
    `/F2 12 Tf ${PAGE.margin} ${noteTop} Td`,
    ...lines(16, note),
    'ET',
  ].join('\n')
}

/** A valid one-page PDF with `title` on it, as bytes. */
export function placeholderPdf(title: string): Buffer {
  const stream = contentStream(title)
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /Lang (nl-NL) >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    `<< /Title ${pdfUnicode(title)} /Producer (Met Andere Ogen seed) >>`,
  ]
  // Every character below is one byte (latin1), so string offsets are byte offsets.
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(body.length)
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xrefOffset = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
