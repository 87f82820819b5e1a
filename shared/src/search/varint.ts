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
