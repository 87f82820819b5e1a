import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { richText } from '@mao/shared/lexical'
import type { Media, Publication } from '@mao/shared/payload-types'
import { getRebuildScheduler } from '../src/rebuild'
import { getTestPayload, startRestServer } from '../src/testing'
import { errorText } from './support/errorText'

/** Just enough for Payload's PDF check: the `%PDF-` header, an xref table and `%%EOF`. */
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n46\n%%EOF\n',
)

let payload: Payload
let api: Awaited<ReturnType<typeof startRestServer>>
let pdfId: number
let imageId: number

const publication = (title: string, overrides: Partial<Publication> = {}) => ({
  title,
  summary: `Over ${title}.`,
  kind: 'programme-plan' as const,
  date: '2020-01-15T12:00:00.000Z',
  file: pdfId,
  body: richText([{ p: 'Tekst.' }]),
  ...overrides,
})

beforeAll(async () => {
  payload = await getTestPayload()
  api = await startRestServer()
  const file = await payload.create({
    collection: 'media',
    data: { alt: 'Programmaplan (pdf)' },
    file: { data: pdf, mimetype: 'application/pdf', name: 'programmaplan.pdf', size: pdf.length },
  })
  pdfId = file.id
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#1d4f91' } })
    .png()
    .toBuffer()
  const image = await payload.create({
    collection: 'media',
    data: { alt: 'Vlak' },
    file: { data: png, mimetype: 'image/png', name: 'vlak.png', size: png.length },
  })
  imageId = image.id
  await payload.create({
    collection: 'publications',
    data: { ...publication('Gepubliceerd plan'), _status: 'published' },
  })
  await payload.create({
    collection: 'publications',
    data: { ...publication('Concept plan'), _status: 'draft' },
    draft: true,
  })
})

afterAll(async () => {
  await api.close()
})

afterEach(() => {
  vi.restoreAllMocks()
  delete process.env.REBUILD_ENABLED
})

describe('publications over REST', () => {
  it('show anonymous visitors only published ones, with the PDF populated', async () => {
    const response = await fetch(`${api.url}/api/publications?depth=1`)
    expect(response.status).toBe(200)
    const { docs } = (await response.json()) as { docs: (Publication & { file: Media })[] }
    expect(docs.map((doc) => doc.title)).toEqual(['Gepubliceerd plan'])
    const file = docs[0]!.file
    expect(file.mimeType).toBe('application/pdf')
    expect(file.filesize).toBe(pdf.length)
    expect(file.url).toMatch(/^(https?:\/\/[^/]+)?\/api\/media\/file\/programmaplan(-\d+)?\.pdf$/)
  })

  it('serve the PDF itself to anonymous visitors', async () => {
    const { docs } = (await (await fetch(`${api.url}/api/publications?depth=1`)).json()) as {
      docs: (Publication & { file: Media })[]
    }
    const url = new URL(docs[0]!.file.url!, api.url)
    const response = await fetch(`${api.url}${url.pathname}`)
    expect(response.status).toBe(200)
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
  })
})

describe('publication rules', () => {
  it('refuse an image as the file: only PDFs may be chosen', async () => {
    const error = await errorText(
      payload.create({ collection: 'publications', data: publication('Met plaatje', { file: imageId }) }),
    )
    expect(error).toMatch(/file: .*ongeldige selecties/)
    expect(
      (await payload.count({ collection: 'publications', where: { title: { equals: 'Met plaatje' } } })).totalDocs,
    ).toBe(0)
  })

  it('refuse the slugs of the site’s filter pages', async () => {
    for (const slug of ['soort', 'thema']) {
      const error = await errorText(
        payload.create({ collection: 'publications', data: { ...publication(`Titel ${slug}`), slug } }),
      )
      expect(error).toContain(`De slug "${slug}" is gereserveerd`)
    }
    const fine = await payload.create({
      collection: 'publications',
      data: { ...publication('Thema-overzicht'), slug: 'thema-overzicht' },
    })
    expect(fine.slug).toBe('thema-overzicht')
  })

  it('ask for a site build when one is published', async () => {
    process.env.REBUILD_ENABLED = 'true'
    const request = vi.spyOn(getRebuildScheduler(), 'request').mockImplementation(() => undefined)
    await payload.create({
      collection: 'publications',
      data: { ...publication('Nieuw verschenen'), _status: 'published' },
    })
    expect(request).toHaveBeenCalledTimes(1)
  })
})
