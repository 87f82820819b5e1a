import type { Payload } from 'payload'
import { deferredQueue } from '../../limits/deferredQueue'
import type { RegistrationTarget } from '../targets/loadTarget'
import { notifyPromoted } from './notifyPromoted'
import type { RegistrationRow } from './rows'

/** Promotion emails, sent after the answer to the cancellation (a visitor need not wait for them). */
const noticeQueue = deferredQueue('registrations.notices', { deferMs: 0, maxWaiting: 1000 })

export function queuePromotionNotices(payload: Payload, target: RegistrationTarget, promoted: RegistrationRow[]): void {
  if (promoted.length === 0) return
  const queued = noticeQueue.enqueue({
    run: () => notifyPromoted(payload, target, promoted),
    onError: (error) =>
      payload.logger.error({ msg: 'Inschrijvingen: berichten over vrijgekomen plaatsen mislukt', err: error }),
  })
  if (!queued)
    payload.logger.error({ msg: `Inschrijvingen: te veel berichten tegelijk; ${promoted.length} niet verstuurd` })
}

/** Resolves when every queued promotion email has been handled (tests). */
export const registrationNoticesSent = (): Promise<void> => noticeQueue.processed()
