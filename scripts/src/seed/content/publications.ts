import type { PublicationKind } from '@mao/shared/selectOptions'
import type { Rich, SeedBase } from './types'

export interface SeedPublication extends SeedBase {
  kind: PublicationKind
  /** The day the document appeared (YYYY-MM-DD); where the documents give only a month, its first day. */
  date: string
  body: Rich
  themes: string[]
  regions: string[]
  communities: string[]
}

/**
 * The programme's documents that the programme documents name (in ../../../../shared/seeds):
 * the advice report, the infographic and the programme plan 2020. The midterm review, the
 * "Staat van Met Andere Ogen" and a Community output are products the programme plan announces
 * (§5.1, §5.4, the CoP Monitoring's indicators); each has one item, dated by the plan's
 * rhythm, whose text says what the plan promises and claims no findings. No document names a
 * handreiking, so there is none. Every item gets a generated placeholder PDF.
 */
export const publications: SeedPublication[] = [
  {
    title: 'Mét andere ogen: advies voor versnelling en bestendiging van de samenwerking onderwijs-zorg-jeugd',
    slug: 'met-andere-ogen-adviesrapport',
    kind: 'advice-report',
    date: '2018-11-23',
    publishedAt: '2018-11-23',
    summary:
      'Het adviesrapport van René Peeters, met Zunderdorp Beleidsadvies en Management, voor de coalitie Onderwijs-Zorg-Jeugd: zeven adviezen om de samenwerking tussen onderwijs, kinderopvang, jeugdhulp en zorg te versnellen en blijvend te maken.',
    body: [
      {
        p: 'De coalitie vroeg René Peeters hoe haar gezamenlijke visie uit juli 2018 in de praktijk kon landen. Na gesprekken in lokale praktijken en een deskstudie schreef hij dit rapport. Het programma Met Andere Ogen brengt de adviezen sindsdien al doende lerend in praktijk.',
      },
      { h2: 'De zeven adviezen' },
      {
        ol: [
          'Teams verbreden: onderwijs en zorg interprofessioneel samen.',
          'Vrijstellingen op grond van artikel 5a van de Leerplichtwet inperken.',
          'Ouders en kinderen betrekken.',
          'Brede lokale of regionale afspraken over jeugd, onder regie van de gemeente.',
          'Monitoren op het niveau waarop de afspraken zijn gemaakt.',
          'Budgetten en beleid met poreuze randen.',
          'De beleidscoalitie van denken naar doen.',
        ],
      },
      {
        p: 'De coalitie maakte advies 1 en advies 4 tot speerpunten. Elk advies heeft een eigen pagina onder [De adviezen](/adviezen).',
      },
    ],
    themes: ['interprofessioneel-samenwerken', 'oogo-en-bindende-afspraken'],
    regions: [],
    communities: [],
  },
  {
    title: 'Infographic Met Andere Ogen, oktober 2019',
    slug: 'infographic-oktober-2019',
    kind: 'infographic',
    date: '2019-10-01',
    publishedAt: '2019-10-01',
    summary:
      "Het lerend netwerk in één beeld: dertig aanmeldingen uit stad en platteland, elf inspiratieregio's, al tachtig aandeelhouders, verbinders uit regio's en coalitie, een kennisnetwerk en een toolkit met experts.",
    body: [
      {
        p: 'De infographic laat zien hoe het lerend netwerk in het najaar van 2019 in elkaar zat en waar het naartoe werkte.',
      },
      {
        ul: [
          "Elf inspiratieregio's, gekozen uit dertig aanmeldingen van regio's en gemeenten uit het hele land.",
          'Regioverbinders en coalitieverbinders die samen het geleerde verdiepen en belemmeringen agenderen.',
          'Een kennisnetwerk met onder meer het NJi, het NCJ, hogescholen en universiteiten.',
          'Communities of Practice op thema’s, en een toolkit met experts en een dossier over wat werkt.',
          'Leervragen uit de regio’s, zoals het bekostigen van zorg in onderwijstijd en het monitoren van resultaten.',
        ],
      },
    ],
    themes: ['interprofessioneel-samenwerken', 'monitoring'],
    regions: [],
    communities: [],
  },
  {
    title: 'Programmaplan Met Andere Ogen: uitvoering 2020',
    slug: 'programmaplan-uitvoering-2020',
    kind: 'programme-plan',
    // Undated: written after the meeting of 12 December 2019 it looks back on, before February 2020.
    date: '2020-01-15',
    publishedAt: '2020-01-15',
    summary:
      "Wat het programma in 2020 doet, met wie en waarom: de missie, de programmalijnen bewegen, leren en agenderen, de elf inspiratieregio's, de Communities of Practice, de streefcijfers en hoe we monitoren om te leren.",
    body: [
      {
        p: 'Het plan beschrijft het eerste volledige uitvoeringsjaar. Het bouwt voort op de visie van de coalitie uit 2018, het adviesrapport Mét andere ogen en wat de inspiratieregio’s sinds medio 2019 in de praktijk hebben opgebouwd.',
      },
      { h2: 'Streefcijfers voor 2020' },
      {
        ul: [
          'Minimaal 200 aandeelhouders.',
          'Minimaal 10 ambassadeurs.',
          "Minimaal 10 goede voorbeelden uit de regio's.",
          'Elke twee weken een nieuwsupdate.',
        ],
      },
      {
        p: 'Het plan kondigt ook aan hoe de voortgang wordt gevolgd: elk half jaar een midterm en elk jaar de Staat van Met Andere Ogen.',
      },
    ],
    themes: ['interprofessioneel-samenwerken', 'oogo-en-bindende-afspraken', 'monitoring'],
    regions: [],
    communities: [],
  },
  {
    title: 'Midterm Met Andere Ogen 2020',
    slug: 'midterm-met-andere-ogen-2020',
    kind: 'midterm-review',
    // The plan announces a midterm every six months; mid-2020 is the first after it.
    date: '2020-07-01',
    publishedAt: '2020-07-01',
    summary:
      'De halfjaarlijkse tussenstand uit het programmaplan: doen we wat we hebben afgesproken, en komt de preventieve beweging van samenwerking tussen onderwijs, zorg en jeugd op gang?',
    body: [
      {
        p: 'De midterm brengt de informatie uit de inspiratieregio’s, de Communities of Practice en de landelijke bronnen samen. Hij kijkt vooral naar resultaten: wat is er gedaan van wat het programmaplan 2020 beloofde. Coalitie, opdrachtgevers en aandeelhouders gebruiken hem om samen bij te sturen.',
      },
    ],
    themes: ['monitoring'],
    regions: [],
    communities: [],
  },
  {
    title: 'Opbrengst Community of Practice Monitoring: indicatoren voor ontwikkelkansen',
    slug: 'opbrengst-cop-monitoring-indicatoren',
    kind: 'community-output',
    // The plan has this Community develop the indicators until October 2020.
    date: '2020-11-01',
    publishedAt: '2020-11-01',
    summary:
      'Wat de Community of Practice Monitoring uitwerkte: indicatoren om te volgen of de ontwikkelkansen van kinderen toenemen, zoals minder onnodige afstroom, korter thuiszitten en minder voortijdig schoolverlaten.',
    body: [
      {
        p: 'Het programmaplan 2020 noemt een eerste reeks indicatoren op het niveau van de inspiratieregio’s en vraagt deze Community om ze verder uit te werken, samen met praktijk, beleid en wetenschap.',
      },
      {
        ul: [
          'Minder onnodige afstroom tussen het advies in groep 8 en het derde jaar van het voortgezet onderwijs.',
          'Kortere duur van thuiszitten.',
          'Een succesvol vervolg na de schoolloopbaan, gemeten aan voortijdig schoolverlaten.',
          'De mate van interprofessionele samenwerking.',
          'Kinderen met en zonder jeugdhulp die op een school staan ingeschreven.',
          'De tevredenheid van ouders over de samenwerking.',
        ],
      },
    ],
    themes: ['monitoring'],
    regions: [],
    communities: ['cop-monitoring'],
  },
  {
    title: 'Staat van Met Andere Ogen 2020',
    slug: 'staat-van-met-andere-ogen-2020',
    kind: 'state-of-the-network',
    // Yearly, per the plan; the end of 2020 is when the plan for 2021 is made.
    date: '2020-12-01',
    publishedAt: '2020-12-01',
    summary:
      'De jaarlijkse balans uit het programmaplan: nemen de ontwikkelkansen van kinderen toe door de beweging Met Andere Ogen? Met een bredere blik op onderwijs, zorg en jeugd.',
    body: [
      {
        p: 'Waar de midterm naar resultaten kijkt, zoekt de Staat van Met Andere Ogen naar effecten voor kinderen, en naar de samenhang tussen de adviezen en die effecten. Hij brengt lokale monitoring, de opbrengsten van de Communities of Practice en landelijke cijfers samen, en voedt het uitvoeringsplan voor het jaar erna.',
      },
    ],
    themes: ['monitoring'],
    regions: [],
    communities: [],
  },
]
