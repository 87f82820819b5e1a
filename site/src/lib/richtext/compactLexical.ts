/**
 * Lexical node keys that neither the renderer nor the search read: editor state (version,
 * direction, indent, mode, style, detail, textFormat, textStyle) and a `format` of 0 or ''.
 * Text carries most of a document, but these keys made up about a third of the rich text that
 * the build keeps in memory (10,000 documents: about 12 MB).
 */
const UNUSED_KEYS = new Set(['version', 'direction', 'indent', 'mode', 'style', 'detail', 'textFormat', 'textStyle'])

const isDefaultFormat = (key: string, value: unknown) => key === 'format' && (value === 0 || value === '')

function compactNode(node: unknown): unknown {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return node
  const compact: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (UNUSED_KEYS.has(key) || isDefaultFormat(key, value)) continue
    compact[key] = key === 'children' && Array.isArray(value) ? value.map(compactNode) : value
  }
  return compact
}

/**
 * A copy of Lexical JSON without the keys above, node by node down the `children` arrays.
 * Everything else (text, types, tags, list types, link and upload fields) is kept as it is.
 */
export function compactLexical<T extends { root: unknown }>(value: T): T {
  return { ...value, root: compactNode(value.root) }
}
