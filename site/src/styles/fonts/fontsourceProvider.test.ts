import { existsSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { fontsourceProvider } from './fontsourceProvider'

const siteRoot = pathToFileURL(`${path.resolve(import.meta.dirname, '../../..')}/`)

async function resolve(options: { weights: string[]; styles: ('normal' | 'italic')[]; subsets: string[] }) {
  const provider = fontsourceProvider('@fontsource/noto-sans')
  await provider.init?.({ root: siteRoot, storage: { getItem: async () => null, setItem: () => {} } as never })
  const result = await provider.resolveFont({ familyName: 'Noto Sans', formats: ['woff2'], ...options } as never)
  return result?.fonts ?? []
}

describe('fontsourceProvider', () => {
  it('returns the installed files of each subset, weight and style, from disk and not a CDN', async () => {
    const fonts = await resolve({
      weights: ['400', '700'],
      styles: ['normal', 'italic'],
      subsets: ['latin', 'latin-ext'],
    })
    expect(fonts).toHaveLength(8)
    for (const font of fonts) {
      const [source] = font.src
      expect(source && 'url' in source && path.isAbsolute(source.url) && existsSync(source.url)).toBe(true)
      expect(font.src).toHaveLength(1)
    }
    const latinBold = fonts.find(
      (font) => font.meta?.subset === 'latin' && font.weight === '700' && font.style === 'normal',
    )
    expect(latinBold?.src[0]).toMatchObject({ format: 'woff2' })
    expect(latinBold?.src[0] && 'url' in latinBold.src[0] && path.basename(latinBold.src[0].url)).toBe(
      'noto-sans-latin-700-normal.woff2',
    )
  })

  it("gives each face its subset's unicode-range, so a page downloads only the subsets its text needs", async () => {
    const [latin, latinExt] = await resolve({ weights: ['400'], styles: ['normal'], subsets: ['latin', 'latin-ext'] })
    expect(latin?.unicodeRange?.[0]).toBe('U+0000-00FF')
    expect(latinExt?.unicodeRange).toContain('U+0100-02BA')
    expect(latinExt?.unicodeRange).not.toContain('U+0000-00FF')
  })

  it('leaves out what the package does not ship', async () => {
    const fonts = await resolve({ weights: ['400', '450'], styles: ['normal'], subsets: ['latin', 'klingon'] })
    expect(fonts.map((font) => `${font.meta?.subset} ${font.weight}`)).toEqual(['latin 400'])
  })
})
