import type { PayloadRequest } from 'payload'
import { transactionEnded } from '../../hooks/transactionEnded'
import { deferredQueue } from '../../limits/deferredQueue'

const queue = deferredQueue('contributors.reviewMails', { deferMs: 0, maxWaiting: 1000 })

/**
 * Runs a review mail after the save's transaction has ended, outside the request: a slow or
 * failing Resend never holds up or fails the save, and a save that is rolled back mails nothing
 * (the task reads the stored document). Failures are logged.
 */
export function queueReviewMail(req: PayloadRequest, what: string, send: () => Promise<void>): void {
  const committed = transactionEnded(req)
  const { logger } = req.payload
  const queued = queue.enqueue({
    run: async () => {
      await committed
      await send()
    },
    onError: (error) => logger.error({ err: error, msg: `Beoordeling: ${what} niet verstuurd` }),
  })
  if (!queued) logger.error({ msg: `Beoordeling: ${what} niet verstuurd (te veel e-mails in de wachtrij)` })
}

/** Resolves when every queued review mail has been handled (tests, shutdown). */
export const reviewMailsProcessed = (): Promise<void> => queue.processed()
