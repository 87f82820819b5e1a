import { createHash } from 'node:crypto'
import { type Payload, ValidationError } from 'payload'

const COLLECTION = 'rate-limit-hits'
const PURGE_EVERY_MS = 60_000

export type RateLimiterOptions = {
  /** Names the limiter; part of every key, so two limiters never share counts. */
  name: string
  limit: () => number
  windowMs: () => number
  now?: () => number
}

/**
 * A fixed-window limit per key (a client address, an email address…), counted in the database
 * so all CMS instances share it. Windows are aligned to the clock (a burst across a window
 * boundary can reach twice the limit, the usual fixed-window trade-off).
 *
 * Each allowed hit inserts one row whose `slot` (bucket + hit number) has a unique index. Counting
 * and inserting are two statements, so racing hits may pick the same slot; the index then lets
 * exactly one of them in and the others retry the next slot. No more than `limit` hits per window
 * can ever pass, on SQLite and MongoDB alike, through the adapter's plain count/insert/delete
 * (Payload's key-value store has no insert-if-absent or increment to build this on).
 *
 * Bounded: keys are hashed (any key length gives a 43-character row key), nothing per key is kept
 * in memory, a refused hit writes nothing, and each limiter purges ended windows once a minute: the
 * table holds the allowed hits of current windows, plus at most a minute of ended ones.
 */
export class RateLimiter {
  private nextPurgeAt = 0

  constructor(private readonly options: RateLimiterOptions) {}

  /** Counts an attempt for `key`; false when the key is over its limit in the current window. */
  async hit(payload: Payload, key: string): Promise<boolean> {
    const now = (this.options.now ?? Date.now)()
    const windowMs = this.options.windowMs()
    const limit = this.options.limit()
    if (now >= this.nextPurgeAt) {
      this.nextPurgeAt = now + PURGE_EVERY_MS
      await purgeRateLimits(payload, now)
    }
    const index = Math.floor(now / windowMs)
    const bucket = createHash('sha256')
      .update(`${this.options.name}\0${windowMs}\0${index}\0${key}`)
      .digest('base64url')
    const { totalDocs } = await payload.db.count({ collection: COLLECTION, where: { bucket: { equals: bucket } } })
    for (let taken = totalDocs; taken < limit; taken += 1) {
      try {
        await payload.db.create({
          collection: COLLECTION,
          data: { bucket, slot: `${bucket}:${taken}`, expiresAt: (index + 1) * windowMs },
          returning: false,
        })
        return true
      } catch (error) {
        // A racing hit took this slot (the unique index refused ours): try the next one.
        if (!(error instanceof ValidationError)) throw error
      }
    }
    return false
  }
}

/** Deletes the rows of windows that have ended. */
export async function purgeRateLimits(payload: Payload, now: number = Date.now()): Promise<void> {
  await payload.db.deleteMany({ collection: COLLECTION, where: { expiresAt: { less_than_equal: now } } })
}
