import { deferredQueue } from '../limits/deferredQueue'

/**
 * The work of every public form (store, mail), after the answer has gone out: 100 ms after the
 * request, one at a time, in arrival order, at most 1000 waiting.
 */
export const formWorkQueue = deferredQueue('forms.work', { deferMs: 100, maxWaiting: 1000 })

/** Resolves when every queued form submission has been processed (tests, shutdown). */
export const formWorkProcessed = (): Promise<void> => formWorkQueue.processed()

/** Test hook: queued form work waits until the returned function is called. */
export const holdFormWork = (): (() => void) => formWorkQueue.hold()
