import type { Payload } from 'payload'
import { getRebuildScheduler } from '../../rebuild/rebuildScheduler'
import { isRebuildEnabled } from '../../rebuild/settings'

/** A sent edition belongs in the site's archive (/nieuwsbrief/archief): ask for a site build. */
export function requestArchiveRebuild(payload: Payload, edition: number): void {
  if (!isRebuildEnabled()) return
  getRebuildScheduler().request(`Nieuwsupdate ${edition} verstuurd (archief)`, { payload })
}
