import type { IncomingMessage } from 'node:http'
import { BlockList, isIP } from 'node:net'

/**
 * The request header through which the custom server (`cms/server.ts`) hands the resolved client
 * address to the app. The server drops any value a client sends in it.
 */
export const CLIENT_IP_HEADER = 'x-mao-client-ip'

export type TrustedProxies = (address: string) => boolean

/** `::ffff:192.0.2.1` is the IPv4 client 192.0.2.1 seen on a dual-stack socket. */
function unmapIpv4(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  return mapped?.[1] ?? address
}

/** An address as found in a socket or an X-Forwarded-For entry, without brackets or port; undefined when not an IP. */
export function normalizeAddress(raw: string | undefined): string | undefined {
  let address = raw?.trim() ?? ''
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address)
  if (bracketed?.[1]) address = bracketed[1]
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'))
  address = unmapIpv4(address.replace(/%.*$/, ''))
  return isIP(address) ? address.toLowerCase() : undefined
}

export class TrustedProxiesError extends Error {
  override name = 'TrustedProxiesError'
}

/**
 * TRUSTED_PROXIES: comma-separated IPv4/IPv6 addresses and CIDR ranges of the reverse proxies in
 * front of the CMS. Empty (the default) trusts nobody: X-Forwarded-For is then ignored, which is
 * right when the CMS faces clients directly. A malformed entry throws, so a typo cannot silently
 * trust nobody (or everybody).
 */
export function parseTrustedProxies(spec: string | undefined): TrustedProxies {
  const list = new BlockList()
  let empty = true
  for (const entry of (spec ?? '').split(',').map((part) => part.trim())) {
    if (!entry) continue
    const [rawAddress, prefix, ...rest] = entry.split('/')
    const address = normalizeAddress(rawAddress)
    const type = address && isIP(address) === 6 ? 'ipv6' : 'ipv4'
    const bits = prefix === undefined ? undefined : Number(prefix)
    const maxBits = type === 'ipv6' ? 128 : 32
    if (
      !address ||
      rest.length > 0 ||
      (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits))
    )
      throw new TrustedProxiesError(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`)
    if (bits === undefined) list.addAddress(address, type)
    else list.addSubnet(address, bits, type)
    empty = false
  }
  if (empty) return () => false
  return (address) => {
    const normalized = normalizeAddress(address)
    return normalized !== undefined && list.check(normalized, isIP(normalized) === 6 ? 'ipv6' : 'ipv4')
  }
}

/**
 * The client's address: the socket peer, unless that peer is a trusted proxy; then X-Forwarded-For
 * is walked from the right (each proxy appends the peer it saw) through trusted proxies only, and
 * the first untrusted address is the client. Entries left of it were written by the client and
 * are never used. An entry that is not an IP stops the walk at the last trusted hop.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  isTrusted: TrustedProxies,
): string {
  let client = normalizeAddress(socketAddress)
  if (!client) return 'unknown'
  const hops = [forwardedFor ?? []]
    .flat()
    .flatMap((value) => value.split(','))
    .map((part) => part.trim())
    .filter(Boolean)
  while (isTrusted(client)) {
    const next = hops.pop()
    if (next === undefined) break
    const address = normalizeAddress(next)
    if (!address) break
    client = address
  }
  return client
}

/**
 * Sets CLIENT_IP_HEADER on an incoming request to its resolved client address, replacing any value
 * the client sent. Next builds the app's headers from `req.headers`; `rawHeaders` is cleaned too,
 * so no reader sees a client's value.
 */
export function setClientAddressHeader(req: IncomingMessage, isTrusted: TrustedProxies): void {
  const address = resolveClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], isTrusted)
  const raw = req.rawHeaders
  req.rawHeaders = []
  for (let i = 0; i + 1 < raw.length; i += 2)
    if (raw[i]?.toLowerCase() !== CLIENT_IP_HEADER) req.rawHeaders.push(raw[i] ?? '', raw[i + 1] ?? '')
  req.rawHeaders.push(CLIENT_IP_HEADER, address)
  req.headers[CLIENT_IP_HEADER] = address
}
