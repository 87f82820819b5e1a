import type { Payload } from 'payload'

type State = { tail: Promise<void> }
const key = Symbol.for('mao.shareholders.mailQueue')
const store = globalThis as typeof globalThis & { [key]?: State }
// On globalThis: Next may load this module more than once, and there must be one queue.
const state = (): State => (store[key] ??= { tail: Promise.resolve() })

/**
 * Emails about applications (decision, office notice) go out after the request, one at a time.
 * A failure is logged by `label`; the task itself records what the editor should see.
 */
export function enqueueMail(payload: Payload, label: string, task: () => Promise<void>): void {
  const current = state()
  current.tail = current.tail.then(task).catch((error: unknown) => {
    payload.logger.error({ msg: `Aandeelhouders: ${label} mislukt`, err: error })
  })
}

/** Resolves when every queued email task has finished (tests, shutdown). */
export async function shareholderMailsProcessed(): Promise<void> {
  let seen: Promise<void> | undefined
  while (seen !== state().tail) {
    seen = state().tail
    await seen
  }
}
