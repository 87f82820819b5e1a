import { createHmac } from 'node:crypto'

/** Trimmed and lower-cased: addresses are compared case-insensitively everywhere. */
export const normalizeAddress = (value: unknown): string =>
  typeof value === 'string' ? value.trim().toLowerCase() : ''

/**
 * Loose on purpose: erasure must also reach addresses an editor typed in by hand that the forms'
 * stricter check would refuse. Only what can never be an address is turned away.
 */
export function isErasableAddress(value: string): boolean {
  return value.length >= 3 && value.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(value)
}

/**
 * A short keyed reference for logs: the same address gives the same reference on this installation,
 * so an export and an erasure can be matched up, while the log never shows the address itself.
 */
export const addressReference = (secret: string, address: string): string =>
  createHmac('sha256', secret).update(normalizeAddress(address)).digest('hex').slice(0, 12)
