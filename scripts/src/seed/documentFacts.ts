import type { PartnerRole } from '@mao/shared/selectOptions'

/**
 * Facts checked by hand against the programme documents in `../shared/seeds/` (file names below).
 * The seed's named entities and milestone dates must match this list (documentFacts.test.ts), so a
 * content edit that drifts from the documents fails a test instead of reaching the site.
 * Names are written as the documents write them; where two documents differ, `note` says which
 * spelling we follow and why.
 */

/** The five programme documents. */
export type SourceFile =
  | '000_072d8c063ead7920.txt'
  | '001_c2b21834bdae395b.txt'
  | '002_3b9fbfb8bfa31682.txt'
  | '003_c42c7be3638f69d6.txt'
  | '004_4f00abc38c616db0.txt'

export interface DocumentName {
  name: string
  source: SourceFile
  note?: string
}

/** The 11 inspiratieregio's, spelled as the programme plan lists them (the list is complete). */
export const documentRegions: DocumentName[] = [
  { name: 'Almere', source: '003_c42c7be3638f69d6.txt' },
  {
    name: 'Holland-Rijnland',
    source: '003_c42c7be3638f69d6.txt',
    note: 'Both 000 and 003 hyphenate the name.',
  },
  {
    name: 'Noordoost-Friesland',
    source: '003_c42c7be3638f69d6.txt',
    note: "000 abbreviates it as 'Regio NO-Friesland'; the plan writes it out.",
  },
  { name: 'Zuid-Kennemerland', source: '003_c42c7be3638f69d6.txt' },
  {
    name: 'De Meierij',
    source: '003_c42c7be3638f69d6.txt',
    note: "000 writes 'De Meijerij'; the plan (and the region itself) write 'De Meierij'.",
  },
  { name: 'Leeuwarden', source: '003_c42c7be3638f69d6.txt' },
  { name: 'Regio Twente', source: '003_c42c7be3638f69d6.txt' },
  { name: 'Zuid-Limburg', source: '003_c42c7be3638f69d6.txt' },
  { name: 'FoodValley', source: '003_c42c7be3638f69d6.txt' },
  { name: 'Noord-Kennemerland', source: '003_c42c7be3638f69d6.txt' },
  { name: 'Utrecht', source: '003_c42c7be3638f69d6.txt' },
]

/** Spellings of region names the documents use but the seed must not (one spelling per region). */
export const rejectedRegionSpellings = ['Holland Rijnland', 'De Meijerij', 'NO-Friesland']

/** The five Communities of Practice, in the order and words of the sign-up (the list is complete). */
export const documentCommunities: DocumentName[] = [
  { name: 'onderwijs-zorgarrangementen en poreuze randen', source: '004_4f00abc38c616db0.txt' },
  { name: 'interprofessioneel samenwerken', source: '004_4f00abc38c616db0.txt' },
  { name: 'positief en preventief jeugdbeleid', source: '004_4f00abc38c616db0.txt' },
  { name: 'monitoring', source: '004_4f00abc38c616db0.txt' },
  { name: 'bindende afspraken voor onderwijs, jeugd en zorg', source: '004_4f00abc38c616db0.txt' },
]

/** A community's page title: the document's theme after "Community of Practice". */
export const communityTitle = (name: string): string =>
  `Community of Practice ${name.charAt(0).toUpperCase()}${name.slice(1)}`

/** The seven advices of the report "Mét andere ogen" (001 and 003 list them in the same words). */
export const documentAdvices: (DocumentName & { number: number })[] = [
  { number: 1, name: 'Het verbreden van teams (interprofessioneel)', source: '003_c42c7be3638f69d6.txt' },
  {
    number: 2,
    name: 'Inperken vrijstellingen op basis van artikel 5a uit de leerplichtwet',
    source: '003_c42c7be3638f69d6.txt',
  },
  {
    number: 3,
    name: 'Betrekken van ouders en kinderen is essentieel om resultaat te behalen',
    source: '003_c42c7be3638f69d6.txt',
  },
  {
    number: 4,
    name: 'Brede lokale/regionale afspraken over jeugd onder regie van de gemeente',
    source: '003_c42c7be3638f69d6.txt',
  },
  {
    number: 5,
    name: 'Monitoring op het niveau waarop gezamenlijke afspraken gemaakt zijn',
    source: '003_c42c7be3638f69d6.txt',
  },
  { number: 6, name: 'Budgetten en beleid moeten poreuze randen hebben', source: '003_c42c7be3638f69d6.txt' },
  { number: 7, name: 'De beleidscoalitie omvormen van denken naar doen', source: '001_c2b21834bdae395b.txt' },
]

