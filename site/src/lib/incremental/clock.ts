import { recordDependency } from './dependencies'
import { clockKey } from './dependencyKeys'
import { currentBuild } from './incrementalBuild'

/**
 * Whether `instant` has come (at `now`, or else at this moment: in a build, the build's one "now").
 * Without `now` the page depends on the answer (key `clock:<ms>`): it is reused until the instant
 * passes, then rendered again, so "past event" and "registration closed" are as true as in a full
 * build.
 */
export function reached(instant: string | number, now?: number): boolean {
  const at = typeof instant === 'number' ? instant : Date.parse(instant)
  if (now !== undefined) return at <= now
  recordDependency(clockKey(at))
  return at <= (currentBuild()?.now ?? Date.now())
}
