import type { Payload } from 'payload'
import { requestSiteRebuild } from '../../rebuild'
import type { RegistrationTarget } from '../targets/loadTarget'

/** The site shows each target's counts and whether it is open, full or closed: rebuild it. */
export function requestRegistrationRebuild(payload: Payload, target: RegistrationTarget, what: string): void {
  requestSiteRebuild(payload, `${what}: ${target.title}`)
}
