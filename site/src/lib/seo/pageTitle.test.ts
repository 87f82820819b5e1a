import { describe, expect, it } from 'vitest'
import { documentTitle, MAX_TITLE_LENGTH, metaDescription, pageTitle, writtenLength } from './pageTitle'

const site = 'Met Andere Ogen'

describe('page titles and descriptions', () => {
  it('adds the site name to titles unless an SEO title is set', () => {
    expect(pageTitle('Nieuws', site)).toBe('Nieuws | Met Andere Ogen')
    expect(pageTitle(site, site)).toBe('Met Andere Ogen')
    expect(pageTitle('Nieuws', site, ' Eigen titel ')).toBe('Eigen titel')
  })

  it('keeps the document title within 70 characters, dropping the site name before cutting words', () => {
    expect(documentTitle('Nieuws', site)).toBe('Nieuws | Met Andere Ogen')
    // 61 characters: with " | Met Andere Ogen" it would be 79, so the site name goes.
    const fits = 'Maak brede lokale afspraken onder regie van de gemeente nu ja'
    expect(fits).toHaveLength(61)
    expect(documentTitle(fits, site)).toBe(fits)
    const long = 'Community of Practice Interprofessioneel samenwerken: bijeenkomst 3 in Enschede en omgeving'
    const title = documentTitle(long, site)
    expect(title).toBe('Community of Practice Interprofessioneel samenwerken: bijeenkomst 3…')
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH)
  })

  it('counts characters as the page writes them, since html-validate counts &#39; as five', () => {
    expect(writtenLength(`'t <b> & "x"`)).toBe(`&#39;t &lt;b&gt; &amp; &quot;x&quot;`.length)
    // 69 characters, 73 as written: too long for the page.
    const quoted = "'t Baken Lochem: leerplicht, jeugdarts en school samen tegen verzuim'"
    expect(quoted).toHaveLength(69)
    const title = documentTitle(quoted, site)
    expect(title).toBe("'t Baken Lochem: leerplicht, jeugdarts en school samen tegen…")
    expect(writtenLength(title)).toBeLessThanOrEqual(MAX_TITLE_LENGTH)
  })

  it('holds an editor’s long SEO title to the same limit', () => {
    const seo = `${'Een heel lange titel die de redacteur zelf schreef '.repeat(2)}`
    const title = documentTitle('Kort', site, seo)
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH)
    expect(title).toBe('Een heel lange titel die de redacteur zelf schreef Een heel lange…')
    expect(pageTitle('Kort', site, seo)).toBe(seo.trim())
  })

  it('cuts inside a word only when there is no space late enough, and never leaves a separator before "…"', () => {
    expect(documentTitle('x'.repeat(100), site)).toBe(`${'x'.repeat(69)}…`)
    const separated = `${'a'.repeat(60)} – ${'b'.repeat(20)}`
    expect(documentTitle(separated, site)).toBe(`${'a'.repeat(60)}…`)
  })

  it('cuts long descriptions at a word', () => {
    const description = metaDescription('', null, 'woord '.repeat(60))
    expect(description.length).toBeLessThanOrEqual(160)
    expect(description.endsWith('woord…')).toBe(true)
  })
})
