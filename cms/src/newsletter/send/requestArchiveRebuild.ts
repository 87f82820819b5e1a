import type { Payload } from 'payload'
import { requestSiteRebuild } from '../../rebuild'

/** A sent edition belongs in the site's archive (/nieuwsbrief/archief): ask for a site build. */
export function requestArchiveRebuild(payload: Payload, edition: number): void {
  requestSiteRebuild(payload, `Nieuwsupdate ${edition} verstuurd (archief)`)
}
