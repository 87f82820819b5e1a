import type { PayloadRequest } from 'payload'
import { describe, expect, it, vi } from 'vitest'
import { liveDocumentBeforeSave } from './liveDocument'

const requestWith = (findOne: ReturnType<typeof vi.fn>) =>
  ({ payload: { db: { findOne } } }) as unknown as PayloadRequest

describe('liveDocumentBeforeSave', () => {
  it('reads the live row once for all hooks of one save, and again for the next save', async () => {
    const findOne = vi.fn(async () => ({ id: 7, _status: 'published' }))
    const req = requestWith(findOne)
    const firstSave = { id: 7 }
    expect(await liveDocumentBeforeSave(req, 'news', firstSave)).toEqual({ id: 7, _status: 'published' })
    await liveDocumentBeforeSave(req, 'news', firstSave)
    expect(findOne).toHaveBeenCalledTimes(1)
    expect(findOne).toHaveBeenCalledWith({ collection: 'news', where: { id: { equals: 7 } }, req })

    await liveDocumentBeforeSave(req, 'news', { id: 7 })
    expect(findOne).toHaveBeenCalledTimes(2)
  })
})
