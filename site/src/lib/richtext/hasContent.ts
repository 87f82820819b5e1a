import { renderLexical } from './renderLexical'

/**
 * Whether rich text shows anything at all, so a section heading is not left above nothing (an
 * editor may save a field with only an empty paragraph). Link targets do not matter here: a link
 * keeps its text either way.
 */
export const hasRichContent = (value: unknown): boolean =>
  renderLexical(value, { resolveInternalLink: () => undefined, mediaPublicUrl: (url) => url }).length > 0
