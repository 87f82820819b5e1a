import type { Payload } from 'payload'
import { getRebuildScheduler, isRebuildEnabled } from '../../rebuild'

/** A sent edition belongs in the site's archive (/nieuwsbrief/archief): ask for a site build. */
export function requestArchiveRebuild(payload: Payload, edition: number): void {
  if (!isRebuildEnabled()) return
  getRebuildScheduler().request(`Nieuwsupdate ${edition} verstuurd (archief)`, { payload })
}
