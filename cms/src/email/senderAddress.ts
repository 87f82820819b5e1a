/** A sender as Payload wants it: a display name and a bare address. */
export type SenderAddress = { name: string; address: string }

/**
 * Splits `Name <address>` (how NEWSLETTER_FROM is written) into its parts; a bare address gets
 * the fallback name. Payload rebuilds `"name" <address>` from these for its own mails.
 */
export function senderAddress(from: string, fallbackName = 'Met Andere Ogen'): SenderAddress {
  const match = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+)>\s*$/.exec(from)
  if (match) return { name: match[1]!.trim() || fallbackName, address: match[2]! }
  return { name: fallbackName, address: from.trim() }
}
