import { describe, expect, it } from 'vitest'
import { optionValues, participationFormOptions, sectorOptions } from '@mao/shared/selectOptions'
import { participationPaths } from '@mao/shared/sitePaths'
import { events } from './content/events'
import { pages } from './content/pages'
import { settings } from './content/settings'
import { shareholders } from './content/shareholders'
import { pageLayout } from './pageLayout'

const pageAt = (path: string) => {
  const page = pages.find((item) => `/${item.slug}` === path && !item.parent)
  if (!page) throw new Error(`No seeded page at ${path}`)
  return page
}

/** Every inline link target of a page's text, its call to action and its blocks' strings. */
const linksOf = (value: unknown): string[] =>
  [...JSON.stringify(value).matchAll(/\]\(([^)\s]+)\)|"url":"([^"]+)"/g)].map((match) => match[1] ?? match[2] ?? '')

describe('seeded participation pages', () => {
  it.each([
    [participationPaths.shareholderForm, 'aandeelhouder'],
    [participationPaths.contactForm, 'contact'],
    [participationPaths.practiceForm, 'goed-voorbeeld'],
    [participationPaths.expertForm, 'expertise'],
  ])('%s ends with the %s form', (path, form) => {
    const layout = pageLayout(pageAt(path))
    expect(layout.at(-1)).toEqual({ blockType: 'participationForm', form })
    expect(layout.filter((block) => block.blockType === 'participationForm')).toHaveLength(1)
    expect(optionValues(participationFormOptions)).toContain(form)
  })

  it('puts the aandeelhouder call to action first, pointing at the form on the same page', () => {
    const layout = pageLayout(pageAt(participationPaths.shareholderForm))
    expect(layout.map((block) => block.blockType)).toEqual(['callToAction', 'richText', 'participationForm'])
    expect(layout[0]).toMatchObject({ link: { url: `${participationPaths.shareholderForm}#formulier` } })
  })

  it('keeps a call to action without `atStart` after the text, and pages without a form plain', () => {
    const cta = { heading: 'Kop', text: 'Tekst', label: 'Knop', url: '/ergens' }
    expect(pageLayout({ body: [{ p: 'x' }], cta }).map((block) => block.blockType)).toEqual([
      'richText',
      'callToAction',
    ])
    expect(pageLayout({ body: [{ p: 'x' }] }).map((block) => block.blockType)).toEqual(['richText'])
  })

  it('no longer sends aandeelhouders to the contact page, nor promises a forum', () => {
    for (const page of pages.filter((item) => item.slug !== 'privacyverklaring')) {
      expect(
        linksOf(page).filter((link) => link.startsWith('/contact?')),
        page.slug,
      ).toEqual([])
      expect(JSON.stringify(page.body), page.slug).not.toMatch(/forum/i)
    }
  })

  it('links the contribution pages from the contact page', () => {
    const links = linksOf(pageAt(participationPaths.contactForm))
    expect(links).toContain(participationPaths.practiceForm)
    expect(links).toContain(participationPaths.expertForm)
  })
})

describe('seeded event registration', () => {
  it('gives every event a registration kind whose fields fit it', () => {
    for (const event of events) {
      if (event.registration === 'form') {
        expect(Number.isInteger(event.capacity) && (event.capacity ?? 0) > 0, event.slug).toBe(true)
        expect(event.registrationUrl, event.slug).toBeUndefined()
      } else {
        expect(event.capacity, event.slug).toBeUndefined()
        if (event.registration === 'url') expect(event.registrationUrl, event.slug).toMatch(/^https:\/\//)
        else expect(event.registrationUrl, event.slug).toBeUndefined()
      }
    }
  })

  it('uses both the own form and outside links on upcoming events', () => {
    const upcoming = events.filter((event) => Date.parse(event.startsAt) > Date.parse('2026-11-23'))
    expect(upcoming.some((event) => event.registration === 'form')).toBe(true)
    expect(upcoming.some((event) => event.registration === 'url')).toBe(true)
  })
})

describe('seeded example aandeelhouders', () => {
  it('are clearly invented: "Voorbeeld" in the name, (voorbeeld) contacts, example.org addresses', () => {
    expect(shareholders.length).toBeGreaterThan(0)
    for (const item of shareholders) {
      expect(item.organisation).toMatch(/voorbeeld/i)
      expect(item.name).toMatch(/\(voorbeeld\)$/)
      expect(item.email).toMatch(/(@|\.)example\.org$/)
      expect(optionValues(sectorOptions)).toContain(item.sector)
    }
    expect(new Set(shareholders.map((item) => item.email)).size).toBe(shareholders.length)
  })

  it('include some that may be shown and some that may not', () => {
    expect(shareholders.some((item) => item.showPublicly)).toBe(true)
    expect(shareholders.some((item) => !item.showPublicly)).toBe(true)
  })
})

describe('seeded settings', () => {
  it('send the programme office mail to an example address and preset the plan targets', () => {
    expect(settings.contact.email).toMatch(/@example\.org$/)
    expect(settings.targets).toEqual({ shareholders: 200, regions: 11, practices: 10, ambassadors: 10 })
  })
})
