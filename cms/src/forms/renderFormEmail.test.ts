import { describe, expect, it } from 'vitest'
import { renderFormEmail } from './renderFormEmail'

describe('renderFormEmail', () => {
  it('renders heading, paragraphs, button with its link written out, and the site name', async () => {
    const { html, text } = await renderFormEmail({
      siteName: 'Met Andere Ogen',
      siteUrl: 'https://site.example',
      heading: 'Bevestig je aanmelding',
      paragraphs: ['Eerste alinea.', 'Tweede alinea met <tekens> & meer.'],
      button: { label: 'Bevestigen', url: 'https://site.example/bevestigen?token=abc' },
    })
    expect(html).toContain('lang="nl"')
    expect(html).toContain('Bevestig je aanmelding')
    expect(html).toContain('Tweede alinea met &lt;tekens&gt; &amp; meer.')
    expect(html).toContain('href="https://site.example/bevestigen?token=abc"')
    expect(text).toContain('Eerste alinea.')
    expect(text).toContain('https://site.example/bevestigen?token=abc')
    expect(text).toContain('Met Andere Ogen')
  })

  it('has no button without one', async () => {
    const { html, text } = await renderFormEmail({
      siteName: 'Met Andere Ogen',
      siteUrl: 'https://site.example',
      heading: 'Bericht ontvangen',
      paragraphs: ['Dank je wel.'],
    })
    expect(html).not.toContain('Werkt de knop niet')
    expect(text).toContain('Dank je wel.')
  })
})
