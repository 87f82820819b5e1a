const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })

/** A build's duration for editors: "0,4 s", "6,2 s", "42 s", "1 min 5 s". */
export function formatDuration(ms: number): string {
  const seconds = ms / 1000
  if (seconds < 9.95) return `${oneDecimal.format(Math.round(seconds * 10) / 10)} s`
  const whole = Math.round(seconds)
  if (whole < 60) return `${whole} s`
  const rest = whole % 60
  return rest ? `${Math.floor(whole / 60)} min ${rest} s` : `${whole / 60} min`
}

const PATHS_SHOWN = 3

/**
 * What a build rebuilt, at a glance in the list: "3 van 352: /, /nieuws/, /nieuws/a/ …".
 * Empty when the build sent no report.
 */
export function describeRebuiltPages({
  rendered,
  reused,
  paths,
}: {
  rendered: number | null | undefined
  reused: number | null | undefined
  paths: string | null | undefined
}): string {
  if (typeof rendered !== 'number') return ''
  const count = typeof reused === 'number' ? `${rendered} van ${rendered + reused}` : String(rendered)
  const list = (paths ?? '').split('\n').filter(Boolean)
  if (list.length === 0) return count
  const more = rendered > PATHS_SHOWN ? ' …' : ''
  return `${count}: ${list.slice(0, PATHS_SHOWN).join(', ')}${more}`
}
