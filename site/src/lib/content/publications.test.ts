import { describe, expect, it } from 'vitest'
import { siteCollections } from '../collections'
import { isReservedSlug } from './paths'
import {
  downloadLabel,
  fileType,
  formatFileSize,
  kindLinks,
  kindPath,
  kindSlugs,
  publicationMeta,
  themeLinks,
  themePath,
  type PublicationDoc,
} from './publications'
import type { ThemeDoc } from './types'

const publication = (id: string, overrides: Partial<PublicationDoc> = {}): PublicationDoc =>
  ({
    id,
    title: `Publicatie ${id}`,
    slug: `publicatie-${id}`,
    summary: '',
    kind: 'guide',
    date: '2020-01-15T12:00:00.000Z',
    themes: [],
    regions: [],
    communities: [],
    file: null,
    body: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    publishedAt: null,
    _status: 'published',
    meta: { title: null, description: null, image: null },
    ...overrides,
  }) as PublicationDoc

const theme = (id: string, title: string, slug: string) => ({ id, title, slug }) as ThemeDoc

describe('publication file sizes and download labels', () => {
  it('writes sizes the Dutch way', () => {
    expect(formatFileSize(1.2 * 1024 * 1024)).toBe('1,2 MB')
    expect(formatFileSize(3 * 1024 * 1024)).toBe('3 MB')
    expect(formatFileSize(316 * 1024 + 100)).toBe('316 kB')
    expect(formatFileSize(800)).toBe('800 bytes')
  })

  it('names the type: pdf for PDFs, else the extension', () => {
    expect(fileType({ mimeType: 'application/pdf', filename: 'x' })).toBe('pdf')
    expect(fileType({ mimeType: 'image/png', filename: 'Kaart.PNG' })).toBe('png')
    expect(fileType({ mimeType: null, filename: null })).toBeNull()
  })

  it('puts type and size in the link text, leaving out what is unknown', () => {
    expect(downloadLabel({ mimeType: 'application/pdf', filename: 'plan.pdf', filesize: 1_258_291 })).toBe(
      'Download (pdf, 1,2 MB)',
    )
    expect(downloadLabel({ mimeType: 'application/pdf', filename: 'plan.pdf', filesize: null })).toBe('Download (pdf)')
    expect(downloadLabel({ mimeType: null, filename: null, filesize: null })).toBe('Download')
  })
})

describe('publication filters', () => {
  const docs = [
    publication('1', { kind: 'programme-plan', themes: ['t1'] }),
    publication('2', { kind: 'programme-plan', themes: ['t1', 't2'] }),
    publication('3', { kind: 'advice-report' }),
  ]

  it('gives each kind a Dutch URL segment under /publicaties/soort', () => {
    expect(kindSlugs['state-of-the-network']).toBe('staat-van-met-andere-ogen')
    expect(kindPath('programme-plan')).toBe('/publicaties/soort/programmaplan')
    expect(themePath({ slug: 'monitoring' })).toBe('/publicaties/thema/monitoring')
  })

  it('links only the kinds and themes that have publications, with counts, in the kinds’ order', () => {
    expect(kindLinks(docs).map((link) => [link.label, link.count, link.href])).toEqual([
      ['Adviesrapport', 1, '/publicaties/soort/adviesrapport'],
      ['Programmaplan', 2, '/publicaties/soort/programmaplan'],
    ])
    const themes = [theme('t1', 'Monitoring', 'monitoring'), theme('t2', 'LVB', 'lvb'), theme('t3', 'Leeg', 'leeg')]
    expect(themeLinks(docs, themes).map((link) => [link.label, link.count, link.href])).toEqual([
      ['Monitoring', 2, '/publicaties/thema/monitoring'],
      ['LVB', 1, '/publicaties/thema/lvb'],
    ])
  })

  it('reserves the filter segments, so no publication can take them as its slug', () => {
    expect(isReservedSlug('publications', 'soort')).toBe(true)
    expect(isReservedSlug('publications', 'thema')).toBe(true)
    expect(isReservedSlug('publications', 'programmaplan-2020')).toBe(false)
    expect(isReservedSlug('news', 'thema')).toBe(false)
  })
})

describe('publication lists', () => {
  it('put the newest date first, whatever the publication date in the CMS', () => {
    const sorted = siteCollections.publications.sort([
      publication('old', { date: '2018-11-23T00:00:00.000Z', publishedAt: '2026-01-01T00:00:00.000Z' }),
      publication('new', { date: '2020-10-01T00:00:00.000Z', publishedAt: '2019-01-01T00:00:00.000Z' }),
      publication('mid', { date: '2020-01-15T00:00:00.000Z' }),
    ])
    expect(sorted.map((doc) => doc.id)).toEqual(['new', 'mid', 'old'])
  })

  it('show kind and date on a card', () => {
    expect(publicationMeta(publication('1', { kind: 'infographic', date: '2019-10-01T00:00:00.000Z' }))).toBe(
      'Infographic · 1 oktober 2019',
    )
  })
})
