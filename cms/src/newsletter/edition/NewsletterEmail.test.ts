import { describe, expect, it } from 'vitest'
import type { NewsletterEmailItem, NewsletterEmailProps } from './NewsletterEmail'
import { renderNewsletterEmail } from './renderNewsletterEmail'

const site = 'https://site.example'

const news = (title: string): NewsletterEmailItem => ({
  collection: 'news',
  title,
  summary: `Over ${title}.`,
  url: `${site}/nieuws/${title.toLowerCase().replaceAll(' ', '-')}`,
})
const practice: NewsletterEmailItem = {
  collection: 'practices',
  title: 'Zorg in de klas',
  summary: 'Een jeugdhulpverlener op school.',
  url: `${site}/toolbox/goede-voorbeelden/zorg-in-de-klas`,
}
const webinar: NewsletterEmailItem = {
  collection: 'events',
  kind: 'Webinar',
  title: 'Webinar over monitoren',
  summary: 'Hoe meet je of afspraken werken?',
  url: `${site}/agenda/webinar-over-monitoren`,
  when: '9 februari 2027 om 15:30 – 17:00',
  place: 'Online',
}

const props = (items: NewsletterEmailItem[]): NewsletterEmailProps => ({
  siteName: 'Met Andere Ogen',
  siteUrl: site,
  edition: 7,
  title: 'Nieuwsupdate 7',
  intro: 'Welkom.\n\nVeel leesplezier.',
  dateLabel: '12 januari 2027',
  items,
  archiveUrl: `${site}/nieuwsbrief/archief/7`,
  unsubscribeUrl: `${site}/nieuwsbrief/afmelden?token=abc`,
})

/** The h2 section headings and h3 item titles of the HTML, in document order. */
const headings = (html: string) =>
  [...html.matchAll(/<h([23])[^>]*>(.*?)<\/h\1>/g)].map(
    ([, level, inner]) => `h${level} ${inner!.replace(/<[^>]+>/g, '')}`,
  )

describe('the news update email', () => {
  it('groups the items under Nieuws, Goede voorbeelden and Agenda, keeping the order inside each', async () => {
    const { html } = await renderNewsletterEmail(
      props([webinar, news('Tweede bericht'), practice, news('Eerste bericht')]),
    )
    expect(headings(html)).toEqual([
      'h2 Nieuws',
      'h3 Tweede bericht',
      'h3 Eerste bericht',
      'h2 Goede voorbeelden',
      'h3 Zorg in de klas',
      'h2 Agenda',
      'h3 Webinar over monitoren',
    ])
  })

  it('leaves out a section without items', async () => {
    const { html, text } = await renderNewsletterEmail(props([webinar, news('Alleen nieuws')]))
    expect(headings(html)).toEqual(['h2 Nieuws', 'h3 Alleen nieuws', 'h2 Agenda', 'h3 Webinar over monitoren'])
    expect(html).not.toContain('Goede voorbeelden')
    expect(text).not.toContain('Goede voorbeelden')
  })

  it("shows an activity's kind, date, time and place with a link to its page", async () => {
    const { html } = await renderNewsletterEmail(props([webinar]))
    expect(html).toContain('href="https://site.example/agenda/webinar-over-monitoren"')
    expect(html).toContain('Webinar')
    expect(html).toMatch(
      /<strong>Wanneer: <\/strong>9 februari 2027 om 15:30 – 17:00<br\/?><strong>Waar: <\/strong>Online/,
    )
    expect(html).toContain('Hoe meet je of afspraken werken?')
  })

  it('has the same sections, in order, in the plain-text part', async () => {
    const { text } = await renderNewsletterEmail(props([webinar, practice, news('Een bericht')]))
    const at = (needle: string) => {
      const index = text.indexOf(needle)
      expect(index, needle).toBeGreaterThanOrEqual(0)
      return index
    }
    const order = [
      '\nNieuws\n',
      'Een bericht <https://site.example/nieuws/een-bericht>',
      '\nGoede voorbeelden\n',
      'Zorg in de klas <https://site.example/toolbox/goede-voorbeelden/zorg-in-de-klas>',
      '\nAgenda\n',
      'Webinar over monitoren <https://site.example/agenda/webinar-over-monitoren>',
      'Wanneer: 9 februari 2027 om 15:30 – 17:00\nWaar: Online',
      'Hoe meet je of afspraken werken?',
    ].map(at)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('shows an image with its credit, and a decorative image with an empty alt', async () => {
    const image = { src: `${site}/beeld.webp`, width: 800, height: 450 }
    const { html } = await renderNewsletterEmail(
      props([
        { ...news('Met foto'), image: { ...image, alt: 'Leerlingen in de klas', credit: 'Foto: Anne de Vries' } },
        { ...news('Sfeerbeeld'), image: { ...image, alt: '' } },
      ]),
    )
    expect(html).toMatch(/<img alt="Leerlingen in de klas"[^>]*>\s*<p[^>]*>Foto: Anne de Vries<\/p>/)
    expect(html).toMatch(/<img alt=""/)
    expect(html.match(/Foto: Anne de Vries/g)).toHaveLength(1)
  })

  it('renders an edition without items: the intro and the footer only', async () => {
    const { html, text } = await renderNewsletterEmail(props([]))
    expect(headings(html)).toEqual([])
    expect(html).toContain('Veel leesplezier.')
    expect(text).toContain('Welkom.')
    expect(text).toContain('Afmelden voor de nieuwsupdate')
  })
})
