/** Trim and lowercase, so one mailbox is one subscriber. */
export const normalizeEmail = (value: unknown): string => (typeof value === 'string' ? value.trim().toLowerCase() : '')

// One @, no spaces, a dot in the domain, no leading/trailing dots: strict enough to catch typos
// and garbage, loose enough for every real address (the confirmation mail proves the rest).
const EMAIL = /^[^\s@"<>(),;:\\[\]]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i

export function isValidEmail(value: string): boolean {
  if (value.length > 254 || !EMAIL.test(value)) return false
  const local = value.slice(0, value.lastIndexOf('@'))
  return local.length <= 64 && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..')
}
