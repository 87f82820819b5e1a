/**
 * Draft previews end to end: the CMS's signed link, the site server's /voorbeeld mount and the
 * preview server build rendering the draft with the site's own page and layout.
 */
import { rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { previewKey, previewPath, signPreviewToken } from '@mao/cms/preview'
import { startSiteServer, type SiteServer } from '@mao/scripts/site-server'
import { richText } from '@mao/shared/lexical'
import { buildPreviewServer } from '../support/buildPreviewServer'
import { type SeededCms, startSeededCms } from '../support/cmsFixture'

const DRAFT_TITLE = 'Conceptversie voor het voorbeeld'
let cms: SeededCms
let site: SiteServer
let previewDir: string
let newsId: string

const linkFor = (id: string, expiresAt = Date.now() + 60 * 60 * 1000, key = previewKey()) =>
  `${site.url}${previewPath('news', id, signPreviewToken({ collection: 'news', id, expiresAt }, key))}`

beforeAll(async () => {
  cms = await startSeededCms()
  // The preview server renders in this process and reads the CMS address when it renders.
  process.env.CMS_URL = cms.url
  process.env.SITE_URL = 'http://localhost:4321'
  previewDir = await buildPreviewServer()
  site = await startSiteServer({ port: 0, host: '127.0.0.1', root: path.join(previewDir, 'no-release'), previewDir })
  const published = await cms.payload.create({
    collection: 'news',
    data: {
      title: 'Gepubliceerd voorbeeldbericht',
      summary: 'Online.',
      body: richText([{ p: 'Tekst.' }]),
      _status: 'published',
    },
  })
  newsId = String(published.id)
  await cms.payload.update({
    collection: 'news',
    id: published.id,
    data: { title: DRAFT_TITLE, body: richText([{ p: 'Alleen in het concept.' }]) },
    draft: true,
  })
})

afterAll(async () => {
  await site?.close()
  await cms?.close()
  if (previewDir) rmSync(previewDir, { recursive: true, force: true })
})

describe('draft preview on the site server', () => {
  it('shows the latest draft in the site layout, with its styles, never indexed or cached', async () => {
    const response = await fetch(linkFor(newsId))
    const html = await response.text()
    expect(response.status, html.slice(0, 500)).toBe(200)
    expect(response.headers.get('x-robots-tag')).toContain('noindex')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(html).toContain(`<h1`)
    expect(html).toContain(DRAFT_TITLE)
    expect(html).toContain('Alleen in het concept.')
    expect(html).not.toContain('Gepubliceerd voorbeeldbericht')
    // The site's own layout: skip link, header and footer, and its stylesheets under /voorbeeld.
    expect(html).toMatch(/utrecht-page-header|utrecht-page-footer/)
    const stylesheets = [...html.matchAll(/<link[^>]+href="(\/voorbeeld\/_astro\/[^"]+\.css)"/g)].map(
      (match) => match[1],
    )
    expect(stylesheets.length).toBeGreaterThan(0)
    const css = await fetch(`${site.url}${stylesheets[0]}`)
    expect(css.status).toBe(200)
    expect(css.headers.get('content-type')).toContain('text/css')
  })

  it('refuses a request without a token', async () => {
    const response = await fetch(`${site.url}/voorbeeld/news/${newsId}`)
    expect(response.status).toBe(401)
    expect(await response.text()).not.toContain(DRAFT_TITLE)
  })

  it('refuses an expired link and a link signed with another key', async () => {
    for (const link of [linkFor(newsId, Date.now() - 1000), linkFor(newsId, undefined, 'geraden-sleutel')]) {
      const response = await fetch(link)
      expect(response.status).toBe(401)
      expect(await response.text()).not.toContain(DRAFT_TITLE)
    }
  })
})
