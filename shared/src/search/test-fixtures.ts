/** Small Dutch corpus shared by the search tests. Not exported from index.ts. */
import type { SearchDocument } from './types'

/** A news item with only an id and a title, unless `extra` says more. */
export function searchDoc(id: string, title: string, extra: Partial<SearchDocument> = {}): SearchDocument {
  return { id, type: 'news', title, summary: '', body: '', themes: [], regions: [], url: `/${id}`, ...extra }
}

function doc({ id, title, ...extra }: Partial<SearchDocument> & Pick<SearchDocument, 'id' | 'title'>): SearchDocument {
  return searchDoc(id, title, extra)
}

/** Queries of every kind (plural, acronym, diacritics, apostrophe, prefix, typo, three words). */
export const SAMPLE_QUERIES = [
  'samenwerkingsverbanden',
  'OOGO',
  'crèche',
  "regio's",
  'samenw',
  'jeugdhup',
  'gemeente overleg zeppelin',
]

export const CORPUS: SearchDocument[] = [
  doc({
    id: 'swv-utrecht',
    type: 'practice',
    title: 'Samenwerkingsverband Utrecht start pilot thuisnabij onderwijs',
    summary: 'Het samenwerkingsverband en de gemeente bundelen hun budget.',
    body: 'Scholen en wijkteams maken afspraken over ondersteuning in de klas.',
    themes: ['Passend onderwijs'],
    regions: ['Utrecht'],
    organisation: 'Gemeente Utrecht',
    date: '2025-03-01',
  }),
  doc({
    id: 'swv-acronym',
    title: 'Nieuwe directeur bij het SWV Rijnmond',
    summary: 'Zij begint in januari.',
    regions: ['Rotterdam'],
  }),
  doc({
    id: 'oogo-phrase',
    title: 'Afspraken gemaakt in het op overeenstemming gericht overleg',
    summary: 'Schoolbesturen en wethouders zijn het eens over de begroting.',
    regions: ['Amsterdam'],
  }),
  doc({
    id: 'oogo-acronym',
    title: 'Agenda voor het OOGO in december',
    summary: 'De stukken staan online.',
    regions: ['Den Haag'],
  }),
  doc({
    id: 'gericht-overleg',
    title: 'Gericht overleg met ouders over huiswerk',
    summary: 'Tips voor mentoren.',
  }),
  doc({
    id: 'thuiszitters',
    type: 'practice',
    title: 'Minder thuiszitters door maatwerk',
    summary: 'Een school zoekt met de leerplichtambtenaar naar oplossingen.',
    themes: ['Verzuim'],
    regions: ['Utrecht'],
  }),
  doc({
    id: 'verzuim',
    title: 'Verzuim vroeg signaleren',
    summary: 'Mentoren letten op patronen.',
  }),
  doc({
    id: 'jeugdhulp-evaluatie',
    type: 'practice',
    title: 'Pilot jeugdhulp op school geëvalueerd',
    summary: 'Leerkrachten zijn positief over de jeugdhulp in de klas.',
    themes: ['Jeugdhulp'],
    regions: ['Utrecht'],
  }),
  doc({
    id: 'onderzoek-plain',
    type: 'page',
    title: 'Onderzoek naar begeleiding',
    summary: 'De begeleiding is in 2024 geevalueerd door een extern bureau.',
  }),
  doc({
    id: 'creche',
    type: 'expert',
    title: 'Crèche en school delen één gebouw',
    summary: 'Een integraal aanbod voor kinderen van 0 tot 12.',
    themes: ['Kinderopvang'],
  }),
  doc({
    id: 'enquete',
    title: 'Enquête onder ouders à la carte',
    summary: 'Ouders kiezen zelf de vragen.',
  }),
  doc({
    id: 'regios',
    type: 'community',
    title: "Inspiratie uit de regio's",
    summary: 'Vijf voorbeelden van aanpakken die werken.',
  }),
  doc({
    id: 'oza-hyphen',
    type: 'practice',
    title: 'Een onderwijs-zorgarrangement op maat',
    summary: 'Voor leerlingen die meer nodig hebben dan school alleen.',
    themes: ['Passend onderwijs', 'Jeugdhulp'],
  }),
  doc({
    id: 'oza-joined',
    title: 'Het onderwijszorgarrangement van De Brug',
    summary: 'Een school en een zorgaanbieder onder één dak.',
  }),
  doc({
    id: 'samenwerking-page',
    type: 'page',
    title: 'Over samenwerking',
    summary: 'Waarom onderwijs en zorg elkaar nodig hebben.',
  }),
  doc({
    id: 'gemeenten',
    type: 'event',
    title: 'Bijeenkomst voor gemeenten',
    summary: 'Beleidsmedewerkers wisselen ervaringen uit.',
    date: '2025-06-12',
  }),
  doc({
    id: 'leerplicht-title',
    title: 'Leerplicht',
    summary: 'Wat de wet zegt.',
  }),
  doc({
    id: 'leerplicht-body',
    title: 'Nieuwsbrief juni',
    summary: 'Kort nieuws uit het veld.',
    body: 'Deze maand: een congres, een nieuwe website, een podcast en iets over leerplicht.',
  }),
]

const GENERATED_WORDS = [
  'jeugdhulp',
  'scholen',
  'gemeente',
  'ouders',
  'leerplicht',
  'thuiszitters',
  'wijkteam',
  'mentor',
  'regio',
  'zorg',
  'onderwijs',
  'passend onderwijs',
  'OOGO',
  'samenwerkingsverbanden',
  "regio's",
  'crèche',
  'onderwijs-zorgarrangement',
  'Den Bosch',
  'leerlingen',
  'ondersteuning',
  'afspraken',
  'kinderopvang',
  'zorgaanbieder',
  'huisarts',
  'leerkracht',
  'rugzak',
  'verwijsindex',
  'budget',
  'pilot',
  'netwerk',
]

/**
 * Deterministic documents of every kind (persons with a headline, places, synonyms) whose bodies
 * have more stems than the index keeps, so tf-idf over the corpus has to choose.
 */
export function generatedCorpus(size: number, seed = 11): SearchDocument[] {
  let state = seed
  const pick = (): string => {
    state = (state + 0x6d2b79f5) >>> 0
    const t = Math.imul(state ^ (state >>> 15), state | 1) >>> 0
    return GENERATED_WORDS[((t ^ (t >>> 13)) >>> 0) % GENERATED_WORDS.length]!
  }
  const text = (n: number): string => Array.from({ length: n }, (_, i) => `${pick()} w${(i * 7 + n) % 61}`).join(' ')
  return Array.from({ length: size }, (_, i) => ({
    id: `d${i}`,
    type: i % 3 === 0 ? 'expert' : 'news',
    title: i % 3 === 0 ? `Marloes de Vries ${i}` : text(3),
    ...(i % 3 === 0 ? { person: true, headline: 'Jeugdarts, GGD' } : {}),
    summary: text(6),
    body: text(40 + (i % 5) * 15),
    themes: [pick()],
    regions: i % 2 === 0 ? [pick()] : [],
    ...(i % 4 === 0 ? { organisation: `Gemeente ${pick()}`, places: ['Alkmaar'] } : {}),
    url: `/d${i}`,
  }))
}
