import type { Payload } from 'payload'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { checkReadiness, readyzResponse } from './readiness'

const payloadWith = (find: () => Promise<unknown>) => async () => ({ find }) as unknown as Payload

afterEach(() => {
  vi.restoreAllMocks()
})

describe('checkReadiness', () => {
  it('is ready when Payload opens and one user row can be read', async () => {
    const find = vi.fn(async () => ({ docs: [] }))
    expect(await checkReadiness(payloadWith(find))).toEqual({ ready: true })
    expect(find).toHaveBeenCalledWith(expect.objectContaining({ collection: 'users', limit: 1, pagination: false }))
  })

  it('is not ready while Payload fails to initialise', async () => {
    const error = new Error('migration failed')
    const result = await checkReadiness(async () => Promise.reject(error))
    expect(result).toEqual({ ready: false, reason: 'payload not initialised', error })
  })

  it('is not ready when the database read fails', async () => {
    const result = await checkReadiness(payloadWith(async () => Promise.reject(new Error('SQLITE_BUSY'))))
    expect(result).toMatchObject({ ready: false, reason: 'database read failed' })
  })

  it('is not ready when the database does not answer in time', async () => {
    const result = await checkReadiness(
      payloadWith(() => new Promise(() => {})),
      10,
    )
    expect(result).toEqual({ ready: false, reason: 'no answer within 10 ms' })
  })
})

describe('readyzResponse', () => {
  it('answers 200, never cached', async () => {
    const response = await readyzResponse(payloadWith(async () => ({ docs: [] })))
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ status: 'ready' })
  })

  it('answers 503 with the short reason only, the details go to the log', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const error = new Error('connect ECONNREFUSED mongodb://user:geheim@db')
    const response = await readyzResponse(payloadWith(async () => Promise.reject(error)))
    expect(response.status).toBe(503)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = await response.text()
    expect(JSON.parse(body)).toEqual({ status: 'unavailable', reason: 'database read failed' })
    expect(body).not.toContain('geheim')
    expect(logged).toHaveBeenCalledWith('[readyz] not ready: database read failed', error)
  })
})
