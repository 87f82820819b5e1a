import { experimental_AstroContainer } from 'astro/container'
import { beforeAll, describe, expect, it } from 'vitest'
import CmsFigure from './CmsFigure.astro'

let container: experimental_AstroContainer

const photo = {
  id: '4',
  alt: 'Noor Verbeek aan tafel met een leerling',
  caption: 'Overleg op school',
  credit: 'Foto: Anne de Vries',
  url: '/api/media/file/overleg.webp',
  mimeType: 'image/webp',
  width: 2000,
  height: 1000,
  focalX: 85,
  focalY: 40,
  sizes: { portrait: { url: '/api/media/file/overleg-600x750.webp', width: 600, height: 750 } },
}

const render = async (props: Record<string, unknown>) =>
  (await container.renderToString(CmsFigure, { props: { sizes: '10rem', ...props } })).replace(
    / data-astro-cid-[a-z0-9]+/g,
    '',
  )
const imageOf = (html: string) => /<img\b[^>]*>/.exec(html)?.[0] ?? ''

beforeAll(async () => {
  container = await experimental_AstroContainer.create()
})

describe('an image from the CMS', () => {
  it('uses the portrait crop and keeps the face in view with object-position classes', async () => {
    const image = imageOf(await render({ media: photo, crop: 'portrait' }))
    expect(image).toContain('overleg-600x750.webp')
    expect(image).toMatch(/class="[^"]*\bmao-focus mao-focus-x65 mao-focus-y40\b/)
    expect(image).not.toContain('style=')
  })

  it('uses the whole original with the focal point where the CMS made no crop', async () => {
    const image = imageOf(await render({ media: { ...photo, sizes: null }, crop: 'portrait' }))
    expect(image).toMatch(/href=[^"]*overleg\.webp/)
    expect(image).toMatch(/\bmao-focus-x85 mao-focus-y40\b/)
  })

  it('shows the alt text, or alt="" on purpose for a decorative image', async () => {
    expect(imageOf(await render({ media: photo }))).toContain('alt="Noor Verbeek aan tafel met een leerling"')
    // Astro writes an empty alt as a bare `alt`, the same in HTML; decorative wins over a stored alt.
    expect(imageOf(await render({ media: { ...photo, decorative: true } }))).toMatch(/ alt(="")?[ >]/)
  })

  it('shows the caption and the credit with the image', async () => {
    const html = await render({ media: photo })
    expect(html).toMatch(
      /<figcaption class="utrecht-figure__caption mao-figure__caption">\s*Overleg op school\s*<small class="mao-figure__credit">Foto: Anne de Vries<\/small>/,
    )
    expect(await render({ media: photo, caption: 'Eigen bijschrift' })).toContain('Eigen bijschrift')
  })

  it('has no caption without caption or credit', async () => {
    expect(await render({ media: { ...photo, caption: null, credit: null } })).not.toContain('<figcaption')
  })
})
