import { describe, expect, it } from 'vitest'
import { hugeGif } from '../../../test/support/hugeImages'
import { limitedSharp } from './limitedSharp'

describe('limitedSharp', () => {
  it('refuses to decode more than the pixel limit, even when the caller passes its own options', async () => {
    const gif = hugeGif(16000, 16000)
    await expect(limitedSharp(gif, { animated: true }).webp().toBuffer()).rejects.toThrow(/pixel limit/)
  })

  it('decodes images within the limit', async () => {
    const { width } = await limitedSharp(hugeGif(100, 100)).metadata()
    expect(width).toBe(100)
  })
})