/**
 * The coalition and the parties around it. The launch announcement (002) places them: 20 national
 * parties in the coalition (it names 19 and leaves one blank), the ministries of OCW and VWS closely
 * involved, NJi and NCJ as knowledge partners, AOb, CNV Onderwijs, FNV and AVS as agenda members.
 * The call (001) lists the policy coalition again, with 'Ambassadeur Zorglandschap Jeugd' as the one
 * party 002 does not name.
 */
export const documentPartners: (DocumentName & { role: PartnerRole })[] = [
  { name: 'VNG', role: 'coalition', source: '002_3b9fbfb8bfa31682.txt' },
  { name: 'PO-Raad', role: 'coalition', source: '002_3b9fbfb8bfa31682.txt' },
  { name: 'LECSO', role: 'coalition', source: '002_3b9fbfb8bfa31682.txt' },
  { name: 'Netwerk LPO', role: 'coalition', source: '002_3b9fbfb8bfa31682.txt' },
  {
    name: 'VO-Raad',
    role: 'coalition',
    source: '002_3b9fbfb8bfa31682.txt',
    note: "Both coalition lists (001, 002) write 'VO-Raad'; only the Monitor AOJ item in 001 writes 'VO-raad'.",
  },
  { name: 'SWV VO / NODS', role: 'coalition', source: '002_3b9fbfb8bfa31682.txt' },
  { name: 'Jeugdzorg Nederland', role: 'coalition', source: '002_3b9fbfb8bfa31682.txt' },
  { name: 'GGZ Nederland', role: 'coalition', source: '002_3b9fbfb8bfa31682.txt' },
  { name: 'VGN', role: 'coalition', source: '002_3b9fbfb8bfa31682.txt' },
  {
    name: 'Ouders & Onderwijs',
    role: 'coalition',
    source: '001_c2b21834bdae395b.txt',
    note: "002 writes 'Ouders en Onderwijs'.",
  },
  { name: 'Ieder(in)', role: 'coalition', source: '001_c2b21834bdae395b.txt', note: "002 writes 'Iederin'." },
  { name: 'Sociaal Werk Nederland', role: 'coalition', source: '002_3b9fbfb8bfa31682.txt' },
  {
    name: 'BMK',
    role: 'coalition',
    source: '002_3b9fbfb8bfa31682.txt',
    note: "002: 'Branche Kinderopvang (BMK en BK)'; two organisations, counted as two of the 20.",
  },
  { name: 'BK', role: 'coalition', source: '002_3b9fbfb8bfa31682.txt' },
  { name: 'Sectorraad Pro', role: 'coalition', source: '002_3b9fbfb8bfa31682.txt' },
  {
    name: 'GGD GHOR Nederland',
    role: 'coalition',
    source: '001_c2b21834bdae395b.txt',
    note: "The coalition lists write 'GGD GHOR' (002) and 'GGD/GHOR' (001); the petition item in 001 gives the full name.",
  },
  { name: 'MBO Raad', role: 'coalition', source: '002_3b9fbfb8bfa31682.txt', note: "001 writes 'MBO-Raad'." },
  { name: 'ActiZ', role: 'coalition', source: '002_3b9fbfb8bfa31682.txt' },
  { name: 'Ondersteuningsteam Zorg voor de Jeugd', role: 'coalition', source: '002_3b9fbfb8bfa31682.txt' },
  {
    name: 'Ambassadeur Zorglandschap Jeugd',
    role: 'coalition',
    source: '001_c2b21834bdae395b.txt',
    note: 'Named only in the call; probably the party left blank in the list of 002.',
  },
  { name: 'Ministerie van OCW', role: 'ministry', source: '001_c2b21834bdae395b.txt' },
  { name: 'Ministerie van VWS', role: 'ministry', source: '001_c2b21834bdae395b.txt' },
  { name: 'Nederlands Jeugdinstituut (NJi)', role: 'knowledge', source: '001_c2b21834bdae395b.txt' },
  { name: 'NCJ', role: 'knowledge', source: '002_3b9fbfb8bfa31682.txt' },
  { name: 'AOb', role: 'agenda', source: '002_3b9fbfb8bfa31682.txt' },
  {
    name: 'CNV Onderwijs',
    role: 'agenda',
    source: '002_3b9fbfb8bfa31682.txt',
    note: "002 writes 'CNV onderwijs'; capitalised as the union writes its name.",
  },
  { name: 'FNV', role: 'agenda', source: '002_3b9fbfb8bfa31682.txt' },
  { name: 'AVS', role: 'agenda', source: '002_3b9fbfb8bfa31682.txt' },
]

