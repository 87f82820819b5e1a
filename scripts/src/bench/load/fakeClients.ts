/**
 * The n-th fake client of the subscribe flood: a distinct address from 10.0.0.0/8 (n < 2²⁴),
 * sent as X-Forwarded-For by a loopback "proxy" the CMS trusts.
 */
export function fakeClientIp(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 2 ** 24) throw new RangeError(`No fake client address for ${n}`)
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
}

/** The address the n-th request signs up: `addresses` of them, in turn. */
export const floodEmail = (n: number, addresses: number): string => `flood${n % addresses}@bench.example`
