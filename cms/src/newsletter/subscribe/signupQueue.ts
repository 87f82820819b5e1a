import type { Payload } from 'payload'
import { registerSignup, type Signup } from './registerSignup'

/** Sign-ups waiting beyond this are dropped (logged): a flood must not grow memory without bound. */
const MAX_WAITING = 1000
/**
 * A sign-up is processed no sooner than this after its request: long enough for the answer to
 * have left. Started at once, the work (a database write, rendering the mail) would hold up the
 * answer for a new address only, by tens of milliseconds: the very difference this queue removes.
 */
const DEFER_MS = 100

type Queued = { payload: Payload; signup: Signup; at: number }
type Queue = { waiting: Queued[]; draining?: Promise<void>; held?: Promise<void> }

const key = Symbol.for('mao.newsletter.signupQueue')
const store = globalThis as typeof globalThis & { [key]?: Queue }
const queue = (): Queue => (store[key] ??= { waiting: [] })

/**
 * Take a sign-up for processing after the answer has gone out. The endpoint does exactly this
 * for every valid address, known or new, so its answer and its timing say nothing about the
 * address. One at a time, in this process; a sign-up lost to a crash costs the visitor a retry.
 */
export function enqueueSignup(payload: Payload, signup: Signup): void {
  const state = queue()
  if (state.waiting.length >= MAX_WAITING) {
    payload.logger.warn({ msg: 'Nieuwsbrief: te veel aanmeldingen tegelijk; een aanmelding is niet verwerkt' })
    return
  }
  state.waiting.push({ payload, signup, at: Date.now() })
  if (!state.draining) startDraining(state)
}

function startDraining(state: Queue): void {
  state.draining = drain(state).finally(() => {
    state.draining = undefined
    // A sign-up queued between the loop's last look and this line still gets processed.
    if (state.waiting.length > 0) startDraining(state)
  })
}

async function drain(state: Queue): Promise<void> {
  for (let next = state.waiting.shift(); next; next = state.waiting.shift()) {
    const wait = next.at + DEFER_MS - Date.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    await state.held
    await registerSignup(next.payload, next.signup).catch((error: unknown) =>
      next!.payload.logger.error({ err: error, msg: 'Nieuwsbrief: aanmelding niet verwerkt' }),
    )
  }
}

/** Resolves when every queued sign-up has been processed (tests, shutdown). */
export async function signupsProcessed(): Promise<void> {
  while (queue().draining) await queue().draining
}

/** Test hook: queued sign-ups wait until the returned function is called. */
export function holdSignups(): () => void {
  let release!: () => void
  queue().held = new Promise<void>((resolve) => (release = resolve))
  return () => {
    queue().held = undefined
    release()
  }
}
