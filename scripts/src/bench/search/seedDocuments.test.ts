import { searchTypes } from '@mao/shared/searchSources'
import { searchDocumentsFromPayload } from '@mao/shared/searchDocuments'
import { describe, expect, it } from 'vitest'
import { advices } from '../../seed/content/advices'
import { experts } from '../../seed/content/experts'
import { practices } from '../../seed/content/practices'
import { publications } from '../../seed/content/publications'
import { regions } from '../../seed/content/regions'
import { team } from '../../seed/content/team'
import { themes } from '../../seed/content/themes'
import { seedSearchDocuments, seedSearchSources } from './seedDocuments'

describe('seedSearchDocuments', () => {
  const docs = seedSearchDocuments()

  it('holds every declared type, the publications, advices and themes each with its own page', () => {
    expect(new Set(docs.map((doc) => doc.type))).toEqual(new Set(searchTypes))
    const ofType = (type: string) => docs.filter((doc) => doc.type === type).map((doc) => doc.url)
    expect(ofType('publication')).toEqual(publications.map((item) => `/publicaties/${item.slug}`))
    expect(ofType('advice')).toEqual(advices.map((item) => `/adviezen/${item.slug}`))
    expect(ofType('theme')).toEqual(themes.map((item) => `/themas/${item.slug}`))
    expect(new Set(docs.map((doc) => doc.url)).size).toBe(docs.length)
    expect(new Set(docs.map((doc) => doc.id)).size).toBe(docs.length)
  })

  it('never indexes contact details, even when the documents carry them', () => {
    const sources = seedSearchSources()
    // The seed objects themselves, contacts included, under the fields the site's documents have.
    const withContacts = searchDocumentsFromPayload({
      ...sources,
      experts: sources.experts?.map((doc, i) => ({ ...experts[i], ...doc, contact: { email: experts[i]?.email } })),
      practices: sources.practices?.map((doc, i) => ({ ...practices[i], ...doc })),
      regions: sources.regions.map((doc, i) => ({ ...regions[i], ...doc })),
    })
    const json = JSON.stringify(withContacts)
    const personal = [
      ...experts.flatMap((expert) => [expert.email, expert.phone]),
      ...practices.flatMap((practice) => [practice.contact?.name, practice.contact?.email, practice.contact?.phone]),
      ...regions.flatMap((region) =>
        region.contacts.flatMap((contact) => [contact.name, contact.email, contact.phone]),
      ),
      ...team.flatMap((member) => [member.email, member.phone]),
    ].filter((value): value is string => typeof value === 'string' && value !== '')
    expect(personal.length).toBeGreaterThan(10)
    expect(withContacts).toHaveLength(docs.length)
    for (const value of personal) expect(json, value).not.toContain(value)
  })
})
