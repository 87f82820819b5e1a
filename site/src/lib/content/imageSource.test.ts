import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { altText, focusClasses, imageSource } from './imageSource'
import type { MediaDoc } from './types'

/** A wide photo (2000 × 1000) with the face at 85 % across, and the CMS's crops of it. */
const wide: MediaDoc = {
  id: '1',
  alt: 'Portret van Noor',
  url: '/api/media/file/noor.webp',
  mimeType: 'image/webp',
  width: 2000,
  height: 1000,
  focalX: 85,
  focalY: 40,
  sizes: {
    card: { url: '/api/media/file/noor-800x450.webp', width: 800, height: 450 },
    portrait: { url: '/api/media/file/noor-600x750.webp', width: 600, height: 750 },
    content: { url: '/api/media/file/noor-1600x800.webp', width: 1600, height: 800 },
  },
}

describe('imageSource', () => {
  it('picks the CMS crop for the place', () => {
    expect(imageSource(wide, 'portrait')).toMatchObject({
      url: '/api/media/file/noor-600x750.webp',
      width: 600,
      height: 750,
    })
    expect(imageSource(wide, 'card')?.url).toBe('/api/media/file/noor-800x450.webp')
    expect(imageSource(wide, 'content')?.url).toBe('/api/media/file/noor-1600x800.webp')
  })

  it('places the focal point within the crop the way the CMS cut it', () => {
    // Scaled to 1500 × 750, the 600 px crop centred on x = 1275 is pushed back to start at 900: the face sits at 62.5 %.
    expect(imageSource(wide, 'portrait')?.focus).toEqual({ x: 62.5, y: 40 })
    // An uncropped size keeps the original's focal point.
    expect(imageSource(wide, 'content')?.focus).toEqual({ x: 85, y: 40 })
  })

  it('falls back to the whole original, focal point included, when the CMS made no crop', () => {
    const small = { ...wide, width: 500, height: 250, sizes: { portrait: { url: null, width: null, height: null } } }
    expect(imageSource(small, 'portrait')).toEqual({ url: wide.url, width: 500, height: 250, focus: { x: 85, y: 40 } })
  })

  it('centres images without a focal point and refuses files that are no image', () => {
    expect(imageSource({ ...wide, focalX: null, focalY: null, sizes: null }, 'hero')?.focus).toEqual({ x: 50, y: 50 })
    expect(imageSource({ ...wide, mimeType: 'application/pdf' }, 'content')).toBeUndefined()
  })
})

describe('altText', () => {
  it('is empty on purpose for a decorative image, the alt text otherwise', () => {
    expect(altText(wide)).toBe('Portret van Noor')
    expect(altText({ ...wide, decorative: true })).toBe('')
  })
})

describe('focusClasses', () => {
  it('rounds to the 5 % classes the stylesheet defines', () => {
    expect(focusClasses({ x: 62.5, y: 41 })).toEqual(['mao-focus', 'mao-focus-x65', 'mao-focus-y40'])
    const css = readFileSync(new URL('../../styles/focalPoint.css', import.meta.url), 'utf8')
    for (let percent = 0; percent <= 100; percent += 1) {
      for (const name of focusClasses({ x: percent, y: percent }).slice(1)) expect(css).toContain(`.${name} {`)
    }
  })
})
