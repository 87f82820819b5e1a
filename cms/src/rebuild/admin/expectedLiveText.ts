import { SITE_TIME_ZONE } from '@mao/shared/dates'

// Seconds matter here: incremental builds take a few of them.
const clock = new Intl.DateTimeFormat('nl-NL', { timeStyle: 'medium', timeZone: SITE_TIME_ZONE })

/** "14:03:20", in the site's time zone whatever the browser's. */
export const formatClock = (iso: string | Date): string => clock.format(new Date(iso))

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

function inAbout(ms: number): string {
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `over ongeveer ${plural(seconds, 'seconde', 'seconden')}`
  return `over ongeveer ${plural(Math.round(seconds / 60), 'minuut', 'minuten')}`
}

/**
 * While a build is planned or running: when the change will probably be live, from the status
 * endpoint's estimate and its clock (`now`). Undefined for a deploy hook, whose build runs
 * elsewhere; a plain sentence when there is no history to estimate from or the build overran.
 */
export function expectedLiveText({
  mode,
  expectedLiveAt,
  now,
}: {
  mode: 'local' | 'hook'
  expectedLiveAt: string | null
  now: string
}): string | undefined {
  if (mode === 'hook') return undefined
  if (!expectedLiveAt) return 'Hoe lang dit duurt, is nog niet te zeggen: er is nog geen eerdere geslaagde sitebuild.'
  const remaining = Date.parse(expectedLiveAt) - Date.parse(now)
  if (remaining < 500) return 'Dit duurt langer dan gewoonlijk; de wijziging staat zo live.'
  return `Naar verwachting live om ${formatClock(expectedLiveAt)} (${inAbout(remaining)}).`
}
