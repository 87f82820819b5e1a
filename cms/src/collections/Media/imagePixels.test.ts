import { describe, expect, it } from 'vitest'
import { hugeGif, hugePng } from '../../../test/support/hugeImages'
import { imageSize, pixelCount } from './imagePixels'

describe('imageSize', () => {
  it('reads the claimed size from the header without decoding', async () => {
    expect(await imageSize(hugeGif(16000, 16000))).toEqual({ width: 16000, height: 16000, frames: 1 })
    expect(await imageSize(await hugePng(30000, 20000))).toEqual({ width: 30000, height: 20000, frames: 1 })
  })

  it('answers undefined for files that are no image', async () => {
    expect(await imageSize(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'))).toBeUndefined()
  })

  it('counts every frame of an animation', () => {
    expect(pixelCount({ width: 1000, height: 1000, frames: 60 })).toBe(60_000_000)
  })
})
