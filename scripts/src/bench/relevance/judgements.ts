/**
 * Graded relevance judgements on the seeded corpus (`seedSearchDocuments()`, ids `<type>:<slug>`).
 * Grades: 3 perfect, 2 good, 1 acceptable; an unlisted document is 0.
 *
 * Judged as a visitor would: for a topical query (a theme, a target group, a school type, an
 * acronym) the news, practices, regions, communities and events about the subject are the
 * answer; an expert's profile is at most good there, and perfect only when the query names the
 * person or asks for expertise ("expert jeugdhulp", "wie weet veel van …"), or when the profile
 * is the only page about it. A theme label alone ("… (OOGO)" on twenty documents) makes a
 * document acceptable at most. A theme's own page (it lists everything on the theme) is perfect
 * for a query naming the theme; an advice page is perfect for its subject and for "advies" or
 * "adviezen"; a publication for its title and subject.
 */
import type { Grades } from './metrics'

export const QUERY_CLASSES = [
  'topic',
  'place',
  'organisation',
  'acronym',
  'person',
  'event',
  'inflection',
  'compound',
  'typo',
  'multi-word',
  'question',
] as const

export type QueryClass = (typeof QUERY_CLASSES)[number]

export interface Judgement {
  query: string
  class: QueryClass
  grades: Grades
  why: string
}

// Grades shared by several spellings of the same need.
const THUISZITTERS: Grades = {
  'theme:thuiszitters': 3,
  'region:noord-kennemerland': 3,
  'region:almere': 3,
  'practice:t-baken-lochem': 3,
  'news:t-baken-lochem-samen-tegen-schoolverzuim': 2,
  'event:webinar-lvb-herkennen-op-school': 2,
  'news:webinar-lvb-herkennen-op-school': 2,
  'expert:ruud-bakker-voorbeeld': 2,
  'expert:fatima-el-idrissi-voorbeeld': 1,
  'expert:marloes-kuipers-voorbeeld': 1,
  'region:utrecht': 1,
  'community:cop-monitoring': 1,
  'publication:opbrengst-cop-monitoring-indicatoren': 1,
  'advice:advies-2-vrijstellingen-inperken': 1,
}

const PASSEND_ONDERWIJS: Grades = {
  'theme:passend-onderwijs': 3,
  'practice:dokwerk-gorinchem': 3,
  'practice:oost-achterhoek-een-zorgteam': 3,
  'news:oost-achterhoek-tekent-convenant': 3,
  'news:dokwerk-werkt': 2,
  'expert:hamid-yilmaz-voorbeeld': 2,
  'news:met-andere-ogen-gaat-de-regios-in': 2,
  'region:holland-rijnland': 2,
  'region:de-meierij': 2,
  'region:zuid-limburg': 1,
  'region:twente': 1,
  'region:noord-kennemerland': 1,
  'region:zuid-kennemerland': 1,
  'region:utrecht': 1,
  'region:leeuwarden': 1,
  'page:de-zeven-adviezen': 1,
  'page:over-ons': 1,
  'news:terugblik-aandeelhoudersbijeenkomst-2025': 1,
  'event:aandeelhoudersbijeenkomst-2025': 1,
  'news:petitie-kleurplaat-onderwijs-en-zorg': 1,
  'expert:anouk-verbeek-voorbeeld': 1,
  'expert:joris-hendriksen-voorbeeld': 1,
  'expert:wouter-de-graaf-voorbeeld': 1,
  'theme:onderwijs-zorgarrangementen': 1,
  'advice:advies-6-poreuze-randen': 1,
}

const SAMENWERKINGSVERBAND: Grades = {
  'theme:oogo-en-bindende-afspraken': 3,
  'theme:passend-onderwijs': 2,
  'news:oost-achterhoek-tekent-convenant': 3,
  'practice:oost-achterhoek-een-zorgteam': 3,
  'practice:dokwerk-gorinchem': 3,
  'news:dokwerk-werkt': 2,
  'expert:hamid-yilmaz-voorbeeld': 2,
  'community:cop-bindende-afspraken': 2,
  'event:werksessie-oogo-bindende-afspraken-2027': 2,
  'event:webinar-monitoren-op-niveau-van-afspraken': 2,
  'practice:monitor-aansluiting-onderwijs-jeugdhulp': 2,
  'news:vernieuwde-monitor-aoj-live': 2,
  'expert:anouk-verbeek-voorbeeld': 2,
  'region:de-meierij': 2,
  'news:werksessie-poreuze-randen-de-meierij': 1,
  'event:werksessie-poreuze-randen-de-meierij': 1,
  'region:holland-rijnland': 1,
  'region:zuid-limburg': 1,
  'region:twente': 1,
  'community:cop-monitoring': 1,
  'expert:pieter-jan-smulders-voorbeeld': 1,
  'expert:ruud-bakker-voorbeeld': 1,
  'advice:advies-4-brede-lokale-afspraken': 1,
  'advice:advies-5-monitoren-op-niveau-van-afspraken': 1,
}

const VROEGSIGNALERING: Grades = {
  'theme:preventief-jeugdbeleid': 3,
  'community:cop-positief-preventief-jeugdbeleid': 3,
  'event:cop-preventief-jeugdbeleid-start-2027': 3,
  'expert:esther-van-dijk-voorbeeld': 2,
  'region:noordoost-friesland': 2,
  'region:zuid-limburg': 2,
  'news:aanmelden-nieuwe-communities-of-practice-2027': 2,
  'practice:girfec-kansencirkel-tilburg': 1,
  'practice:t-baken-lochem': 1,
  'region:leeuwarden': 1,
  'region:almere': 1,
  'expert:sanne-oosterhuis-voorbeeld': 1,
  'expert:marloes-kuipers-voorbeeld': 1,
}

const MONITORING: Grades = {
  'theme:monitoring': 3,
  'publication:opbrengst-cop-monitoring-indicatoren': 3,
  'advice:advies-5-monitoren-op-niveau-van-afspraken': 3,
  'publication:staat-van-met-andere-ogen-2020': 1,
  'publication:programmaplan-uitvoering-2020': 1,
  'community:cop-monitoring': 3,
  'practice:monitor-aansluiting-onderwijs-jeugdhulp': 3,
  'event:webinar-monitoren-op-niveau-van-afspraken': 3,
  'news:vernieuwde-monitor-aoj-live': 2,
  'expert:pieter-jan-smulders-voorbeeld': 2,
  'event:start-communities-of-practice-2020': 2,
  'region:utrecht': 1,
  'region:zuid-limburg': 1,
  'news:save-the-date-aandeelhoudersbijeenkomst-2026': 1,
  'event:aandeelhoudersbijeenkomst-2026': 1,
  'news:aanmelden-communities-of-practice': 1,
}