export interface Milestone {
  what: string
  /** YYYY-MM-DD, or YYYY-MM where the documents give only the month. */
  date: string
  sources: SourceFile[]
  /** The agenda item that records it (a past event), if any. */
  eventSlug?: string
  /** The news item that announces or reports it, if any: its publication date falls in `date`. */
  newsSlug?: string
  note?: string
}

/** The programme's milestones, with the date the documents give. */
export const documentMilestones: Milestone[] = [
  {
    what: 'The coalition writes down its shared vision',
    date: '2018-07',
    sources: ['003_c42c7be3638f69d6.txt'],
  },
  {
    what: "Advice report 'Mét andere ogen' by René Peeters",
    date: '2018-11-23',
    sources: ['003_c42c7be3638f69d6.txt'],
  },
  {
    what: 'Appointment of the programme leadership: René Peeters (bestuurlijk aanjager) and Marijke Andeweg (programmamanager)',
    date: '2019-06',
    sources: ['003_c42c7be3638f69d6.txt', '002_3b9fbfb8bfa31682.txt', '001_c2b21834bdae395b.txt'],
    newsSlug: 'rene-peeters-bestuurlijk-aanjager',
    note: '003: the programme office with its manager and the ambassador works since June 2019; 002 already names both as leadership. Day not given.',
  },
  {
    what: 'Launch of the programme',
    date: '2019-06',
    sources: ['002_3b9fbfb8bfa31682.txt', '003_c42c7be3638f69d6.txt'],
    newsSlug: 'met-andere-ogen-gaat-de-regios-in',
    note: "002 announces the call for 'eind juni', so the launch precedes it; 003: execution started mid-2019.",
  },
  {
    what: "Call for inspiratieregio's published",
    date: '2019-06',
    sources: ['002_3b9fbfb8bfa31682.txt', '001_c2b21834bdae395b.txt'],
    newsSlug: 'oproep-inspiratieregios-wat-we-vroegen',
    note: '002: the official invitation follows at the end of June.',
  },
  { what: 'Deadline for applications', date: '2019-09-15', sources: ['001_c2b21834bdae395b.txt'] },
  {
    what: 'Selection: applicants hear whether they are an inspiratieregio (11 of 30)',
    date: '2019-10-01',
    sources: ['001_c2b21834bdae395b.txt', '000_072d8c063ead7920.txt'],
  },
  {
    what: "Announcement of the 11 inspiratieregio's",
    date: '2019-10',
    sources: ['000_072d8c063ead7920.txt'],
    newsSlug: 'lerend-netwerk-start-met-11-inspiratieregios',
    note: 'Written after the selection of 1 October and before the kick-off of 31 October.',
  },
  {
    what: "Kick-off of the inspiratieregio's at the conferentie Onderwijs Jeugd, Veenendaal",
    date: '2019-10-31',
    sources: ['000_072d8c063ead7920.txt', '001_c2b21834bdae395b.txt'],
    eventSlug: 'kick-off-inspiratieregios-2019',
  },
  {
    what: 'Verdiepingsochtend GIRFEC in Tilburg',
    date: '2019-11-06',
    sources: ['001_c2b21834bdae395b.txt'],
    eventSlug: 'verdiepingsochtend-girfec-tilburg-2019',
    note: 'The report gives day and month; the year follows from the news run, which starts in November 2019.',
  },
  {
    what: 'First meeting of all aandeelhouders',
    date: '2019-12-12',
    sources: ['000_072d8c063ead7920.txt', '003_c42c7be3638f69d6.txt'],
    eventSlug: 'eerste-aandeelhoudersbijeenkomst-2019',
  },
  {
    what: 'Sign-up for the Communities of Practice opens',
    date: '2020-03-12',
    sources: ['004_4f00abc38c616db0.txt'],
    newsSlug: 'aanmelden-communities-of-practice',
  },
  {
    what: 'Start of the Communities of Practice',
    date: '2020-04',
    sources: ['004_4f00abc38c616db0.txt'],
    eventSlug: 'start-communities-of-practice-2020',
  },
]

/** The programme plan's targets for 2020 and the sign-up's figures. */
export const documentTargets = {
  source: '003_c42c7be3638f69d6.txt' as SourceFile,
  shareholders: 200,
  ambassadors: 10,
  practices: 10,
  regions: 11,
  communities: 5,
  newsUpdateEveryWeeks: 2,
  presentations: 50,
  communityPlaces: { min: 15, max: 25, source: '004_4f00abc38c616db0.txt' as SourceFile },
  communityMeetings: 4,
  applications: { count: 30, source: '000_072d8c063ead7920.txt' as SourceFile },
}
