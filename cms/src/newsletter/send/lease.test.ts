import type { Payload } from 'payload'
import { ValidationError } from 'payload'
import { describe, expect, it, vi } from 'vitest'
import { acquireLease, refusedAsDuplicate } from './lease'

const duplicate = () =>
  new ValidationError({
    collection: 'newsletter-send-leases',
    errors: [{ message: 'Value must be unique', path: 'newsletter' }],
  })

/** The adapter calls acquireLease makes, with `create` failing as given and `count` answering `count`. */
function fakePayload(createError: unknown, count: number) {
  const db = {
    deleteMany: vi.fn(async () => {}),
    create: vi.fn(async () => {
      throw createError
    }),
    count: vi.fn(async () => ({ totalDocs: count })),
  }
  return { payload: { db } as unknown as Payload, db }
}

describe('acquireLease', () => {
  it('gives way when the unique index refused its claim, even if that claim is already released', async () => {
    const { payload, db } = fakePayload(duplicate(), 0)
    await expect(acquireLease(payload, 7, 5000)).resolves.toBeUndefined()
    expect(db.count).not.toHaveBeenCalled()
  })

  it('gives way on another refusal while a claim is there, and passes any other fault on', async () => {
    await expect(acquireLease(fakePayload(new Error('locked'), 1).payload, 7, 5000)).resolves.toBeUndefined()
    await expect(acquireLease(fakePayload(new Error('disk full'), 0).payload, 7, 5000)).rejects.toThrow('disk full')
  })
})

describe('refusedAsDuplicate', () => {
  it('knows a unique refusal on the field from other validation errors', () => {
    expect(refusedAsDuplicate(duplicate(), 'newsletter')).toBe(true)
    expect(refusedAsDuplicate(duplicate(), 'owner')).toBe(false)
    const required = new ValidationError({ collection: 'x', errors: [{ message: 'Required', path: 'newsletter' }] })
    expect(refusedAsDuplicate(required, 'newsletter')).toBe(false)
    expect(refusedAsDuplicate(new Error('Value must be unique'), 'newsletter')).toBe(false)
    expect(refusedAsDuplicate(null, 'newsletter')).toBe(false)
  })
})