const ONDERWIJS_ZORGARRANGEMENT: Grades = {
  'theme:onderwijs-zorgarrangementen': 3,
  'advice:advies-6-poreuze-randen': 2,
  'community:cop-onderwijs-zorgarrangementen': 3,
  'news:werksessie-poreuze-randen-de-meierij': 3,
  'event:werksessie-poreuze-randen-de-meierij': 2,
  'news:aanmelden-nieuwe-communities-of-practice-2027': 2,
  'region:noord-kennemerland': 2,
  'expert:hamid-yilmaz-voorbeeld': 2,
  'region:de-meierij': 1,
  'news:aanmelden-communities-of-practice': 1,
  'event:aandeelhoudersbijeenkomst-2025': 1,
  'news:terugblik-aandeelhoudersbijeenkomst-2025': 1,
  'event:start-communities-of-practice-2020': 1,
}

const INSPIRATIEREGIO: Grades = {
  'publication:infographic-oktober-2019': 1,
  'publication:programmaplan-uitvoering-2020': 1,
  'news:oproep-inspiratieregios-wat-we-vroegen': 3,
  'news:lerend-netwerk-start-met-11-inspiratieregios': 3,
  'event:kick-off-inspiratieregios-2019': 3,
  'news:rene-peeters-bestuurlijk-aanjager': 1,
  'news:terugblik-eerste-aandeelhoudersbijeenkomst': 1,
  'news:terugblik-aandeelhoudersbijeenkomst-2025': 1,
  'event:aandeelhoudersbijeenkomst-2025': 1,
  'news:werksessie-poreuze-randen-de-meierij': 1,
}

const AANDEELHOUDER: Grades = {
  'publication:infographic-oktober-2019': 1,
  'page:aandeelhouder-worden': 3,
  'event:eerste-aandeelhoudersbijeenkomst-2019': 2,
  'news:terugblik-eerste-aandeelhoudersbijeenkomst': 2,
  'event:aandeelhoudersbijeenkomst-2026': 2,
  'event:aandeelhoudersbijeenkomst-2025': 2,
  'news:save-the-date-aandeelhoudersbijeenkomst-2026': 2,
  'news:terugblik-aandeelhoudersbijeenkomst-2025': 2,
  'news:aanmelden-communities-of-practice': 1,
  'news:aanmelden-nieuwe-communities-of-practice-2027': 1,
}

const DE_MEIERIJ: Grades = {
  'region:de-meierij': 3,
  'news:werksessie-poreuze-randen-de-meierij': 2,
  'event:werksessie-poreuze-randen-de-meierij': 2,
  'community:cop-onderwijs-zorgarrangementen': 1,
  'news:aanmelden-nieuwe-communities-of-practice-2027': 1,
}

const ZUID_LIMBURG: Grades = {
  'region:zuid-limburg': 3,
  'event:webinar-monitoren-op-niveau-van-afspraken': 1,
  'event:cop-preventief-jeugdbeleid-start-2027': 1,
  'community:cop-positief-preventief-jeugdbeleid': 1,
  'news:aanmelden-nieuwe-communities-of-practice-2027': 1,
  'expert:pieter-jan-smulders-voorbeeld': 1,
  'news:lerend-netwerk-start-met-11-inspiratieregios': 1,
}

const HOLLAND_RIJNLAND: Grades = {
  'region:holland-rijnland': 3,
  'event:webinar-lvb-herkennen-op-school': 1,
  'news:webinar-lvb-herkennen-op-school': 1,
  'event:werksessie-oogo-bindende-afspraken-2027': 1,
  'expert:anouk-verbeek-voorbeeld': 1,
  'expert:esther-van-dijk-voorbeeld': 1,
}

const NJI: Grades = {
  'publication:infographic-oktober-2019': 1,
  'practice:girfec-kansencirkel-tilburg': 3,
  'practice:monitor-aansluiting-onderwijs-jeugdhulp': 3,
  'news:vernieuwde-monitor-aoj-live': 3,
  'news:girfec-verdiepingsochtend-tilburg': 2,
  'event:verdiepingsochtend-girfec-tilburg-2019': 2,
}

const GIRFEC: Grades = {
  'practice:girfec-kansencirkel-tilburg': 3,
  'news:girfec-verdiepingsochtend-tilburg': 3,
  'event:verdiepingsochtend-girfec-tilburg-2019': 3,
}

/** The seven advices, each on its own page. */
const ADVICES: Grades = {
  'advice:advies-1-teams-verbreden': 3,
  'advice:advies-2-vrijstellingen-inperken': 3,
  'advice:advies-3-ouders-en-kinderen-betrekken': 3,
  'advice:advies-4-brede-lokale-afspraken': 3,
  'advice:advies-5-monitoren-op-niveau-van-afspraken': 3,
  'advice:advies-6-poreuze-randen': 3,
  'advice:advies-7-van-denken-naar-doen': 3,
}

const DOKWERK: Grades = { 'news:dokwerk-werkt': 3, 'practice:dokwerk-gorinchem': 3 }
const LOCHEM: Grades = { 'practice:t-baken-lochem': 3, 'news:t-baken-lochem-samen-tegen-schoolverzuim': 3 }
const OOST_ACHTERHOEK: Grades = {
  'practice:oost-achterhoek-een-zorgteam': 3,
  'news:oost-achterhoek-tekent-convenant': 3,
}
const RENE_PEETERS: Grades = {
  'news:rene-peeters-bestuurlijk-aanjager': 3,
  'publication:met-andere-ogen-adviesrapport': 2,
  'page:de-zeven-adviezen': 2,
}
const PIETER_JAN: Grades = { 'expert:pieter-jan-smulders-voorbeeld': 3 }
const WEBINARS_LVB: Grades = {
  'event:webinar-lvb-herkennen-op-school': 3,
  'news:webinar-lvb-herkennen-op-school': 3,
  'region:leeuwarden': 1,
  'expert:wouter-de-graaf-voorbeeld': 1,
}
const TWENTE: Grades = {
  'region:twente': 3,
  'event:cop-interprofessioneel-samenwerken-bijeenkomst-3': 2,
  'community:cop-interprofessioneel-samenwerken': 1,
  'news:nieuwe-ronde-cop-interprofessioneel-samenwerken': 1,
  'expert:joris-hendriksen-voorbeeld': 1,
  'expert:wouter-de-graaf-voorbeeld': 1,
}
const LEEUWARDEN: Grades = {
  'region:leeuwarden': 3,
  'event:webinar-lvb-herkennen-op-school': 1,
  'news:webinar-lvb-herkennen-op-school': 1,
  'community:cop-positief-preventief-jeugdbeleid': 1,
  'event:cop-preventief-jeugdbeleid-start-2027': 1,
}

