import { CLIENT_IP_HEADER } from './clientAddress'

/**
 * The client address for rate limiting, as resolved by the custom server from the socket and
 * TRUSTED_PROXIES (`cms/server.ts`). Without that server (tests, `next dev`) every request shares
 * one bucket, 'unknown': limits then hold for all clients together rather than for none.
 */
export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER)?.trim() || 'unknown'
}
