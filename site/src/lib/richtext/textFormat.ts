/** Lexical text format bit flags, outermost tag first. */
const formats: [bit: number, tag: string][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]

/** Wrap already escaped text in the tags its Lexical `format` bits ask for. */
export function applyTextFormat(escapedText: string, format: unknown): string {
  if (typeof format !== 'number' || format === 0) return escapedText
  return formats.reduceRight(
    (html, [bit, tag]) => ((format & bit) !== 0 ? `<${tag}>${html}</${tag}>` : html),
    escapedText,
  )
}
