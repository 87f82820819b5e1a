import type { Payload } from 'payload'
import { deferredQueue, type DeferredQueue } from '../../limits/deferredQueue'
import { registerSignup, type Signup } from './registerSignup'

/**
 * Sign-ups are processed 100 ms after their request, one at a time, in arrival order, at most
 * 1000 waiting. Started at once, the work (a database write, rendering the mail) would hold up
 * the answer for a new address only, by tens of milliseconds: the very difference this removes.
 * Created on first use: the forms core and the newsletter import each other's index.
 */
let queue: DeferredQueue | undefined
const signups = (): DeferredQueue => (queue ??= deferredQueue('newsletter.signups', { deferMs: 100, maxWaiting: 1000 }))

/**
 * Take a sign-up for processing after the answer has gone out. The endpoint does exactly this
 * for every valid address, known or new, so its answer and its timing say nothing about the
 * address. A sign-up lost to a crash costs the visitor a retry.
 */
export function enqueueSignup(payload: Payload, signup: Signup): void {
  const queued = signups().enqueue({
    run: () => registerSignup(payload, signup),
    onError: (error) => payload.logger.error({ err: error, msg: 'Nieuwsbrief: aanmelding niet verwerkt' }),
  })
  if (!queued)
    payload.logger.warn({ msg: 'Nieuwsbrief: te veel aanmeldingen tegelijk; een aanmelding is niet verwerkt' })
}

/** Resolves when every queued sign-up has been processed (tests, shutdown). */
export const signupsProcessed = (): Promise<void> => signups().processed()

/** Test hook: queued sign-ups wait until the returned function is called. */
export const holdSignups = (): (() => void) => signups().hold()
