import { describe, expect, it } from 'vitest'
import { advices } from './content/advices'
import { communities } from './content/communities'
import { events } from './content/events'
import { experts } from './content/experts'
import { news } from './content/news'
import { pages } from './content/pages'
import { partners } from './content/partners'
import { practices } from './content/practices'
import { regions } from './content/regions'
import { shareholders } from './content/shareholders'
import {
  communityTitle,
  documentAdvices,
  documentCommunities,
  documentMilestones,
  documentPartners,
  documentRegions,
  rejectedRegionSpellings,
} from './documentFacts'

const sorted = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b, 'nl'))
/** The seed's "now": events before it are past (see content/events.ts). */
const seedNow = Date.parse('2026-11-23T00:00:00+01:00')

describe('the seed names what the programme documents name', () => {
  it('has exactly the 11 inspiratieregio’s, spelled as the programme plan spells them', () => {
    expect(sorted(regions.map((region) => region.title))).toEqual(sorted(documentRegions.map((item) => item.name)))
  })

  it('has exactly the five Communities of Practice of the sign-up', () => {
    expect(sorted(communities.map((community) => community.title))).toEqual(
      sorted(documentCommunities.map((item) => communityTitle(item.name))),
    )
  })

  it('titles each of the seven advices as the report names it', () => {
    expect(advices.map((advice) => [advice.number, advice.title])).toEqual(
      documentAdvices.map((item) => [item.number, item.name]),
    )
  })

  it('lists every partner the documents list, each in the role they give it, and no other', () => {
    expect(sorted(partners.map((partner) => partner.title))).toEqual(sorted(documentPartners.map((item) => item.name)))
    for (const item of documentPartners) {
      expect(partners.find((partner) => partner.title === item.name)?.role, item.name).toBe(item.role)
    }
  })

  it('uses one spelling per region everywhere in the content', () => {
    const text = JSON.stringify([advices, communities, events, experts, news, pages, practices, regions, shareholders])
    for (const spelling of rejectedRegionSpellings) expect(text, spelling).not.toContain(spelling)
  })
})

describe('the seed dates the milestones as the documents do', () => {
  it.each(documentMilestones.filter((item) => item.eventSlug).map((item) => [item.eventSlug!, item] as const))(
    'agenda item %s is a past event on the documents’ date',
    (slug, milestone) => {
      const event = events.find((item) => item.slug === slug)
      expect(event, slug).toBeDefined()
      // Seed times are written in Amsterdam time, so the date part is the local date.
      expect(event!.startsAt.slice(0, milestone.date.length)).toBe(milestone.date)
      expect(Date.parse(event!.endsAt)).toBeLessThan(seedNow)
    },
  )

  it.each(documentMilestones.filter((item) => item.newsSlug).map((item) => [item.newsSlug!, item] as const))(
    'news item %s appears in the milestone’s month',
    (slug, milestone) => {
      const item = news.find((entry) => entry.slug === slug)
      expect(item, slug).toBeDefined()
      expect(item!.publishedAt.slice(0, milestone.date.length)).toBe(milestone.date)
    },
  )

  it('gives every agenda item a place or an online link, as the CMS requires', () => {
    for (const event of events) expect(Boolean(event.location || event.onlineUrl), event.slug).toBe(true)
  })

  it('gives every milestone a day or month and at least one source document', () => {
    for (const item of documentMilestones) {
      expect(item.date, item.what).toMatch(/^\d{4}-\d{2}(-\d{2})?$/)
      expect(item.sources.length, item.what).toBeGreaterThan(0)
    }
  })
})

describe('region plans and verbinders', () => {
  it.each(regions.map((region) => [region.title, region] as const))(
    '%s has a development plan, 2–4 learning goals, a regioverbinder and a coalitieverbinder',
    (_title, region) => {
      expect(region.developmentPlan.length).toBeGreaterThan(0)
      expect(region.learningGoals.length).toBeGreaterThanOrEqual(2)
      expect(region.learningGoals.length).toBeLessThanOrEqual(4)
      const roles = region.contacts.map((contact) => contact.connectorRole)
      expect(roles).toContain('region')
      expect(roles).toContain('coalition')
      for (const contact of region.contacts) expect(contact.name).toMatch(/ \(voorbeeld\)$/)
    },
  )
})