export const JUDGEMENTS: readonly Judgement[] = [
  // ── topic: themes, target groups, school types ──────────────────────────────────────────
  {
    query: 'thuiszitters',
    class: 'topic',
    grades: THUISZITTERS,
    why: 'regions and practice that prevent thuiszitten; profiles only good',
  },
  {
    query: 'passend onderwijs',
    class: 'topic',
    grades: PASSEND_ONDERWIJS,
    why: 'the samenwerkingsverband practices and the convenant; the director profile is good, not first',
  },
  {
    query: 'samenwerkingsverband',
    class: 'topic',
    grades: SAMENWERKINGSVERBAND,
    why: 'practices and news where a samenwerkingsverband acts; the director profile is good',
  },
  {
    query: 'preventief jeugdbeleid',
    class: 'topic',
    grades: {
      'theme:preventief-jeugdbeleid': 3,
      'community:cop-positief-preventief-jeugdbeleid': 3,
      'event:cop-preventief-jeugdbeleid-start-2027': 3,
      'region:zuid-limburg': 3,
      'news:aanmelden-nieuwe-communities-of-practice-2027': 2,
      'expert:sanne-oosterhuis-voorbeeld': 2,
      'region:noordoost-friesland': 1,
      'practice:girfec-kansencirkel-tilburg': 1,
      'news:girfec-verdiepingsochtend-tilburg': 1,
      'event:start-communities-of-practice-2020': 1,
    },
    why: 'the community and region named after it; the lector of the subject is good',
  },
  {
    query: 'vroegsignalering',
    class: 'topic',
    grades: VROEGSIGNALERING,
    why: 'the prevention community and its start; the specialist profile is good',
  },
  {
    query: 'monitoring',
    class: 'topic',
    grades: MONITORING,
    why: 'the monitoring community, the monitor practice and the webinar; the data analyst is good',
  },
  {
    query: 'poreuze randen',
    class: 'topic',
    grades: {
      'advice:advies-6-poreuze-randen': 3,
      'theme:onderwijs-zorgarrangementen': 3,
      'community:cop-onderwijs-zorgarrangementen': 3,
      'event:werksessie-poreuze-randen-de-meierij': 3,
      'news:werksessie-poreuze-randen-de-meierij': 3,
      'region:de-meierij': 3,
      'news:aanmelden-nieuwe-communities-of-practice-2027': 2,
      'expert:hamid-yilmaz-voorbeeld': 1,
      'news:aanmelden-communities-of-practice': 1,
      'event:start-communities-of-practice-2020': 1,
    },
    why: 'the community, the work session and De Meierij (budgetten met poreuze randen)',
  },
  {
    query: 'leerplicht',
    class: 'topic',
    grades: {
      'theme:leerplicht': 3,
      'advice:advies-2-vrijstellingen-inperken': 2,
      ...LOCHEM,
      'expert:ruud-bakker-voorbeeld': 2,
      'expert:marloes-kuipers-voorbeeld': 1,
      'region:noord-kennemerland': 1,
      'region:almere': 1,
      'region:de-meierij': 1,
    },
    why: "'t Baken Lochem has leerplicht in its title; the leerplichtambtenaar profile is good",
  },
  {
    query: 'interprofessioneel samenwerken',
    class: 'topic',
    grades: {
      'theme:interprofessioneel-samenwerken': 3,
      'advice:advies-1-teams-verbreden': 3,
      'publication:met-andere-ogen-adviesrapport': 1,
      'community:cop-interprofessioneel-samenwerken': 3,
      'news:nieuwe-ronde-cop-interprofessioneel-samenwerken': 3,
      'event:cop-interprofessioneel-samenwerken-bijeenkomst-2': 3,
      'event:cop-interprofessioneel-samenwerken-bijeenkomst-3': 3,
      'news:aanmelden-communities-of-practice': 1,
      'event:start-communities-of-practice-2020': 1,
      'expert:joris-hendriksen-voorbeeld': 1,
    },
    why: 'the community and its meetings carry the words in the title',
  },
  {
    query: 'jeugdarts',
    class: 'topic',
    grades: {
      'advice:advies-2-vrijstellingen-inperken': 1,
      ...LOCHEM,
      'expert:marloes-kuipers-voorbeeld': 2,
      'news:webinar-lvb-herkennen-op-school': 1,
      'event:webinar-lvb-herkennen-op-school': 1,
    },
    why: 'a profession as a topic: school, jeugdarts and leerplicht in Lochem; the jeugdarts profile is good',
  },
  {
    query: 'convenant',
    class: 'topic',
    grades: {
      'theme:oogo-en-bindende-afspraken': 1,
      ...OOST_ACHTERHOEK,
      'community:cop-bindende-afspraken': 2,
      'event:webinar-monitoren-op-niveau-van-afspraken': 1,
    },
    why: 'Oost Achterhoek signed one; the community on binding agreements discusses them',
  },
  {
    query: 'vmbo',
    class: 'topic',
    grades: { ...DOKWERK, 'expert:wouter-de-graaf-voorbeeld': 1 },
    why: 'a school type: Dokwerk leads pupils to the vmbo',
  },
  {
    query: 'praktijkonderwijs',
    class: 'topic',
    grades: { 'practice:dokwerk-gorinchem': 3, 'news:dokwerk-werkt': 2, 'expert:wouter-de-graaf-voorbeeld': 1 },
    why: 'a school type in the title of the Dokwerk practice',
  },
  {
    query: 'speciaal onderwijs',
    class: 'topic',
    grades: {
      'news:dokwerk-werkt': 2,
      'practice:dokwerk-gorinchem': 2,
      'region:de-meierij': 2,
      'expert:wouter-de-graaf-voorbeeld': 1,
    },
    why: 'no page is about it; Dokwerk fills its gap, De Meierij has much of it',
  },
  {
    query: 'jeugdzorg',
    class: 'topic',
    grades: {
      'news:oost-achterhoek-tekent-convenant': 3,
      'practice:oost-achterhoek-een-zorgteam': 2,
      'practice:ik-kom-naar-je-toe-zwolle': 2,
      'news:vervolg-ik-kom-naar-je-toe-zwolle': 2,
      'news:petitie-kleurplaat-onderwijs-en-zorg': 1,
      'news:met-andere-ogen-gaat-de-regios-in': 1,
    },
    why: 'the literal word in a title beats the many jeugdhulp pages found through the synonym',
  },
  {
    query: 'crèche',
    class: 'topic',
    grades: { 'expert:esther-van-dijk-voorbeeld': 3 },
    why: 'the only page that mentions the crèche is this profile',
  },
  {
    query: 'Kansencirkel',
    class: 'topic',
    grades: {
      'practice:girfec-kansencirkel-tilburg': 3,
      'event:verdiepingsochtend-girfec-tilburg-2019': 1,
      'news:girfec-verdiepingsochtend-tilburg': 1,
    },
    why: 'the name of the practice',
  },
  {
    query: 'midterm',
    class: 'topic',
    grades: {
      'publication:midterm-met-andere-ogen-2020': 3,
      'publication:programmaplan-uitvoering-2020': 1,
      'publication:staat-van-met-andere-ogen-2020': 1,
      'news:programmaplan-bewegen-leren-agenderen': 1,
    },
    why: 'a publication by its title; the plan that announces it',
  },
  {
    query: 'infographic',
    class: 'topic',
    grades: { 'publication:infographic-oktober-2019': 3 },
    why: 'a publication by its title',
  },

  // ── place: regions by official and everyday names, municipalities ───────────────────────
  {
    query: 'Zuid-Limburg',
    class: 'place',
    grades: ZUID_LIMBURG,
    why: 'a region by its hyphenated name, the region first',
  },
  { query: 'Zuid Limburg', class: 'place', grades: ZUID_LIMBURG, why: 'the same without hyphen' },
  { query: 'De Meierij', class: 'place', grades: DE_MEIERIJ, why: 'the region itself before its work session' },
  {
    query: 'Den Bosch',
    class: 'place',
    grades: DE_MEIERIJ,
    why: "the everyday name of 's-Hertogenbosch, main city of De Meierij",
  },
  { query: "'s-Hertogenbosch", class: 'place', grades: DE_MEIERIJ, why: 'the official name of the main city' },
  { query: 'Hertogenbosch', class: 'place', grades: DE_MEIERIJ, why: "the official name without 's-" },
  { query: 'Twente', class: 'place', grades: TWENTE, why: 'the region Twente (titled Regio Twente)' },
  {
    query: 'Enschede',
    class: 'place',
    grades: { ...TWENTE, 'event:cop-interprofessioneel-samenwerken-bijeenkomst-3': 3 },
    why: 'the main city of Twente; a meeting held there',
  },
  { query: 'Almelo', class: 'place', grades: { 'region:twente': 3 }, why: 'a municipality of Twente' },
  { query: 'Holland Rijnland', class: 'place', grades: HOLLAND_RIJNLAND, why: 'the region written without hyphen' },
  { query: 'Leiden', class: 'place', grades: HOLLAND_RIJNLAND, why: 'the main city of Holland-Rijnland' },
  { query: 'Maastricht', class: 'place', grades: { 'region:zuid-limburg': 3 }, why: 'a municipality of Zuid-Limburg' },
  {
    query: 'Alkmaar',
    class: 'place',
    grades: { 'region:noord-kennemerland': 3 },
    why: 'the centre of Noord-Kennemerland',
  },
  {
    query: 'Haarlem',
    class: 'place',
    grades: { 'region:zuid-kennemerland': 3 },
    why: 'the largest municipality of Zuid-Kennemerland',
  },
  {
    query: 'Friesland',
    class: 'place',
    grades: { 'region:noordoost-friesland': 3, 'region:leeuwarden': 2, 'expert:marloes-kuipers-voorbeeld': 1 },
    why: 'the everyday name of the province: the Frisian regions',
  },
  {
    query: 'Fryslân',
    class: 'place',
    grades: { 'region:noordoost-friesland': 3, 'region:leeuwarden': 2 },
    why: 'the official name with a diacritic, in the region text',
  },
  {
    query: 'Food Valley',
    class: 'place',
    grades: {
      'region:foodvalley': 3,
      'event:werksessie-oogo-bindende-afspraken-2027': 1,
      'expert:sanne-oosterhuis-voorbeeld': 1,
    },
    why: 'FoodValley written as two words',
  },
  {
    query: 'Veenendaal',
    class: 'place',
    grades: {
      'region:foodvalley': 3,
      'event:kick-off-inspiratieregios-2019': 3,
      'news:lerend-netwerk-start-met-11-inspiratieregios': 2,
    },
    why: 'a FoodValley municipality and the place of the kick-off',
  },
  { query: 'Gorinchem', class: 'place', grades: DOKWERK, why: 'the place of Dokwerk' },
  {
    query: 'Oost-Achterhoek',
    class: 'place',
    grades: OOST_ACHTERHOEK,
    why: 'written with a hyphen where the titles have none',
  },
  { query: 'Leeuwarden', class: 'place', grades: LEEUWARDEN, why: 'the region of that name' },

  // ── organisation ────────────────────────────────────────────────────────────────────────
  {
    query: 'Nederlands Jeugdinstituut',
    class: 'organisation',
    grades: NJI,
    why: 'organisation of the Kansencirkel and the monitor',
  },
  {
    query: 'VNG',
    class: 'organisation',
    grades: {
      'practice:monitor-aansluiting-onderwijs-jeugdhulp': 3,
      'news:vernieuwde-monitor-aoj-live': 3,
      'event:aandeelhoudersbijeenkomst-2026': 2,
      'news:save-the-date-aandeelhoudersbijeenkomst-2026': 2,
      'community:cop-bindende-afspraken': 1,
      'community:cop-positief-preventief-jeugdbeleid': 1,
      'news:met-andere-ogen-gaat-de-regios-in': 1,
    },
    why: 'the monitor it makes, the meeting at its office',
  },
  {
    query: 'PO-Raad',
    class: 'organisation',
    grades: {
      'practice:monitor-aansluiting-onderwijs-jeugdhulp': 3,
      'news:vernieuwde-monitor-aoj-live': 3,
      'event:werksessie-oogo-bindende-afspraken-2027': 1,
      'community:cop-onderwijs-zorgarrangementen': 1,
      'community:cop-interprofessioneel-samenwerken': 1,
      'community:cop-monitoring': 1,
      'news:met-andere-ogen-gaat-de-regios-in': 1,
    },
    why: 'a hyphenated organisation: the monitor it makes, meetings at its office',
  },
  { query: 'Staring College', class: 'organisation', grades: LOCHEM, why: "the school of 't Baken Lochem" },
  {
    query: 'Regionaal Bureau Leerplicht',
    class: 'organisation',
    grades: { 'expert:ruud-bakker-voorbeeld': 3 },
    why: "the only page: Ruud Bakker's organisation",
  },
  {
    query: 'Jeugdzorg Nederland',
    class: 'organisation',
    grades: { 'news:petitie-kleurplaat-onderwijs-en-zorg': 3, 'news:met-andere-ogen-gaat-de-regios-in': 2 },
    why: 'it co-signed the petition; a founding partner',
  },
  {
    query: 'gemeente Tilburg',
    class: 'organisation',
    grades: GIRFEC,
    why: 'the municipality that organised the GIRFEC morning and the Kansencirkel',
  },
  {
    query: 'Slinge-Berkel',
    class: 'organisation',
    grades: OOST_ACHTERHOEK,
    why: 'the samenwerkingsverband vo of the convenant',
  },
  { query: 'Dokwerk', class: 'organisation', grades: DOKWERK, why: 'the name of the project' },
  {
    query: 'Zunderdorp',
    class: 'organisation',
    grades: { 'publication:met-andere-ogen-adviesrapport': 3 },
    why: 'the bureau named in the advisory report',
  },

  // ── acronym ─────────────────────────────────────────────────────────────────────────────
  {
    query: 'OOGO',
    class: 'acronym',
    grades: {
      'theme:oogo-en-bindende-afspraken': 3,
      'advice:advies-4-brede-lokale-afspraken': 2,
      'event:werksessie-oogo-bindende-afspraken-2027': 3,
      'community:cop-bindende-afspraken': 3,
      'practice:monitor-aansluiting-onderwijs-jeugdhulp': 2,
      'event:webinar-monitoren-op-niveau-van-afspraken': 2,
      'expert:anouk-verbeek-voorbeeld': 2,
      'news:werksessie-poreuze-randen-de-meierij': 1,
      'region:holland-rijnland': 1,
      'region:foodvalley': 1,
      'news:oost-achterhoek-tekent-convenant': 1,
    },
    why: 'the work session and the community on it; the process counsellor is good',
  },
  { query: 'SWV', class: 'acronym', grades: SAMENWERKINGSVERBAND, why: 'finds what samenwerkingsverband finds' },
  {
    query: 'LVB',
    class: 'acronym',
    grades: {
      'theme:lvb': 3,
      ...WEBINARS_LVB,
      'region:leeuwarden': 2,
      'expert:wouter-de-graaf-voorbeeld': 2,
      'expert:fatima-el-idrissi-voorbeeld': 1,
      'region:holland-rijnland': 1,
      'region:de-meierij': 1,
      'region:foodvalley': 1,
    },
    why: 'the webinar news and event; Leeuwarden focuses on it',
  },
  {
    query: 'JGZ',
    class: 'acronym',
    grades: {
      'theme:preventief-jeugdbeleid': 2,
      'theme:interprofessioneel-samenwerken': 2,
      'advice:advies-1-teams-verbreden': 1,
      'advice:advies-4-brede-lokale-afspraken': 1,
      'practice:t-baken-lochem': 2,
      'community:cop-positief-preventief-jeugdbeleid': 2,
      'expert:marloes-kuipers-voorbeeld': 2,
      'expert:sanne-oosterhuis-voorbeeld': 1,
      'expert:esther-van-dijk-voorbeeld': 1,
      'region:twente': 1,
      'region:zuid-limburg': 1,
      'region:leeuwarden': 1,
      'event:webinar-lvb-herkennen-op-school': 1,
    },
    why: 'no page is about the JGZ; where it takes part',
  },
  {
    query: 'AOJ',
    class: 'acronym',
    grades: { 'practice:monitor-aansluiting-onderwijs-jeugdhulp': 3, 'news:vernieuwde-monitor-aoj-live': 3 },
    why: 'Monitor Aansluiting Onderwijs Jeugdhulp',
  },
  { query: 'GIRFEC', class: 'acronym', grades: GIRFEC, why: 'Getting It Right For Every Child' },
  {
    query: 'vso',
    class: 'acronym',
    grades: { 'news:dokwerk-werkt': 3, 'practice:dokwerk-gorinchem': 2, 'expert:wouter-de-graaf-voorbeeld': 2 },
    why: 'Dokwerk answers the missing vso offer',
  },
  { query: 'NJi', class: 'acronym', grades: NJI, why: 'the acronym of the Nederlands Jeugdinstituut' },
  {
    query: 'RMC',
    class: 'acronym',
    grades: { 'news:t-baken-lochem-samen-tegen-schoolverzuim': 2, 'practice:t-baken-lochem': 2 },
    why: "the RMC region of 't Baken Lochem",
  },
  {
    query: 'mbo',
    class: 'acronym',
    grades: {
      'theme:passend-onderwijs': 1,
      'expert:wouter-de-graaf-voorbeeld': 2,
      'news:webinar-lvb-herkennen-op-school': 1,
      'region:leeuwarden': 1,
      'expert:marloes-kuipers-voorbeeld': 1,
    },
    why: 'a school type: only the Entreeopleiding profile is about it',
  },
  {
    query: 'Wlz',
    class: 'acronym',
    grades: { 'theme:onderwijs-zorgarrangementen': 3, 'community:cop-onderwijs-zorgarrangementen': 3 },
    why: 'the Wet langdurige zorg, one of the budgets of onderwijs-zorgarrangementen',
  },

  // ── person ──────────────────────────────────────────────────────────────────────────────
  { query: 'René Peeters', class: 'person', grades: RENE_PEETERS, why: 'a person in the title' },
  { query: 'Rene Peeters', class: 'person', grades: RENE_PEETERS, why: 'the same without the accent' },
  { query: 'Peeters', class: 'person', grades: RENE_PEETERS, why: 'the surname alone' },
  {
    query: 'Anouk Verbeek',
    class: 'person',
    grades: { 'expert:anouk-verbeek-voorbeeld': 3 },
    why: 'an expert by name',
  },
  { query: 'Hamid Yilmaz', class: 'person', grades: { 'expert:hamid-yilmaz-voorbeeld': 3 }, why: 'an expert by name' },
  { query: 'Pieter-Jan Smulders', class: 'person', grades: PIETER_JAN, why: 'a hyphenated first name' },
  { query: 'Pieter Jan Smulders', class: 'person', grades: PIETER_JAN, why: 'the first name without hyphen' },
  {
    query: 'Esther van Dijk',
    class: 'person',
    grades: { 'expert:esther-van-dijk-voorbeeld': 3 },
    why: 'a name with a tussenvoegsel',
  },
  { query: 'Marloes', class: 'person', grades: { 'expert:marloes-kuipers-voorbeeld': 3 }, why: 'a first name alone' },
  {
    query: 'Ronnie Hill',
    class: 'person',
    grades: { 'event:verdiepingsochtend-girfec-tilburg-2019': 3, 'news:girfec-verdiepingsochtend-tilburg': 2 },
    why: 'the speaker named in the event summary',
  },

  // ── event ───────────────────────────────────────────────────────────────────────────────
  {
    query: 'aandeelhoudersbijeenkomst',
    class: 'event',
    grades: {
      'event:aandeelhoudersbijeenkomst-2026': 3,
      'event:aandeelhoudersbijeenkomst-2025': 3,
      'news:save-the-date-aandeelhoudersbijeenkomst-2026': 2,
      'news:terugblik-aandeelhoudersbijeenkomst-2025': 2,
      'event:eerste-aandeelhoudersbijeenkomst-2019': 2,
      'news:terugblik-eerste-aandeelhoudersbijeenkomst': 1,
    },
    why: 'the events of that name, then their news',
  },
  {
    query: 'aandeelhoudersbijeenkomst 2026',
    class: 'event',
    grades: {
      'event:aandeelhoudersbijeenkomst-2026': 3,
      'news:save-the-date-aandeelhoudersbijeenkomst-2026': 2,
      'event:aandeelhoudersbijeenkomst-2025': 1,
    },
    why: 'the event of that year',
  },
  {
    query: "kick-off inspiratieregio's",
    class: 'event',
    grades: { 'event:kick-off-inspiratieregios-2019': 3, 'news:lerend-netwerk-start-met-11-inspiratieregios': 2 },
    why: 'the event by its title',
  },
  { query: 'webinar LVB', class: 'event', grades: WEBINARS_LVB, why: 'the webinar and its announcement' },
  {
    query: 'werksessie OOGO',
    class: 'event',
    grades: { 'event:werksessie-oogo-bindende-afspraken-2027': 3, 'community:cop-bindende-afspraken': 1 },
    why: 'both words in the title',
  },
  {
    query: 'verdiepingsochtend GIRFEC',
    class: 'event',
    grades: {
      'event:verdiepingsochtend-girfec-tilburg-2019': 3,
      'news:girfec-verdiepingsochtend-tilburg': 3,
      'practice:girfec-kansencirkel-tilburg': 1,
    },
    why: 'the morning and its report',
  },
  {
    query: 'startbijeenkomst',
    class: 'event',
    grades: { 'event:cop-preventief-jeugdbeleid-start-2027': 3, 'event:start-communities-of-practice-2020': 2 },
    why: 'the start meeting by its title',
  },
  {
    query: 'conferentie Onderwijs Jeugd',
    class: 'event',
    grades: { 'event:kick-off-inspiratieregios-2019': 3, 'news:lerend-netwerk-start-met-11-inspiratieregios': 1 },
    why: 'the conference where the regions were introduced',
  },
  {
    query: 'webinar monitoren',
    class: 'event',
    grades: {
      'event:webinar-monitoren-op-niveau-van-afspraken': 3,
      'community:cop-monitoring': 1,
      'practice:monitor-aansluiting-onderwijs-jeugdhulp': 1,
    },
    why: 'the webinar by its title',
  },
  {
    query: 'Ik kom naar je toe',
    class: 'event',
    grades: { 'practice:ik-kom-naar-je-toe-zwolle': 3, 'news:vervolg-ik-kom-naar-je-toe-zwolle': 3 },
    why: 'meetings named by a sentence of (partly) stop words',
  },

  // ── inflection ──────────────────────────────────────────────────────────────────────────
  { query: 'thuiszitter', class: 'inflection', grades: THUISZITTERS, why: 'singular of thuiszitters' },
  { query: 'inspiratieregio', class: 'inflection', grades: INSPIRATIEREGIO, why: "singular of inspiratieregio's" },
  {
    query: "inspiratieregio's",
    class: 'inflection',
    grades: INSPIRATIEREGIO,
    why: 'plural with an apostrophe in the titles',
  },
  {
    query: 'aandeelhouders',
    class: 'inflection',
    grades: AANDEELHOUDER,
    why: 'plural: becoming one, and their meetings',
  },
  { query: 'aandeelhouder', class: 'inflection', grades: AANDEELHOUDER, why: 'singular' },
  {
    query: 'werksessies',
    class: 'inflection',
    grades: {
      'event:werksessie-oogo-bindende-afspraken-2027': 3,
      'event:werksessie-poreuze-randen-de-meierij': 3,
      'news:werksessie-poreuze-randen-de-meierij': 3,
    },
    why: 'plural of the word in three titles',
  },
  {
    query: 'webinars',
    class: 'inflection',
    grades: { ...WEBINARS_LVB, 'event:webinar-monitoren-op-niveau-van-afspraken': 3 },
    why: 'plural of the word in three titles',
  },
  {
    query: 'samenwerkingsverbanden',
    class: 'inflection',
    grades: SAMENWERKINGSVERBAND,
    why: 'plural of samenwerkingsverband',
  },
  {
    query: 'leerplichtambtenaren',
    class: 'inflection',
    grades: {
      'theme:leerplicht': 1,
      ...LOCHEM,
      'expert:ruud-bakker-voorbeeld': 2,
    },
    why: "plural: the leerplichtambtenaren of 't Baken; the profile is good",
  },
  {
    query: 'afspraak',
    class: 'inflection',
    grades: {
      'advice:advies-5-monitoren-op-niveau-van-afspraken': 2,
      'advice:advies-4-brede-lokale-afspraken': 2,
      'theme:oogo-en-bindende-afspraken': 1,
      'theme:monitoring': 1,
      'event:webinar-monitoren-op-niveau-van-afspraken': 3,
      'community:cop-bindende-afspraken': 2,
      'event:werksessie-oogo-bindende-afspraken-2027': 2,
      'expert:anouk-verbeek-voorbeeld': 1,
      'region:holland-rijnland': 1,
    },
    why: 'singular in one title, plural (afspraken) in others',
  },
  {
    query: 'advies',
    class: 'inflection',
    grades: {
      'publication:met-andere-ogen-adviesrapport': 3,
      'advice:advies-1-teams-verbreden': 3,
      'advice:advies-2-vrijstellingen-inperken': 3,
      'advice:advies-3-ouders-en-kinderen-betrekken': 3,
      'advice:advies-4-brede-lokale-afspraken': 3,
      'advice:advies-5-monitoren-op-niveau-van-afspraken': 3,
      'advice:advies-6-poreuze-randen': 3,
      'advice:advies-7-van-denken-naar-doen': 3,
      'page:de-zeven-adviezen': 3,
      'news:rene-peeters-bestuurlijk-aanjager': 2,
    },
    why: 'singular of adviezen',
  },
  {
    query: 'adviezen',
    class: 'inflection',
    grades: {
      ...ADVICES,
      'page:de-zeven-adviezen': 3,
      'publication:met-andere-ogen-adviesrapport': 3,
      'news:rene-peeters-bestuurlijk-aanjager': 2,
    },
    why: 'plural of advies: the advices, their overview and the report',
  },
  {
    query: 'thuiszitten',
    class: 'inflection',
    grades: THUISZITTERS,
    why: 'the verb of thuiszitters',
  },

  // ── compound ────────────────────────────────────────────────────────────────────────────
  {
    query: 'onderwijs-zorgarrangement',
    class: 'compound',
    grades: ONDERWIJS_ZORGARRANGEMENT,
    why: 'hyphenated compound, plural in the titles',
  },
  {
    query: 'onderwijszorgarrangement',
    class: 'compound',
    grades: ONDERWIJS_ZORGARRANGEMENT,
    why: 'the compound written together',
  },
  {
    query: 'onderwijs zorgarrangementen',
    class: 'compound',
    grades: ONDERWIJS_ZORGARRANGEMENT,
    why: 'the compound written apart',
  },
  { query: 'passendonderwijs', class: 'compound', grades: PASSEND_ONDERWIJS, why: 'two words written as one' },
  {
    query: 'schoolverzuim',
    class: 'compound',
    grades: {
      'theme:thuiszitters': 2,
      ...LOCHEM,
      'expert:marloes-kuipers-voorbeeld': 1,
      'region:noord-kennemerland': 1,
    },
    why: "the compound in 't Baken's title and summary",
  },
  { query: 'zorgteam', class: 'compound', grades: OOST_ACHTERHOEK, why: 'one ambulant zorgteam in Oost Achterhoek' },
  {
    query: 'privacy',
    class: 'compound',
    grades: { 'page:privacyverklaring': 3, 'community:cop-interprofessioneel-samenwerken': 1 },
    why: 'the first part of a compound title',
  },
  {
    query: 'toegankelijkheid',
    class: 'compound',
    grades: { 'page:toegankelijkheidsverklaring': 3 },
    why: 'the first part of a compound title',
  },
  {
    query: 'jeugdhulpverleners',
    class: 'compound',
    grades: {
      'theme:interprofessioneel-samenwerken': 2,
      'community:cop-interprofessioneel-samenwerken': 3,
      'news:nieuwe-ronde-cop-interprofessioneel-samenwerken': 2,
      'event:cop-interprofessioneel-samenwerken-bijeenkomst-3': 2,
      'news:terugblik-eerste-aandeelhoudersbijeenkomst': 1,
    },
    why: 'a compound profession in the community summary',
  },
  {
    query: 'kindcentra',
    class: 'compound',
    grades: { 'region:noordoost-friesland': 3, 'expert:esther-van-dijk-voorbeeld': 2 },
    why: 'the compound in two summaries',
  },
  {
    query: 'adviesrapport',
    class: 'compound',
    grades: {
      'publication:met-andere-ogen-adviesrapport': 3,
      'news:rene-peeters-bestuurlijk-aanjager': 2,
      'page:de-zeven-adviezen': 2,
    },
    why: 'the report itself, then the pages about its author and its advices',
  },
  {
    query: 'Leerplichtwet',
    class: 'compound',
    grades: {
      'advice:advies-2-vrijstellingen-inperken': 3,
      'theme:leerplicht': 3,
      'expert:ruud-bakker-voorbeeld': 1,
      'page:de-zeven-adviezen': 1,
      'publication:met-andere-ogen-adviesrapport': 1,
    },
    why: 'the advice on exemptions under the act and the theme that names it',
  },

  // ── typo ────────────────────────────────────────────────────────────────────────────────
  { query: 'Dokwrek', class: 'typo', grades: DOKWERK, why: 'transposed letters' },
  { query: 'thuiszittres', class: 'typo', grades: THUISZITTERS, why: 'transposed letters in the suffix' },
  {
    query: 'Kansencirkle',
    class: 'typo',
    grades: { 'practice:girfec-kansencirkel-tilburg': 3, 'event:verdiepingsochtend-girfec-tilburg-2019': 1 },
    why: 'transposed letters',
  },
  { query: 'inspiratiregio', class: 'typo', grades: INSPIRATIEREGIO, why: 'a letter missing' },
  { query: 'Leewarden', class: 'typo', grades: LEEUWARDEN, why: 'a letter missing in a place name' },
  { query: 'vroegsignaleing', class: 'typo', grades: VROEGSIGNALERING, why: 'a letter missing' },
  { query: 'monitorring', class: 'typo', grades: MONITORING, why: 'a letter doubled' },
  { query: 'Twnete', class: 'typo', grades: TWENTE, why: 'transposed letters in a region name' },
  {
    query: 'samenwerkingsverbnad',
    class: 'typo',
    grades: SAMENWERKINGSVERBAND,
    why: 'transposed letters in a long word',
  },
  {
    query: 'poreuse randen',
    class: 'typo',
    grades: {
      'advice:advies-6-poreuze-randen': 3,
      'theme:onderwijs-zorgarrangementen': 3,
      'community:cop-onderwijs-zorgarrangementen': 3,
      'event:werksessie-poreuze-randen-de-meierij': 3,
      'news:werksessie-poreuze-randen-de-meierij': 3,
      'region:de-meierij': 2,
    },
    why: 'z written as s',
  },

  // ── multi-word (two and three words) ────────────────────────────────────────────────────
  {
    query: 'zeven adviezen',
    class: 'multi-word',
    grades: {
      'publication:met-andere-ogen-adviesrapport': 3,
      'advice:advies-1-teams-verbreden': 1,
      'advice:advies-2-vrijstellingen-inperken': 1,
      'advice:advies-3-ouders-en-kinderen-betrekken': 1,
      'advice:advies-4-brede-lokale-afspraken': 1,
      'advice:advies-5-monitoren-op-niveau-van-afspraken': 1,
      'advice:advies-6-poreuze-randen': 1,
      'advice:advies-7-van-denken-naar-doen': 1,
      'page:de-zeven-adviezen': 3,
      'news:rene-peeters-bestuurlijk-aanjager': 2,
    },
    why: 'a page by its title',
  },
  {
    query: 'bindende afspraken',
    class: 'multi-word',
    grades: {
      'theme:oogo-en-bindende-afspraken': 3,
      'advice:advies-4-brede-lokale-afspraken': 2,
      'community:cop-bindende-afspraken': 3,
      'event:werksessie-oogo-bindende-afspraken-2027': 3,
      'expert:anouk-verbeek-voorbeeld': 2,
      'event:start-communities-of-practice-2020': 1,
      'news:aanmelden-communities-of-practice': 1,
    },
    why: 'the exact phrase in two titles',
  },
  {
    query: 'jeugdhulp op school',
    class: 'multi-word',
    grades: {
      'theme:interprofessioneel-samenwerken': 3,
      'advice:advies-1-teams-verbreden': 2,
      'region:zuid-kennemerland': 3,
      'community:cop-interprofessioneel-samenwerken': 3,
      'event:cop-interprofessioneel-samenwerken-bijeenkomst-3': 2,
      'news:nieuwe-ronde-cop-interprofessioneel-samenwerken': 2,
      'expert:joris-hendriksen-voorbeeld': 2,
      'region:almere': 1,
      'region:twente': 1,
    },
    why: 'a theme: the region and community where jeugdhulp becomes part of the school; the profile is good',
  },
  { query: 'Dokwerk Gorinchem', class: 'multi-word', grades: DOKWERK, why: 'name and place' },
  { query: 'LVB school', class: 'multi-word', grades: WEBINARS_LVB, why: 'LVB herkennen op school' },
  { query: 'verzuim Lochem', class: 'multi-word', grades: LOCHEM, why: 'subject and place' },
  {
    query: 'jeugdarts leerplicht school',
    class: 'multi-word',
    grades: { ...LOCHEM, 'expert:marloes-kuipers-voorbeeld': 2 },
    why: "three words of 't Baken's titles",
  },
  {
    query: 'zorg in onderwijstijd',
    class: 'multi-word',
    grades: {
      'advice:advies-6-poreuze-randen': 2,
      'publication:infographic-oktober-2019': 1,
      'news:werksessie-poreuze-randen-de-meierij': 3,
      'event:werksessie-poreuze-randen-de-meierij': 3,
      'community:cop-onderwijs-zorgarrangementen': 1,
    },
    why: 'the phrase in a title and a summary',
  },
  {
    query: 'community of practice monitoring',
    class: 'multi-word',
    grades: {
      'publication:opbrengst-cop-monitoring-indicatoren': 2,
      'community:cop-monitoring': 3,
      'event:start-communities-of-practice-2020': 2,
      'news:aanmelden-communities-of-practice': 1,
    },
    why: 'the community by its full title',
  },
  {
    query: 'preventie kinderopvang JGZ',
    class: 'multi-word',
    grades: {
      'theme:preventief-jeugdbeleid': 3,
      'community:cop-positief-preventief-jeugdbeleid': 3,
      'expert:sanne-oosterhuis-voorbeeld': 2,
      'expert:esther-van-dijk-voorbeeld': 2,
      'event:cop-preventief-jeugdbeleid-start-2027': 2,
    },
    why: 'the three words in the community summary',
  },
  {
    query: 'samen sturen op cijfers',
    class: 'multi-word',
    grades: {
      'advice:advies-5-monitoren-op-niveau-van-afspraken': 2,
      'theme:monitoring': 1,
      'practice:monitor-aansluiting-onderwijs-jeugdhulp': 3,
      'news:vernieuwde-monitor-aoj-live': 2,
    },
    why: 'a phrase of a title',
  },
  {
    query: 'financiering onderwijs zorg',
    class: 'multi-word',
    grades: {
      'advice:advies-6-poreuze-randen': 3,
      'theme:onderwijs-zorgarrangementen': 2,
      'event:werksessie-poreuze-randen-de-meierij': 3,
      'news:werksessie-poreuze-randen-de-meierij': 3,
      'community:cop-onderwijs-zorgarrangementen': 2,
      'region:de-meierij': 2,
      'expert:hamid-yilmaz-voorbeeld': 1,
    },
    why: 'paying for education and care together',
  },
  {
    query: 'ouders betrekken',
    class: 'multi-word',
    grades: {
      'advice:advies-3-ouders-en-kinderen-betrekken': 3,
      'theme:ouders-en-jongeren': 3,
      'expert:fatima-el-idrissi-voorbeeld': 2,
      'practice:ik-kom-naar-je-toe-zwolle': 1,
      'news:vervolg-ik-kom-naar-je-toe-zwolle': 1,
    },
    why: 'the advice and the theme on involving parents; the ervaringsdeskundige is good',
  },
  {
    query: 'Staat van Met Andere Ogen',
    class: 'multi-word',
    grades: {
      'publication:staat-van-met-andere-ogen-2020': 3,
      'publication:midterm-met-andere-ogen-2020': 1,
      'publication:programmaplan-uitvoering-2020': 1,
    },
    why: 'a publication by its full title, most of it stop words',
  },

  // ── question (natural language) ─────────────────────────────────────────────────────────
  {
    query: 'wat doet een leerplichtambtenaar',
    class: 'question',
    grades: {
      'theme:leerplicht': 1,
      'expert:ruud-bakker-voorbeeld': 3,
      'practice:t-baken-lochem': 2,
      'news:t-baken-lochem-samen-tegen-schoolverzuim': 2,
    },
    why: 'the leerplichtambtenaar himself, then the practice where they work',
  },
  {
    query: 'hoe voorkom je thuiszitten',
    class: 'question',
    grades: THUISZITTERS,
    why: 'how to prevent it: the regions and practice',
  },
  {
    query: 'wie weet veel van LVB',
    class: 'question',
    grades: {
      'theme:lvb': 1,
      'expert:wouter-de-graaf-voorbeeld': 3,
      'expert:fatima-el-idrissi-voorbeeld': 2,
      'event:webinar-lvb-herkennen-op-school': 1,
      'news:webinar-lvb-herkennen-op-school': 1,
      'region:leeuwarden': 1,
    },
    why: 'asks for expertise: the profiles',
  },
  {
    query: 'expert jeugdhulp',
    class: 'question',
    grades: {
      'theme:interprofessioneel-samenwerken': 1,
      'expert:joris-hendriksen-voorbeeld': 3,
      'expert:hamid-yilmaz-voorbeeld': 1,
      'expert:fatima-el-idrissi-voorbeeld': 1,
      'expert:wouter-de-graaf-voorbeeld': 1,
      'page:expertise-aanbieden': 1,
    },
    why: 'asks for expertise: the jeugdhulp profile',
  },
  {
    query: 'expert verzuim',
    class: 'question',
    grades: {
      'theme:thuiszitters': 1,
      'expert:marloes-kuipers-voorbeeld': 3,
      'expert:ruud-bakker-voorbeeld': 3,
      'expert:fatima-el-idrissi-voorbeeld': 1,
    },
    why: 'asks for expertise: the jeugdarts on medical absence, the leerplichtambtenaar',
  },
  {
    query: 'wie kan helpen met monitoring',
    class: 'question',
    grades: {
      'theme:monitoring': 1,
      'publication:opbrengst-cop-monitoring-indicatoren': 1,
      'expert:pieter-jan-smulders-voorbeeld': 3,
      'expert:sanne-oosterhuis-voorbeeld': 1,
      'expert:anouk-verbeek-voorbeeld': 1,
      'community:cop-monitoring': 1,
      'practice:monitor-aansluiting-onderwijs-jeugdhulp': 1,
    },
    why: 'asks for a person: the data analyst',
  },
  {
    query: 'hoe word ik aandeelhouder',
    class: 'question',
    grades: { 'page:aandeelhouder-worden': 3, 'page:over-ons': 1 },
    why: 'the page that explains it',
  },
  {
    query: 'hoe kan ik een goed voorbeeld delen',
    class: 'question',
    grades: { 'page:goed-voorbeeld-aandragen': 3, 'page:contact': 2 },
    why: 'the form page for good practices',
  },
  {
    query: 'welke regio zijn inspiratieregio',
    class: 'question',
    grades: { ...INSPIRATIEREGIO, 'news:lerend-netwerk-start-met-11-inspiratieregios': 3 },
    why: 'the news that lists them',
  },
  {
    query: 'waar kan ik me aanmelden voor een community',
    class: 'question',
    grades: {
      'news:aanmelden-communities-of-practice': 3,
      'news:aanmelden-nieuwe-communities-of-practice-2027': 3,
      'page:aandeelhouder-worden': 1,
    },
    why: 'the registration news',
  },
  { query: 'wie is René Peeters', class: 'question', grades: RENE_PEETERS, why: 'a person asked about' },
  {
    query: 'wat zijn poreuze randen',
    class: 'question',
    grades: {
      'advice:advies-6-poreuze-randen': 3,
      'theme:onderwijs-zorgarrangementen': 3,
      'community:cop-onderwijs-zorgarrangementen': 2,
      'event:werksessie-poreuze-randen-de-meierij': 2,
      'news:werksessie-poreuze-randen-de-meierij': 2,
      'region:de-meierij': 1,
    },
    why: 'the advice that explains the term, and its theme',
  },
  {
    query: 'welke adviezen zijn er',
    class: 'question',
    grades: {
      ...ADVICES,
      'page:de-zeven-adviezen': 3,
      'publication:met-andere-ogen-adviesrapport': 3,
      'news:rene-peeters-bestuurlijk-aanjager': 1,
    },
    why: 'the overview of the advices, the report and each advice',
  },
]
