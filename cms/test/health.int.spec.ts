import { beforeAll, describe, expect, it } from 'vitest'
import { GET as healthz } from '../src/app/(health)/healthz/route'
import { GET as readyz } from '../src/app/(health)/readyz/route'
import { getTestPayload } from '../src/testing'

// Initialising Payload (schema push) can take longer than readyz waits; the route then finds it ready.
beforeAll(async () => {
  await getTestPayload()
})

describe('health endpoints', () => {
  it('healthz answers ok, never cached', async () => {
    const response = healthz()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.text()).toBe('ok')
  })

  it('readyz reads the database through the same config as the REST routes', async () => {
    const response = await readyz()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ status: 'ready' })
  })
})
