import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import {
  normalizeAddress,
  parseTrustedProxies,
  resolveClientAddress,
  setClientAddressHeader,
  TrustedProxiesError,
} from './clientAddress'

const nobody = parseTrustedProxies('')

describe('the client address', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(resolveClientAddress('203.0.113.7', '198.51.100.1', nobody)).toBe('203.0.113.7')
    expect(resolveClientAddress('203.0.113.7', ['1.1.1.1', '2.2.2.2'], nobody)).toBe('203.0.113.7')
  })

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    const trusted = parseTrustedProxies('10.0.0.1')
    expect(resolveClientAddress('203.0.113.7', '10.0.0.1, 198.51.100.1', trusted)).toBe('203.0.113.7')
  })

  it('walks a chain of trusted proxies from the right and stops at the first untrusted address', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8, 192.168.1.5')
    // The client sent "6.6.6.6" itself; the edge proxy appended the real peer 203.0.113.7.
    expect(resolveClientAddress('10.1.2.3', '6.6.6.6, 203.0.113.7, 192.168.1.5', trusted)).toBe('203.0.113.7')
    expect(resolveClientAddress('10.1.2.3', ['6.6.6.6, 203.0.113.7', '10.9.9.9'], trusted)).toBe('203.0.113.7')
  })

  it('is the last trusted hop when the header runs out or holds something that is not an address', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8')
    expect(resolveClientAddress('10.0.0.2', undefined, trusted)).toBe('10.0.0.2')
    expect(resolveClientAddress('10.0.0.2', '10.0.0.3', trusted)).toBe('10.0.0.3')
    expect(resolveClientAddress('10.0.0.2', 'bogus, 10.0.0.3', trusted)).toBe('10.0.0.3')
  })

  it('handles IPv6 proxies and clients', () => {
    const trusted = parseTrustedProxies('2001:db8::/32,::1')
    expect(resolveClientAddress('::1', '2001:DB8::10, 2001:db8:1::1', trusted)).toBe('2001:db8::10')
    expect(resolveClientAddress('::1', '2001:db8::10, 2a01:4f8::1', trusted)).toBe('2a01:4f8::1')
    expect(resolveClientAddress('2a01:4f8::1', '2001:db8::10', trusted)).toBe('2a01:4f8::1')
  })

  it('treats IPv4-mapped IPv6 socket addresses as IPv4', () => {
    const trusted = parseTrustedProxies('127.0.0.1')
    expect(resolveClientAddress('::ffff:127.0.0.1', '198.51.100.9', trusted)).toBe('198.51.100.9')
    expect(resolveClientAddress('::ffff:203.0.113.7', '198.51.100.9', trusted)).toBe('203.0.113.7')
  })

  it('strips ports and brackets from forwarded entries', () => {
    expect(normalizeAddress('[2001:db8::1]:443')).toBe('2001:db8::1')
    expect(normalizeAddress('198.51.100.1:8080')).toBe('198.51.100.1')
    expect(normalizeAddress('unknown')).toBeUndefined()
  })

  it('is one shared "unknown" bucket without a socket address', () => {
    expect(resolveClientAddress(undefined, '198.51.100.1', nobody)).toBe('unknown')
  })
})

describe('TRUSTED_PROXIES', () => {
  it('trusts nobody when empty', () => {
    expect(nobody('127.0.0.1')).toBe(false)
    expect(parseTrustedProxies(undefined)('::1')).toBe(false)
  })

  it('accepts addresses and CIDR ranges of both families', () => {
    const trusted = parseTrustedProxies(' 127.0.0.1 , 172.16.0.0/12, fd00::/8 ')
    expect(trusted('127.0.0.1')).toBe(true)
    expect(trusted('172.31.255.255')).toBe(true)
    expect(trusted('172.32.0.1')).toBe(false)
    expect(trusted('fd12::1')).toBe(true)
    expect(trusted('fe80::1')).toBe(false)
  })

  it.each(['localhost', '10.0.0.0/33', '10.0.0.1/8/1', '::1/129', '10.0.0.x'])('refuses %j', (spec) => {
    expect(() => parseTrustedProxies(spec)).toThrow(TrustedProxiesError)
  })
})

describe('the client address header', () => {
  it('replaces whatever the client sent with the address seen on the socket', async () => {
    const seen: { headers: IncomingHttpHeaders; raw: string[] }[] = []
    const server = createServer((req, res) => {
      setClientAddressHeader(req, nobody)
      seen.push({ headers: req.headers, raw: req.rawHeaders })
      res.end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      await fetch(`http://127.0.0.1:${port}/`, {
        headers: { 'X-Mao-Client-Ip': '6.6.6.6', 'X-Forwarded-For': '7.7.7.7' },
      })
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
    expect(seen[0]?.headers['x-mao-client-ip']).toBe('127.0.0.1')
    expect(seen[0]?.raw.join(' ')).not.toContain('6.6.6.6')
    expect(seen[0]?.raw.join(' ')).toContain('x-mao-client-ip 127.0.0.1')
  })
})
