import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkLinks } from '@mao/site/check-links'
import { buildSite, builtSiteDir } from '../support/buildSite'
import { type SeededCms, startSeededCms } from '../support/cmsFixture'
import { listFiles, markupOnly, pageHtml, textFiles } from '../support/distFiles'
import { formatFinding, validateBuiltPages } from '../support/htmlValidation'
import { REDIRECTED } from '../support/redirectFixtures'
import { HOSTILE, MINIMAL, NEVER_PUBLISHED } from '../support/siteFixtures'

const SITE_URL = 'http://localhost:4321'
const cacheDir = mkdtempSync(path.join(tmpdir(), 'mao-site-cache-'))
const dist = builtSiteDir
let cms: SeededCms

const h1Count = (html: string) => (html.match(/<h1[\s>]/g) ?? []).length
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1] ?? 'null') as Record<string, unknown>,
  )

beforeAll(async () => {
  cms = await startSeededCms()
  const result = await buildSite({
    cmsUrl: cms.url,
    outDir: dist,
    cacheDir,
    siteUrl: SITE_URL,
    cmsPublicUrl: 'https://cms.example.org',
  })
  if (result.code !== 0) throw new Error(`The site build failed (exit ${result.code}):\n${result.output.slice(-4000)}`)
  const pages = listFiles(dist).filter((file) => file.endsWith('.html')).length
  console.info(
    `Site build: ${pages} pages in ${result.seconds.toFixed(1)} s (astro build, including content sync and images)`,
  )
})

afterAll(async () => {
  await cms?.close()
  rmSync(cacheDir, { recursive: true, force: true })
})

