import type { Payload } from 'payload'
import { getRebuildScheduler } from './rebuildScheduler'
import { isRebuildEnabled } from './settings'

/**
 * Other features' way to say the site shows something that changed outside the collections the
 * rebuild plugin watches (a sent edition, counts, a list of aandeelhouders). Nothing when
 * rebuilds are off.
 */
export function requestSiteRebuild(payload: Payload, reason: string): void {
  if (!isRebuildEnabled()) return
  getRebuildScheduler().request(reason, { payload })
}
