const SHOWN = 5
const MAX_LENGTH = 500

/** One line for the build log: the distinct changes that led to a build. */
export function summarizeReasons(reasons: string[]): string {
  const distinct = [...new Set(reasons.map((reason) => reason.trim()).filter(Boolean))]
  if (distinct.length === 0) return 'Onbekende wijziging'
  const shown = distinct.slice(0, SHOWN).join('; ')
  const rest = distinct.length - SHOWN
  const text = rest > 0 ? `${shown} (en nog ${rest})` : shown
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text
}
