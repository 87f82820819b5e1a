import { experimental_AstroContainer } from 'astro/container'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import PublicationDownload from './PublicationDownload.astro'

const file = {
  id: '9',
  alt: 'Programmaplan 2020',
  url: '/api/media/file/programmaplan-2020.pdf',
  filename: 'programmaplan-2020.pdf',
  mimeType: 'application/pdf',
  filesize: 1_258_291,
}

const render = async (props: Record<string, unknown>) =>
  (await experimental_AstroContainer.create()).renderToString(PublicationDownload, { props })

let saved: string | undefined

beforeEach(() => {
  saved = process.env.CMS_PUBLIC_URL
  process.env.CMS_PUBLIC_URL = 'https://cms.example.org'
})

afterEach(() => {
  if (saved === undefined) delete process.env.CMS_PUBLIC_URL
  else process.env.CMS_PUBLIC_URL = saved
})

describe('PublicationDownload', () => {
  it('links to the file on the public CMS address, with type and size in Dutch', async () => {
    const html = await render({ file })
    expect(html).toContain('href="https://cms.example.org/api/media/file/programmaplan-2020.pdf"')
    expect(html).toContain('download="programmaplan-2020.pdf"')
    expect(html).toContain('type="application/pdf"')
    expect(html).toMatch(/>\s*Download \(pdf, 1,2 MB\)\s*<\/a>/)
  })

  it('renders nothing when the file has no URL', async () => {
    expect(await render({ file: { ...file, url: null } })).not.toContain('<a')
  })
})
