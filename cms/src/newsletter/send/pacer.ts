import { newsletterSettings } from '../settings'
import { readRateLimit, type RateLimitState } from './rateLimitHeaders'

/** Added to every fixed gap: requests spaced exactly at the limit can arrive closer together. */
const MARGIN_MS = 10
/** Resend's window: its limits are "requests per second", and `ratelimit-reset` counts whole seconds. */
const WINDOW_MS = 1000
/** Added once per window when pacing by the headers: timers and clocks round to the millisecond. */
const WINDOW_MARGIN_MS = 5
/**
 * How much longer than on the fastest recent round trip a request may take on its way to Resend
 * (see `arrivedBy`). Loopback to the stub varies by 1–2 ms; a kept-alive connection to Resend by a
 * few; a new connection by a whole handshake, which shows in that request's own round trip.
 */
const ARRIVAL_MARGIN_MS = 10
/** Round trips seen before the fastest of them is trusted: the first may carry a connection's handshake. */
const MIN_ROUND_TRIPS = 3
const SLOW_DOWN = 1.25
const MAX_SLOWDOWN = 2
const RECOVERY = 0.98
/** Departures kept: enough for any limit Resend grants a team. */
const MAX_KEPT = 1000

/** One request's place in the pace, from `take()`; hand it back to `observe` with the answer. */
export type Ticket = { readonly seq: number }

/** `at`: when the request may leave, then when it left; `answeredAt`: when its answer (or failure) came back. */
type Departure = { seq: number; at: number; answeredAt?: number }
/** `sentAt`: when the answered request left; Resend counted its window as the request arrived. */
type ServerState = RateLimitState & { sentAt: number; resetAt: number }

const timer = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Every request to Resend from this process (editions, test sends, confirmation mails) takes a
 * ticket first. Two ways to pace:
 *
 * - By Resend's headers, once an answer carried `ratelimit-limit` and `ratelimit-remaining`: while
 *   requests remain in the window they leave at once; when none remain, the next leaves one window
 *   (plus 5 ms) after the request `limit` places before it reached Resend. Sending in bursts up to
 *   the limit instead of evenly spaced pays the margins once per window instead of once per request.
 *   When that request reached Resend is estimated from its answer (`arrivedBy`). When our own
 *   requests cannot explain a full window (others share the team's limit) it waits for
 *   `ratelimit-reset`.
 * - A fixed gap of 1/RESEND_RATE_PER_SECOND plus 10 ms, while answers carry no such headers (a
 *   proxy strips them, or the last attempt got no answer at all).
 *
 * A 429 holds every request until its `retry-after` and widens the gap and both margins by a quarter
 * (up to double); each success narrows them back by 2 %.
 */
export class Pacer {
  private seq = 0
  private observedSeq = 0
  /** When recent requests left (epoch ms; a reserved time lies ahead), oldest first. */
  private departures: Departure[] = []
  private heldUntil = 0
  private slowdown = 1
  private server: ServerState | undefined

  constructor(
    private readonly ratePerSecond: () => number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = timer,
  ) {}

  /** Wait until a request may leave. */
  async take(): Promise<Ticket> {
    const now = this.now()
    const at = Math.max(now, this.heldUntil, this.nextSlot(now))
    const ticket = { seq: ++this.seq }
    this.departures.push({ seq: ticket.seq, at })
    if (this.departures.length > MAX_KEPT) this.departures.shift()
    if (this.server) this.server.remaining = Math.max(0, this.server.remaining - 1)
    if (at > now) await this.sleep(at - now)
    return ticket
  }

  /** The request leaves now (after the lease was renewed): its window counts from here, not from `take`. */
  departed(ticket: Ticket): void {
    const departure = this.departures.find((entry) => entry.seq === ticket.seq)
    if (departure) departure.at = this.now()
  }

  /** An answer came back: its rate-limit headers (or none) decide how the next requests are paced. */
  observe(ticket: Ticket, headers: Record<string, string> | null | undefined): void {
    const departure = this.departures.find((entry) => entry.seq === ticket.seq)
    if (departure) departure.answeredAt = this.now()
    // An answer to an older request than one already seen says less about now.
    if (ticket.seq < this.observedSeq) return
    this.observedSeq = ticket.seq
    const state = readRateLimit(headers)
    if (!state) {
      this.server = undefined
      return
    }
    // Not in its count yet: requests let go after this one, and earlier ones still unanswered
    // (sent in parallel, they may reach Resend after this one did).
    const since =
      this.seq -
      ticket.seq +
      this.departures.filter((entry) => entry.seq < ticket.seq && entry.answeredAt === undefined).length
    const now = this.now()
    this.server = {
      ...state,
      remaining: Math.max(0, state.remaining - since),
      sentAt: departure?.at ?? now,
      resetAt: now + state.resetSeconds * 1000,
    }
  }

  /** After a 429: no request before `time` (epoch ms, from retry-after), and wider spacing from then on. */
  holdUntil(time: number): void {
    this.heldUntil = Math.max(this.heldUntil, time)
    this.slowdown = Math.min(MAX_SLOWDOWN, this.slowdown * SLOW_DOWN)
    if (this.server) this.server.remaining = 0
  }

  /** A request went through: back towards the full pace. */
  recover(): void {
    this.slowdown = Math.max(1, this.slowdown * RECOVERY)
  }

  private nextSlot(now: number): number {
    const last = this.departures.at(-1)
    if (!this.server) return last ? last.at + (1000 / this.ratePerSecond() + MARGIN_MS) * this.slowdown : now
    if (this.server.remaining > 0) return now
    const windowStart = this.departures.length >= this.server.limit ? this.departures.at(-this.server.limit) : undefined
    // Our own last `limit` requests do not all fall in the window Resend found full (the window
    // start was answered a whole window before the answered request left): others use the team's
    // limit too, so only Resend's reset tells when there is room.
    if (!windowStart || (windowStart.answeredAt ?? Infinity) + WINDOW_MS <= this.server.sentAt)
      return this.server.resetAt
    return this.arrivedBy(windowStart, now) + WINDOW_MS + WINDOW_MARGIN_MS * this.slowdown
  }

  /**
   * When a request reached Resend, at the latest (Resend counts it on arrival). Its answer came
   * back after Resend's work and the way back; those take at least about as long as the fastest
   * recent round trip, less a margin for a slower way there. Anchoring on the answer itself paid
   * Resend's whole work on a batch once per window: 30–90 ms of every second against the stub
   * (`pnpm bench newsletter`), more where Resend takes longer. Still unanswered (requests in
   * parallel): taken as arrived by now, as answers take milliseconds, not a window.
   */
  private arrivedBy(departure: Departure, now: number): number {
    if (departure.answeredAt === undefined) return Math.max(departure.at, now)
    const roundTrips = this.departures.flatMap((entry) =>
      entry.answeredAt === undefined ? [] : [entry.answeredAt - entry.at],
    )
    if (roundTrips.length < MIN_ROUND_TRIPS) return departure.answeredAt
    const backAtLeast = Math.max(0, Math.min(...roundTrips) - ARRIVAL_MARGIN_MS * this.slowdown)
    return Math.max(departure.at, departure.answeredAt - backAtLeast)
  }
}

const key = Symbol.for('mao.newsletter.pacer')
const store = globalThis as typeof globalThis & { [key]?: Pacer }

/** The one pacer of this process (shared across bundles that load this module twice). */
export const resendPacer = (): Pacer => (store[key] ??= new Pacer(() => newsletterSettings().ratePerSecond))
