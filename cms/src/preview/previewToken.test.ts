import { describe, expect, it } from 'vitest'
import { signPreviewToken, verifyPreviewToken } from './previewToken'

const key = 'test-preview-key'
const now = Date.parse('2026-12-05T10:00:00Z')
const claim = { collection: 'news', id: '12', expiresAt: now + 60_000 }

describe('preview tokens', () => {
  it('returns the claim of a token signed with the same key before it expires', () => {
    expect(verifyPreviewToken(signPreviewToken(claim, key), key, now)).toEqual(claim)
  })

  it('refuses an expired token', () => {
    expect(verifyPreviewToken(signPreviewToken(claim, key), key, claim.expiresAt)).toBeUndefined()
  })

  it('refuses a token signed with another key', () => {
    expect(verifyPreviewToken(signPreviewToken(claim, 'other-key'), key, now)).toBeUndefined()
  })

  it('refuses a token whose claim was changed after signing', () => {
    const [, signature] = signPreviewToken(claim, key).split('.')
    const forged = Buffer.from(JSON.stringify(['news', '13', claim.expiresAt])).toString('base64url')
    expect(verifyPreviewToken(`${forged}.${signature}`, key, now)).toBeUndefined()
  })

  it('refuses malformed tokens', () => {
    for (const token of ['', 'abc', 'a.b.c', `${Buffer.from('[1,2,3]').toString('base64url')}.x`]) {
      expect(verifyPreviewToken(token, key, now)).toBeUndefined()
    }
  })
})
