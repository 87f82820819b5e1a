import { isErasableAddress, normalizeAddress } from './address'

/** Thrown for input that cannot be an email address; the message is Dutch and shown as is. */
export class InvalidAddressError extends Error {
  constructor(value: string) {
    super(
      value ? `"${value.slice(0, 80)}" is geen e-mailadres.` : 'Geef het e-mailadres op waarvan je de gegevens wilt.',
    )
    this.name = 'InvalidAddressError'
  }
}

/** The normalised address, or an InvalidAddressError. */
export function requireAddress(value: unknown): string {
  const address = normalizeAddress(value)
  if (!isErasableAddress(address)) throw new InvalidAddressError(typeof value === 'string' ? value.trim() : '')
  return address
}
