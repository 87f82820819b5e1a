import { SUMMARY_MAX_LENGTH } from '../../fields/summary'

/** A first summary from a visitor's text: whole words up to the summary's limit, for the editor to rewrite. */
export function summaryFrom(text: string, max = SUMMARY_MAX_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:!?-]+$/, '')}…`
}
