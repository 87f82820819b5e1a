import type { PayloadRequest } from 'payload'

const POLL_MS = 25
/** A transaction open this long is stuck; the caller re-reads the document and decides anyway. */
const GIVE_UP_MS = 5 * 60_000

type Sessions = { sessions?: Record<string, unknown> }

/**
 * Resolves once the transaction `req` runs in (if any) has been committed or rolled back.
 * Payload has no after-commit hook: afterChange runs inside the transaction, so anything that
 * must only happen for a change that stuck (an email) waits for this and then reads the stored
 * document. The id is taken at once: Payload removes it from `req` when it commits. Both database
 * adapters keep open transactions in `db.sessions` until they end.
 */
export function transactionEnded(req: PayloadRequest): Promise<void> {
  const pending = req.transactionID
  const sessions = (req.payload.db as unknown as Sessions).sessions
  return (async () => {
    const id = pending instanceof Promise ? await pending : pending
    if (id === undefined || id === null || !sessions) return
    const deadline = Date.now() + GIVE_UP_MS
    while (sessions[String(id)] && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  })()
}