describe('site build from the CMS', () => {
  it('renders a page for every routed collection, the globals and the partners', async () => {
    const slugOf = async (
      collection: 'news' | 'practices' | 'experts' | 'regions' | 'communities' | 'events' | 'themes' | 'advices',
    ) => {
      const { docs } = await cms.payload.find({
        collection,
        where: { _status: { equals: 'published' } },
        limit: 1,
        sort: 'createdAt',
      })
      return String(docs[0]?.slug)
    }
    const expected = [
      `/nieuws/${await slugOf('news')}`,
      `/toolbox/goede-voorbeelden/${await slugOf('practices')}`,
      `/toolbox/experts/${await slugOf('experts')}`,
      `/inspiratieregios/${await slugOf('regions')}`,
      `/communities-of-practice/${await slugOf('communities')}`,
      `/agenda/${await slugOf('events')}`,
      `/themas/${await slugOf('themes')}`,
      `/adviezen/${await slugOf('advices')}`,
      '/het-programma/de-zeven-adviezen',
      '/over-ons',
    ]
    for (const sitePath of expected) expect(h1Count(pageHtml(dist, sitePath)), sitePath).toBe(1)

    const home = pageHtml(dist, '/')
    const settings = await cms.payload.findGlobal({ slug: 'site-settings' })
    const homeGlobal = await cms.payload.findGlobal({ slug: 'home' })
    const partner = (
      await cms.payload.find({ collection: 'partners', where: { role: { equals: 'coalition' } }, limit: 1 })
    ).docs[0]
    expect(home).toContain(`<h1 class="utrecht-heading-1" id="hero-title">${homeGlobal.heroTitle}</h1>`)
    expect(home).toContain(settings.siteName)
    expect(home).toContain('Communities of Practice</a>') // main menu from the navigation global
    expect(home).toContain('Toegankelijkheidsverklaring</a>') // footer menu
    expect(home).toContain(partner?.title) // the coalition on the home page; every partner on /partners
  })

  it('pages through lists and pre-builds the filter pages', () => {
    const files = listFiles(dist)
    expect(files).toContain('nieuws/index.html')
    expect(files).toContain('nieuws/2/index.html')
    expect(files.some((file) => /^toolbox\/goede-voorbeelden\/thema\/[a-z0-9-]+\/index\.html$/.test(file))).toBe(true)
    expect(files).toContain(`toolbox/goede-voorbeelden/regio/${MINIMAL.region}/index.html`)
    expect(files).toContain('agenda/index.html')
  })

  it('never publishes drafts, draft revisions or contact details without consent', () => {
    expect(existsSync(path.join(dist, 'nieuws/concept-bericht'))).toBe(false)
    for (const { file, content } of textFiles(dist)) {
      for (const secret of Object.values(NEVER_PUBLISHED))
        expect(content, `${file} contains "${secret}"`).not.toContain(secret)
    }
    expect(pageHtml(dist, '/nieuws/gepubliceerde-versie')).toContain('Gepubliceerde versie van een bericht')
  })

  it('renders documents that only have their required fields', () => {
    expect(pageHtml(dist, `/toolbox/goede-voorbeelden/${MINIMAL.practice}`)).toContain(
      '<h1 class="utrecht-heading-1">Minimaal voorbeeld</h1>',
    )
    expect(pageHtml(dist, `/toolbox/experts/${MINIMAL.expert}`)).toContain('Minimale expert')
    expect(pageHtml(dist, `/inspiratieregios/${MINIMAL.region}`)).toContain('Minimale regio')
    expect(pageHtml(dist, `/agenda/${MINIMAL.event}`)).toContain('12 maart 2030 om 13:30 – 16:00')
    expect(pageHtml(dist, `/communities-of-practice/${MINIMAL.community}`)).toContain('Minimale community')
    expect(pageHtml(dist, `/${MINIMAL.page}`)).toContain('Minimale pagina')
  })

  it('escapes hostile text and drops javascript: links', () => {
    const html = pageHtml(dist, `/nieuws/${HOSTILE.slug}`)
    // Inside a quoted attribute (meta description) "<" is plain text; elements are what matter.
    expect(markupOnly(html)).not.toContain('<script>alert')
    expect(markupOnly(html)).not.toContain('<img src=x')
    expect(markupOnly(html)).not.toContain('<b>opmaak')
    expect(html).toContain(
      '<h1 class="utrecht-heading-1">&lt;script&gt;alert(&quot;titel&quot;)&lt;/script&gt; Bericht met &lt;b&gt;opmaak&lt;/b&gt; in de titel</h1>',
    )
    expect(html).toContain('<meta name="description" content="Samenvatting met <img src=x onerror=alert(1)> erin">')
    expect(html).toContain('en een foute link.')
    expect(html).toContain('href="https://example.org"')
    for (const { file, content } of textFiles(dist)) expect(content, file).not.toMatch(/javascript:/i)
  })

  it('resolves internal rich-text links to published documents only', () => {
    const html = pageHtml(dist, '/nieuws/bericht-met-interne-links')
    expect(html).toContain(
      '<a class="utrecht-link utrecht-link--html-a" href="/nieuws/gepubliceerde-versie">link naar gepubliceerd bericht</a>',
    )
    expect(html).toContain(' en link naar concept</p>')
  })

  it('writes the redirects a slug change and a deletion left, for our server, nginx and Netlify', () => {
    const { redirects } = JSON.parse(readFileSync(path.join(dist, '_redirects.json'), 'utf8')) as {
      redirects: { from: string }[]
    }
    expect(redirects).toContainEqual({ from: REDIRECTED.oldPath, status: 301, to: REDIRECTED.newPath })
    expect(redirects).toContainEqual({ from: REDIRECTED.removedPath, status: 410 })
    const nginx = readFileSync(path.join(dist, 'redirects.nginx.conf'), 'utf8')
    expect(nginx).toContain(`location = ${REDIRECTED.oldPath} { return 301 ${REDIRECTED.newPath}; }`)
    expect(nginx).toContain(`location = ${REDIRECTED.removedPath} { return 410; }`)
    expect(readFileSync(path.join(dist, '_redirects'), 'utf8')).toContain(
      `${REDIRECTED.oldPath} ${REDIRECTED.newPath} 301\n`,
    )
    expect(pageHtml(dist, '/410')).toContain('Pagina verwijderd')
  })

  it('has no broken internal links', () => {
    const report = checkLinks(dist, { siteUrl: SITE_URL })
    expect(report.broken.map((link) => `${link.page}: ${link.attribute}="${link.url}" (${link.reason})`)).toEqual([])
    expect(report.pages).toBeGreaterThan(100)
  })

  it('builds every page as valid HTML (html-validate, recommended rules)', async () => {
    const { pages, findings } = await validateBuiltPages(dist)
    expect(findings.map(formatFinding)).toEqual([])
    expect(pages).toBeGreaterThan(100)
  })

  it('gives every page Dutch language, one h1, a skip link, landmarks and breadcrumbs (except home)', () => {
    for (const file of listFiles(dist).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(path.join(dist, file), 'utf8')
      expect(html, file).toMatch(/<html lang="nl"/)
      expect(h1Count(html), file).toBe(1)
      expect(html, file).toContain('href="#inhoud"')
      expect(html, file).toMatch(/<main [^>]*id="inhoud"/)
      expect(html, file).toMatch(/<header/)
      expect(html, file).toMatch(/<footer/)
      if (file !== 'index.html') expect(html, file).toContain('aria-label="Kruimelpad"')
    }
  })

  it('ships no JavaScript on content pages and stays under 50 kB of CSS per page', () => {
    for (const sitePath of [
      '/',
      '/nieuws/met-andere-ogen-gaat-de-regios-in',
      '/inspiratieregios',
      '/toolbox/goede-voorbeelden',
    ]) {
      const html = pageHtml(dist, sitePath)
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])
      expect(
        scripts.filter((tag) => !tag.includes('application/ld+json')),
        sitePath,
      ).toEqual([])
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) =>
        readFileSync(path.join(dist, match[1]!)),
      )
      const gzipped = css.reduce((total, file) => total + gzipSync(file).length, 0)
      expect(gzipped, sitePath).toBeLessThan(50 * 1024)
    }
  })

  it('serves responsive images with width, height and alt text', () => {
    const html = pageHtml(dist, '/nieuws/met-andere-ogen-gaat-de-regios-in')
    const image = html.match(/<img [^>]*class="utrecht-img mao-article__image[ "][^>]*>/)?.[0] ?? ''
    expect(image).toMatch(/srcset="\/_astro\/[^"]+ 400w, /)
    expect(image).toMatch(/ width="\d+"/)
    expect(image).toMatch(/ height="\d+"/)
    expect(image).toMatch(/ alt="[^"]+"/)
  })

  it('has SEO metadata, structured data, feeds and well-known files', () => {
    const news = pageHtml(dist, '/nieuws/met-andere-ogen-gaat-de-regios-in')
    expect(news).toContain(`<link rel="canonical" href="${SITE_URL}/nieuws/met-andere-ogen-gaat-de-regios-in">`)
    expect(news).toMatch(new RegExp(`<meta property="og:image" content="${SITE_URL}/_astro/[^"]+\\.jpg">`))
    expect(news).toContain('<meta name="twitter:card" content="summary_large_image">')
    expect(news).toMatch(/<meta name="description" content="[^"]{20,}">/)
    expect(jsonLd(news).map((data) => data['@type'])).toEqual(['NewsArticle', 'BreadcrumbList'])
    expect(jsonLd(pageHtml(dist, `/agenda/${MINIMAL.event}`)).map((data) => data['@type'])).toEqual([
      'Event',
      'BreadcrumbList',
    ])
    expect(jsonLd(pageHtml(dist, '/')).map((data) => data['@type'])).toEqual(['Organization'])
    expect(pageHtml(dist, '/over-ons')).toContain(`<meta property="og:image" content="${SITE_URL}/og-default.png">`)

    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')
    expect(sitemap).toContain(`<loc>${SITE_URL}/nieuws/met-andere-ogen-gaat-de-regios-in</loc>`)
    expect(sitemap).not.toContain('404')
    expect(readFileSync(path.join(dist, 'sitemap.xml'), 'utf8')).toContain('sitemap-0.xml')
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`)
    const rss = readFileSync(path.join(dist, 'nieuws/rss.xml'), 'utf8')
    expect(rss).toContain('<rss version="2.0"')
    expect(rss).toContain(`<link>${SITE_URL}/nieuws/met-andere-ogen-gaat-de-regios-in</link>`)
    expect(readFileSync(path.join(dist, '.well-known/security.txt'), 'utf8')).toMatch(
      /^Contact: mailto:.+\nExpires: \d{4}-/,
    )
    expect(existsSync(path.join(dist, 'favicon.ico'))).toBe(true)
    expect(existsSync(path.join(dist, '404.html'))).toBe(true)
  })

  it('puts a plain newsletter form in the footer and a search form in the header', () => {
    const home = pageHtml(dist, '/')
    expect(home).toContain('<form class="mao-search" action="/zoeken" method="get" role="search"')
    expect(home).toMatch(/<input[^>]+name="q"/)
    expect(home).toContain('action="https://cms.example.org/api/subscribers/subscribe" method="post"')
    expect(home).toContain('<input type="hidden" name="form" value="footer">')
    expect(home).toMatch(
      /<label for="footer-newsletter-website">Laat dit veld leeg<\/label>\s*<input type="text" id="footer-newsletter-website" name="website" tabindex="-1" autocomplete="off">/,
    )
    expect(home).toContain('href="/nieuwsbrief"')
  })
})

describe('partners and team in the site build', () => {
  const teamSection = (sitePath: string) =>
    pageHtml(dist, sitePath).match(/<section class="mao-section mao-team"[\s\S]*?<\/section>/)?.[0] ?? ''

  it('lists every published partner on /partners, grouped by role, with logo, name and website', async () => {
    const html = pageHtml(dist, '/partners')
    expect(h1Count(html)).toBe(1)
    expect(html).toContain('aria-label="Kruimelpad"')
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/partners">`)
    const headings = [...html.matchAll(/<h2 [^>]*id="partners-(?!roles)[^"]+"[^>]*>\s*([^<]+?)\s*</g)].map((m) => m[1])
    expect(headings).toEqual(['Coalitiepartners', 'Ministeries', 'Kennispartners', 'Agendaleden'])
    const { docs } = await cms.payload.find({ collection: 'partners', limit: 0, pagination: false, depth: 0 })
    expect(docs.length).toBeGreaterThan(10)
    for (const partner of docs) {
      expect(html, partner.title).toContain(`alt="${partner.title.replace(/&/g, '&amp;')}"`)
      expect(html, partner.title).toContain(`href="${partner.url.replace(/&/g, '&amp;')}" rel="external"`)
    }
    expect(readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${SITE_URL}/partners</loc>`)
  })

  it('shows the team block on "over ons" and contact: the office contact and consenting example people only', async () => {
    const settings = await cms.payload.findGlobal({ slug: 'site-settings' })
    for (const sitePath of ['/over-ons', '/contact']) {
      const section = teamSection(sitePath)
      expect(section, sitePath).toContain('Team en contact')
      expect(section, sitePath).toContain(`mailto:${settings.contact?.email}`)
      const names = [...section.matchAll(/<p class="mao-person__name"[^>]*>([^<]+)<\/p>/g)].map((m) => m[1])
      expect(names.length, sitePath).toBeGreaterThan(0)
      expect(
        names.every((name) => name?.endsWith('(voorbeeld)')),
        sitePath,
      ).toBe(true)
      expect(section, sitePath).not.toContain('Marijke Andeweg')
      expect(section, sitePath).not.toContain('René Peeters')
    }
  })
})

describe('publications in the site build', () => {
  const publications = async () =>
    (await cms.payload.find({ collection: 'publications', limit: 0, pagination: false, depth: 1, sort: '-date' })).docs
  const cardLinks = (html: string) =>
    [...html.matchAll(/<a class="utrecht-link utrecht-link--html-a mao-card__link" href="([^"]+)"/g)].map((m) => m[1])

  it('lists every publication on /publicaties, newest date first, with filter pages by kind and theme', async () => {
    const docs = await publications()
    expect(docs.length).toBeGreaterThan(3)
    const list = pageHtml(dist, '/publicaties')
    expect(cardLinks(list)).toEqual(docs.map((doc) => `/publicaties/${doc.slug}`))
    expect(list).toContain('href="/publicaties/soort/programmaplan"')
    expect(list).toContain('href="/publicaties/thema/monitoring"')

    const byKind = pageHtml(dist, '/publicaties/soort/programmaplan')
    expect(cardLinks(byKind)).toEqual(
      docs.filter((doc) => doc.kind === 'programme-plan').map((doc) => `/publicaties/${doc.slug}`),
    )
    expect(byKind).toMatch(/href="\/publicaties\/soort\/programmaplan" aria-current="page"/)
    const byTheme = cardLinks(pageHtml(dist, '/publicaties/thema/monitoring'))
    expect(byTheme.length).toBeGreaterThan(0)
    expect(byTheme.length).toBeLessThanOrEqual(docs.length)
    expect(pageHtml(dist, '/themas/monitoring')).toContain(`href="${byTheme[0]}"`)
  })

  it('gives each publication a page with kind, date and a download of its PDF that works', async () => {
    const doc = (await publications()).find((item) => item.kind === 'programme-plan')!
    const file = doc.file as { url: string; filesize: number; filename: string }
    const html = pageHtml(dist, `/publicaties/${doc.slug}`)
    expect(html).toContain('<p class="mao-page-intro__kicker">Programmaplan</p>')
    expect(html).toContain('Verschenen op')
    const link = html.match(/<a [^>]*href="(https:\/\/cms\.example\.org[^"]+)"[^>]*>\s*(Download[^<]*?)\s*<\/a>/)
    expect(link?.[2]).toBe(`Download (pdf, ${Math.round(file.filesize / 1024)} kB)`)
    expect(link?.[0]).toContain(`download="${file.filename}"`)
    expect(link?.[0]).toContain('type="application/pdf"')
    const response = await fetch(`${cms.url}${new URL(link![1]!).pathname}`)
    expect(response.status).toBe(200)
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4')
    expect(bytes.length).toBe(file.filesize)
  })

  it('puts the publication pages and filter pages in the sitemap and the search index', async () => {
    const doc = (await publications())[0]!
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')
    for (const sitePath of [
      '/publicaties',
      '/publicaties/soort/programmaplan',
      '/publicaties/thema/monitoring',
      `/publicaties/${doc.slug}`,
    ])
      expect(sitemap, sitePath).toContain(`<loc>${SITE_URL}${sitePath}</loc>`)
    const searchFiles = listFiles(dist).filter((file) => /^zoeken\/zoek[a-z]+\.[0-9a-f]+\.json$/.test(file))
    const read = (file: string) => JSON.parse(readFileSync(path.join(dist, file), 'utf8')) as unknown
    const manifest = read(searchFiles.find((file) => file.startsWith('zoeken/zoekindex.'))!) as {
      meta: { types: string[] }
    }
    expect(manifest.meta.types).toContain('publication')
    const urls = searchFiles
      .filter((file) => file.startsWith('zoeken/zoekresultaten.'))
      .flatMap((file) => (read(file) as { docs: string[][] }).docs.map((docData) => docData[2]))
    expect(urls).toContain(`/publicaties/${doc.slug}`)
  })
})

describe('site build without a working CMS', () => {
  it('fails with a clear message and writes no site when the CMS is down', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise((resolve) => closed.close(resolve))
    const result = await buildSite({ cmsUrl: `http://127.0.0.1:${port}`, cacheDir })
    expect(result.code).not.toBe(0)
    expect(result.output).toContain(`The CMS is unreachable at http://127.0.0.1:${port}/api/`)
    expect(result.wroteIndex).toBe(false)
  })

  it('fails with the status when the CMS answers an error', async () => {
    const broken = createServer((_request, response) => {
      response.statusCode = 500
      response.end('database locked')
    })
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve))
    const { port } = broken.address() as AddressInfo
    const result = await buildSite({ cmsUrl: `http://127.0.0.1:${port}`, cacheDir })
    await new Promise((resolve) => broken.close(resolve))
    expect(result.code).not.toBe(0)
    expect(result.output).toMatch(/The CMS answered 500 .* database locked/)
    expect(result.wroteIndex).toBe(false)
  })
})
