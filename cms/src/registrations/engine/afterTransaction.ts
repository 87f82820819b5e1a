import type { PayloadRequest } from 'payload'
import { transactionEnded } from '../../hooks/transactionEnded'

/**
 * Runs `work` once the transaction `req` runs in (if any) has ended, without holding up the
 * request: work outside the transaction that needs its writes (or that writes itself, on SQLite)
 * must wait for it. Failures are logged.
 */
export function afterTransaction(req: PayloadRequest, what: string, work: () => Promise<void>): void {
  transactionEnded(req)
    .then(work)
    .catch((error: unknown) => req.payload.logger.error({ msg: `Inschrijvingen: ${what} mislukt`, err: error }))
}
