import { describe, expect, it } from 'vitest'
import { idsToFetch, mediaUnchanged, mergeStoredDocuments } from './mergeStoredDocuments'

const at = (minute: number) => `2026-12-06T10:${String(minute).padStart(2, '0')}:00.000Z`
const doc = (id: number, minute: number, title = `Titel ${id}`) => ({ id, updatedAt: at(minute), title })
const stamp = (id: number, minute: number) => ({ id: String(id), updatedAt: at(minute) })

describe('idsToFetch', () => {
  it('names new documents and documents saved since, not those stored as they are', () => {
    const stored = [doc(1, 0), doc(2, 0), doc(3, 0)]
    expect(idsToFetch([stamp(1, 0), stamp(2, 5), stamp(4, 5)], stored)).toEqual(['2', '4'])
  })
})

describe('mergeStoredDocuments', () => {
  it('lists the documents in the order of the stamps, fetched ones replacing stored ones, removed ones gone', () => {
    const stored = [doc(1, 0), doc(2, 0), doc(3, 0)]
    const merged = mergeStoredDocuments([stamp(1, 0), stamp(2, 5), stamp(4, 5)], stored, [
      doc(4, 5),
      doc(2, 5, 'Nieuw'),
    ])
    expect(merged).toEqual([doc(1, 0), doc(2, 5, 'Nieuw'), doc(4, 5)])
  })

  it('gives up when a document is missing or was saved again between the two requests', () => {
    const stored = [doc(1, 0)]
    expect(mergeStoredDocuments([stamp(1, 0), stamp(2, 5)], stored, [])).toBeUndefined()
    expect(mergeStoredDocuments([stamp(1, 0), stamp(2, 5)], stored, [doc(2, 7)])).toBeUndefined()
  })
})

describe('mediaUnchanged', () => {
  it('holds when media were only added, not when one was edited or removed', () => {
    const stored = [stamp(1, 0), stamp(2, 0)]
    expect(mediaUnchanged(stored, [stamp(1, 0), stamp(2, 0), stamp(3, 9)])).toBe(true)
    expect(mediaUnchanged(stored, [stamp(1, 0), stamp(2, 9)])).toBe(false)
    expect(mediaUnchanged(stored, [stamp(1, 0)])).toBe(false)
  })
})
