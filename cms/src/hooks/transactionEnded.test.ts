import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { transactionEnded } from './transactionEnded'

const requestIn = (sessions: Record<string, unknown>, transactionID?: string | Promise<string>) =>
  ({ transactionID, payload: { db: { sessions } } }) as unknown as PayloadRequest

describe('transactionEnded', () => {
  it('resolves at once outside a transaction', async () => {
    await expect(transactionEnded(requestIn({}))).resolves.toBeUndefined()
  })

  it('waits until the transaction is committed or rolled back, even after Payload drops the id from req', async () => {
    const sessions: Record<string, unknown> = { tx1: {} }
    const req = requestIn(sessions, Promise.resolve('tx1'))
    let ended = false
    const waiting = transactionEnded(req).then(() => (ended = true))
    delete (req as { transactionID?: unknown }).transactionID
    await new Promise((resolve) => setTimeout(resolve, 80))
    expect(ended).toBe(false)
    delete sessions.tx1
    await waiting
    expect(ended).toBe(true)
  })
})
