import { newsletterSettings } from '../settings'

/** Added to every interval: requests spaced exactly at the limit can arrive closer together. */
const MARGIN_MS = 10
const SLOW_DOWN = 1.25
const MAX_SLOWDOWN = 2
const RECOVERY = 0.98

/**
 * A token bucket holding one token, refilled at RESEND_RATE_PER_SECOND: every request to Resend
 * from this process (editions, test sends, confirmation mails) takes a token first, so requests
 * leave at most `rate` per second, evenly spaced. A 429 empties the bucket until `retry-after`.
 * The spacing has a 10 ms margin: between taking a token and the request reaching Resend lie
 * serialising a megabyte of JSON and the network, which vary by tens of milliseconds, so requests
 * spaced exactly at the limit sometimes arrive closer together and a strict limiter answers 429.
 * After a 429 the spacing also widens by a quarter (up to double), and narrows back by 2% with
 * each success.
 */
export class Pacer {
  private nextTokenAt = 0
  private slowdown = 1

  constructor(
    private readonly ratePerSecond: () => number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Wait for a token. */
  async take(): Promise<void> {
    const now = this.now()
    const at = Math.max(now, this.nextTokenAt)
    this.nextTokenAt = at + (1000 / this.ratePerSecond() + MARGIN_MS) * this.slowdown
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now))
  }

  /** After a 429: no token before `time` (epoch ms, from retry-after), and wider spacing from then on. */
  holdUntil(time: number): void {
    this.nextTokenAt = Math.max(this.nextTokenAt, time)
    this.slowdown = Math.min(MAX_SLOWDOWN, this.slowdown * SLOW_DOWN)
  }

  /** A request went through: back towards the configured rate. */
  recover(): void {
    this.slowdown = Math.max(1, this.slowdown * RECOVERY)
  }
}

const key = Symbol.for('mao.newsletter.pacer')
const store = globalThis as typeof globalThis & { [key]?: Pacer }

/** The one pacer of this process (shared across bundles that load this module twice). */
export const resendPacer = (): Pacer => (store[key] ??= new Pacer(() => newsletterSettings().ratePerSecond))
