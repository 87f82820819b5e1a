/**
 * The newsletter and confirmation emails, rendered by the CMS's React Email components, are
 * accessible: axe finds nothing in Chromium, they declare Dutch, have one h1 and alt texts.
 * Run from tests/: npx -y pnpm@10 exec vitest run integration/newsletter-emails.int.spec.ts
 */
import AxeBuilder from '@axe-core/playwright'
import { chromium, type Browser } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderConfirmationEmail, renderNewsletterEmail } from '@mao/cms/newsletter'

let browser: Browser

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
})

afterAll(async () => {
  await browser?.close()
})

const site = 'https://aanpakmetandereogen.nl'
// A 1×1 PNG: the image must load without any network.
const pixel =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

async function axe(html: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.setContent(html, { waitUntil: 'load' })
  // An email is shown inside the mail client's page, which has the page landmarks (main, regions);
  // the email itself is an article. So those two page-level rules do not apply.
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .disableRules(['landmark-one-main', 'region'])
    .analyze()
  const facts = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    h1: document.querySelectorAll('h1').length,
    imagesWithoutAlt: [...document.images].filter((image) => !image.hasAttribute('alt')).length,
  }))
  await context.close()
  return {
    violations: result.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
    ...facts,
  }
}

describe('newsletter emails', () => {
  it('the edition is axe clean, in Dutch, with section headings and alt texts', async () => {
    const { html } = await renderNewsletterEmail({
      siteName: 'Met Andere Ogen',
      siteUrl: site,
      edition: 12,
      title: 'Nieuwsupdate 12',
      intro: 'Welkom bij de twaalfde nieuwsupdate.\n\nDeze keer een bericht, een goed voorbeeld en een werksessie.',
      dateLabel: '12 maart 2026',
      items: [
        {
          collection: 'news',
          title: 'Gemeenten en scholen tekenen convenant',
          summary: 'Samen zorgen voor passend onderwijs.',
          url: `${site}/nieuws/convenant`,
          image: { src: pixel, alt: 'Wethouders tekenen het convenant', width: 800, height: 600 },
        },
        {
          collection: 'practices',
          title: 'Zorg in de klas in Zwolle',
          summary: 'Een jeugdhulpverlener op school.',
          url: `${site}/toolbox/goede-voorbeelden/zwolle`,
        },
        {
          collection: 'events',
          kind: 'Werksessie',
          title: 'Werksessie bindende afspraken',
          summary: 'Samen afspraken maken met de gemeente als regisseur.',
          url: `${site}/agenda/werksessie-bindende-afspraken`,
          when: '16 maart 2027 om 13:00 – 16:30',
          place: 'Utrecht',
        },
      ],
      archiveUrl: `${site}/nieuwsbrief/archief/12`,
      unsubscribeUrl: `${site}/nieuwsbrief/afmelden?token=abc`,
    })
    const report = await axe(html)
    expect(report.violations).toEqual([])
    expect(report).toMatchObject({ lang: 'nl', h1: 1, imagesWithoutAlt: 0 })
  })

  it('the confirmation mail is axe clean', async () => {
    const { html } = await renderConfirmationEmail({
      siteName: 'Met Andere Ogen',
      siteUrl: site,
      confirmUrl: `${site}/nieuwsbrief/bevestigen?token=abc`,
      validHours: 48,
    })
    const report = await axe(html)
    expect(report.violations).toEqual([])
    expect(report).toMatchObject({ lang: 'nl', h1: 1 })
  })
})
