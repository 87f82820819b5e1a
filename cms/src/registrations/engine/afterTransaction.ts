import type { PayloadRequest } from 'payload'

const POLL_MS = 25
const GIVE_UP_MS = 60_000

type Sessions = { sessions?: Record<string, unknown> }

/**
 * Runs `work` once the transaction `req` runs in (if any) has ended, without holding up the
 * request: Payload has no after-commit hook, and work outside the transaction that needs its
 * writes (or that writes itself, on SQLite) must wait for it. Both adapters keep open transactions
 * in `db.sessions` until they end. Failures are logged.
 */
export function afterTransaction(req: PayloadRequest, what: string, work: () => Promise<void>): void {
  const pending = req.transactionID
  const sessions = (req.payload.db as unknown as Sessions).sessions
  void (async () => {
    const id = pending instanceof Promise ? await pending : pending
    const deadline = Date.now() + GIVE_UP_MS
    while (id !== undefined && id !== null && sessions?.[String(id)] && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    await work()
  })().catch((error: unknown) => req.payload.logger.error({ msg: `Inschrijvingen: ${what} mislukt`, err: error }))
}
