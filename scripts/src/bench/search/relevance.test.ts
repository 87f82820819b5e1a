/**
 * Relevance on the seeded corpus (scripts/src/seed/content), built the way the site builds it
 * (`searchDocumentsFromPayload`), without a CMS: for each Dutch query, the document that must
 * come first, and why.
 */
import { describe, expect, it } from 'vitest'
import { createIndex } from '@mao/shared/search/createIndex'
import { search } from '@mao/shared/search/query'
import { createStore } from '@mao/shared/search/store'
import { experts } from '../../seed/content/experts'
import { practices } from '../../seed/content/practices'
import { regions } from '../../seed/content/regions'
import { seedSearchDocuments } from './seedDocuments'

const docs = seedSearchDocuments()
const index = createIndex(docs)
const store = createStore(docs)

const RELEVANCE: { query: string; first: string; why: string }[] = [
  {
    query: 'passend onderwijs',
    first: 'expert:hamid-yilmaz-voorbeeld',
    why: 'directeur van een samenwerkingsverband passend onderwijs: the phrase in role, organisation and theme',
  },
  {
    query: 'thuiszitters',
    first: 'expert:marloes-kuipers-voorbeeld',
    why: 'theme "Thuiszitters en verzuim", role "aanpak medisch verzuim" (a synonym)',
  },
  { query: 'OOGO', first: 'expert:anouk-verbeek-voorbeeld', why: 'role "Procesbegeleider regievoering en OOGO"' },
  { query: 'werksessie OOGO', first: 'event:werksessie-oogo-bindende-afspraken-2027', why: 'both words in the title' },
  {
    query: 'op overeenstemming gericht overleg',
    first: 'event:werksessie-oogo-bindende-afspraken-2027',
    why: 'the spelled-out acronym finds the OOGO title',
  },
  {
    query: 'jeugdhulp op school',
    first: 'expert:joris-hendriksen-voorbeeld',
    why: 'role "Orthopedagoog-generalist, jeugdhulp op school"',
  },
  { query: 'Dokwerk', first: 'news:dokwerk-werkt', why: 'the name in a short title' },
  { query: 'Dokwrek', first: 'news:dokwerk-werkt', why: 'a typo (transposed letters) still finds it' },
  {
    query: 'samenwerkingsverband',
    first: 'expert:hamid-yilmaz-voorbeeld',
    why: 'role and organisation are a samenwerkingsverband',
  },
  {
    query: 'SWV',
    first: 'expert:hamid-yilmaz-voorbeeld',
    why: 'the acronym finds the same documents as the full word',
  },
  { query: 'Zuid-Limburg', first: 'region:zuid-limburg', why: 'a region by its hyphenated name' },
  { query: 'Almelo', first: 'region:twente', why: 'a municipality of the region Twente' },
  { query: 'Gorinchem', first: 'practice:dokwerk-gorinchem', why: 'the place of the practice' },
  { query: 'LVB', first: 'event:webinar-lvb-herkennen-op-school', why: 'the acronym in the title' },
  { query: 'Kansencirkel', first: 'practice:girfec-kansencirkel-tilburg', why: 'the name of the practice' },
  {
    query: 'onderwijs-zorgarrangement',
    first: 'community:cop-onderwijs-zorgarrangementen',
    why: 'the hyphenated compound, plural in the title',
  },
  {
    query: 'wat doet een leerplichtambtenaar',
    first: 'expert:ruud-bakker-voorbeeld',
    why: 'a question: the leerplichtambtenaar himself',
  },
  { query: 'orthopedagoog', first: 'expert:joris-hendriksen-voorbeeld', why: 'an expert by role' },
  { query: 'crèche', first: 'expert:esther-van-dijk-voorbeeld', why: 'with diacritics, from the crèche onwards' },
  { query: 'zeven adviezen', first: 'page:de-zeven-adviezen', why: 'a page by its title' },
  { query: 'privacy', first: 'page:privacyverklaring', why: 'the first part of a compound title' },
  { query: 'René Peeters', first: 'news:rene-peeters-bestuurlijk-aanjager', why: 'a person in the title' },
  {
    query: "inspiratieregio's",
    first: 'event:kick-off-inspiratieregios-2019',
    why: 'plural with an apostrophe in the title',
  },
  { query: 'De Meierij', first: 'region:de-meierij', why: 'the region itself before its events' },
]

describe('relevance on the seeded corpus', () => {
  it('covers every searchable collection of the seed', () => {
    const types = new Set(docs.map((doc) => doc.type))
    expect([...types].sort()).toEqual(['community', 'event', 'expert', 'news', 'page', 'practice', 'region'])
    expect(RELEVANCE.length).toBeGreaterThanOrEqual(12)
    for (const { first } of RELEVANCE)
      expect(
        docs.some((doc) => doc.id === first),
        first,
      ).toBe(true)
  })

  it.each(RELEVANCE)('"$query" → $first ($why)', ({ query, first }) => {
    const response = search(index, store, query, { limit: 5 })
    expect(
      response.results.map((hit) => hit.ref)[0],
      JSON.stringify(response.results.map((hit) => [hit.ref, hit.score.toFixed(2)])),
    ).toBe(first)
  })

  it('says when it falls back to fuzzy matching', () => {
    expect(search(index, store, 'Dokwrek').fuzzy).toBe(true)
    expect(search(index, store, 'Dokwerk').fuzzy).toBe(false)
  })

  it('never indexes the contact details of experts, practices and regions', () => {
    const json = JSON.stringify(docs)
    const personal = [
      ...experts.flatMap((expert) => [expert.email, expert.phone]),
      ...practices.flatMap((practice) => [practice.contact?.name, practice.contact?.email, practice.contact?.phone]),
      ...regions.flatMap((region) =>
        region.contacts.flatMap((contact) => [contact.name, contact.email, contact.phone]),
      ),
    ].filter((value): value is string => typeof value === 'string' && value !== '')
    expect(personal.length).toBeGreaterThan(10)
    for (const value of personal) expect(json, value).not.toContain(value)
  })
})
