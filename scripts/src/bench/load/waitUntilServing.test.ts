import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { waitUntilServing } from './waitUntilServing'

const never = new Promise<void>(() => {})

describe('waitUntilServing', () => {
  it('resolves once the URL answers', async () => {
    const server = createServer((_request, response) => response.end('ok')).listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    const { port } = server.address() as AddressInfo
    try {
      await expect(
        waitUntilServing('test', `http://127.0.0.1:${port}/`, 2000, never, () => ''),
      ).resolves.toBeUndefined()
    } finally {
      server.close()
    }
  })

  it('fails when nothing answers in time, instead of going on with a dead service', async () => {
    await expect(waitUntilServing('nginx', 'http://127.0.0.1:9/', 600, never, () => 'last words')).rejects.toThrow(
      /nginx did not answer .* within 0.6 s:\nlast words/,
    )
  })

  it('fails as soon as the process exits', async () => {
    await expect(
      waitUntilServing('The CMS', 'http://127.0.0.1:9/', 60_000, Promise.resolve(), () => 'crash'),
    ).rejects.toThrow(/The CMS exited before it answered:\ncrash/)
  })
})
