import type { SeedEvent } from './types'

/**
 * Agenda items. "Now" for the seed is 2026-11-23: some events are in the past, several in the future.
 * The last four are the programme's first events as the documents date them (../documentFacts.ts).
 * Regions and themes are referenced by slug (see regions.ts and themes.ts).
 */
export const events: SeedEvent[] = [
  {
    title: 'Aandeelhoudersbijeenkomst 2026',
    slug: 'aandeelhoudersbijeenkomst-2026',
    summary:
      "De jaarlijkse ochtend voor alle aandeelhouders van Met Andere Ogen: terugblikken op wat de regio's dit jaar hebben geleerd en samen de leeragenda voor 2027 bepalen. Inclusief lunch.",
    publishedAt: '2026-10-15',
    startsAt: '2026-12-10T09:30:00+01:00',
    endsAt: '2026-12-10T13:30:00+01:00',
    kind: 'meeting',
    location: 'VNG, Nassaulaan 12, Den Haag',
    registration: 'form',
    capacity: 120,
    body: [
      {
        p: "Eens per jaar komen alle aandeelhouders van het lerend netwerk bij elkaar. Dat is een traditie die begon met de eerste aandeelhoudersbijeenkomst in december 2019, kort na de start van de inspiratieregio's. Professionals uit onderwijs, kinderopvang, jeugdhulp, zorg en gemeenten ontmoeten elkaar en delen wat ze het afgelopen jaar hebben uitgeprobeerd.",
      },
      { h3: 'Programma' },
      {
        ul: [
          'Opening en terugblik: wat laat de monitoring van dit jaar zien?',
          "Tafelgesprekken met de inspiratieregio's over interprofessionele teams en brede lokale afspraken.",
          "Gezamenlijk vaststellen van de thema's voor de leeragenda en de Communities of Practice van 2027.",
          'Lunch en netwerken.',
        ],
      },
      {
        p: 'Deelname is kosteloos. Aanmelden doe je onderaan deze pagina met het e-mailadres waarmee je organisatie aandeelhouder is; zijn de plaatsen op, dan kom je op de wachtlijst. Nog geen aandeelhouder? [Meld je organisatie eerst aan](/aandeelhouder-worden): na goedkeuring door het programmabureau kun je je voor deze ochtend aanmelden.',
      },
    ],
    themes: ['oogo-en-bindende-afspraken', 'interprofessioneel-samenwerken', 'monitoring'],
    regions: [],
  },
  {
    title: 'Aandeelhoudersbijeenkomst 2025',
    slug: 'aandeelhoudersbijeenkomst-2025',
    summary:
      "Aandeelhouders uit het hele land bespraken hoe de geleerde lessen uit de inspiratieregio's hun weg vinden naar andere gemeenten en samenwerkingsverbanden.",
    publishedAt: '2025-10-20',
    startsAt: '2025-12-11T09:30:00+01:00',
    endsAt: '2025-12-11T13:30:00+01:00',
    kind: 'meeting',
    location: 'Utrecht',
    registration: 'none',
    body: [
      {
        p: "Tijdens deze bijeenkomst stond de vraag centraal hoe je wat in de ene regio werkt, overdraagt naar een andere. Inspiratieregio's vertelden niet alleen over hun successen, maar ook over wat niet lukte en waarom.",
      },
      {
        p: 'De opbrengst van de ochtend is verwerkt in de leeragenda en heeft geleid tot een nieuwe ronde van de Community of Practice over onderwijs-zorgarrangementen.',
      },
    ],
    themes: ['onderwijs-zorgarrangementen', 'passend-onderwijs'],
    regions: [],
  },
  {
    title: 'Community of Practice Interprofessioneel samenwerken: bijeenkomst 2',
    slug: 'cop-interprofessioneel-samenwerken-bijeenkomst-2',
    summary:
      'Tweede online bijeenkomst van de community over interprofessioneel samenwerken, over rolverdeling en gegevensdeling in brede teams op school.',
    publishedAt: '2026-09-01',
    startsAt: '2026-11-12T14:00:00+01:00',
    endsAt: '2026-11-12T16:30:00+01:00',
    kind: 'community',
    onlineUrl: 'https://example.org/online/cop-interprofessioneel-samenwerken',
    registration: 'none',
    body: [
      {
        p: 'Deelnemers bespraken aan de hand van eigen casussen hoe een breed team op school de taken verdeelt: wie voert het gesprek met ouders, wie houdt het overzicht, en welke informatie mag je met elkaar delen?',
      },
      {
        p: 'Deze bijeenkomst is alleen toegankelijk voor deelnemers van de community.',
      },
    ],
    themes: ['interprofessioneel-samenwerken'],
    regions: ['almere', 'twente'],
  },
  {
    title: 'Community of Practice Interprofessioneel samenwerken: bijeenkomst 3 in Enschede',
    slug: 'cop-interprofessioneel-samenwerken-bijeenkomst-3',
    summary:
      'De derde bijeenkomst van de community is te gast in Twente. Deelnemers bezoeken een school waar onderwijs en jeugdhulp in één team werken en gaan in gesprek met ouders.',
    publishedAt: '2026-11-16',
    startsAt: '2027-01-21T14:00:00+01:00',
    endsAt: '2027-01-21T17:00:00+01:00',
    kind: 'community',
    location: 'Enschede (adres volgt voor deelnemers)',
    registration: 'none',
    body: [
      {
        p: 'Inspiratieregio Twente ontvangt de community voor een middag in de praktijk. Na een korte rondleiding vertellen leerkrachten, een jeugdhulpverlener en een jeugdverpleegkundige hoe zij samenwerken. Daarna schuiven ouders aan om te vertellen hoe zij die samenwerking ervaren.',
      },
      {
        p: 'In het tweede deel werken deelnemers verder aan hun eigen vraagstuk. Deze bijeenkomst is alleen voor deelnemers van de community; de community is op dit moment vol.',
      },
    ],
    themes: ['interprofessioneel-samenwerken', 'ouders-en-jongeren'],
    regions: ['twente'],
  },
  {
    title: 'Startbijeenkomst Community of Practice Positief en preventief jeugdbeleid',
    slug: 'cop-preventief-jeugdbeleid-start-2027',
    summary:
      'Online aftrap van de nieuwe ronde van de community over preventie en vroegsignalering. Aanmelden kan nog zolang er plaatsen vrij zijn.',
    publishedAt: '2026-11-16',
    startsAt: '2027-01-28T10:00:00+01:00',
    endsAt: '2027-01-28T12:00:00+01:00',
    kind: 'community',
    onlineUrl: 'https://example.org/online/cop-preventief-jeugdbeleid',
    registrationUrl: 'https://example.org/aanmelden/cop-preventief-jeugdbeleid',
    registration: 'url',
    body: [
      {
        p: 'In deze eerste bijeenkomst maken de deelnemers kennis met elkaar, brengen ze hun eigen leervraag in en spreken ze af hoe ze de komende maanden samen leren. Een onderzoeker geeft een korte inleiding over wat bekend is over de effecten van vroegsignalering in kinderopvang en onderwijs.',
      },
      {
        p: "De community bestaat uit vier bijeenkomsten, waarvan twee op locatie bij inspiratieregio's. Deelname is voor aandeelhouders van Met Andere Ogen.",
      },
    ],
    themes: ['preventief-jeugdbeleid'],
    regions: ['zuid-limburg', 'leeuwarden'],
  },
  {
    title: 'Webinar: monitoren op het niveau van de afspraak',
    slug: 'webinar-monitoren-op-niveau-van-afspraken',
    summary:
      'Een webinar voor gemeenten en samenwerkingsverbanden die willen weten of hun gezamenlijke afspraken iets opleveren voor kinderen, met voorbeelden uit Utrecht en Zuid-Limburg.',
    publishedAt: '2026-11-20',
    startsAt: '2027-02-09T15:30:00+01:00',
    endsAt: '2027-02-09T16:45:00+01:00',
    kind: 'webinar',
    onlineUrl: 'https://example.org/webinar/monitoren-op-niveau-van-afspraken',
    registrationUrl: 'https://example.org/aanmelden/webinar-monitoring',
    registration: 'url',
    body: [
      {
        p: "Veel regio's hebben afspraken gemaakt in het OOGO of in een convenant, maar weten niet goed of die het verschil maken. In dit webinar laten twee inspiratieregio's zien hoe zij samen met hun partners een beperkte set indicatoren kozen en die combineren met de ervaringen van ouders en professionals.",
      },
      {
        ul: [
          'Welke bestaande bronnen kun je gebruiken zonder extra registratie?',
          'Hoe bespreek je cijfers zo dat partners er samen van leren?',
          'Wat zeggen cijfers over thuiszitters en verzuim, en wat niet?',
        ],
      },
      {
        p: 'Het webinar wordt opgenomen. Aangemelde deelnemers ontvangen achteraf de opname en de presentaties.',
      },
    ],
    themes: ['monitoring', 'oogo-en-bindende-afspraken', 'thuiszitters'],
    regions: ['utrecht', 'zuid-limburg'],
  },
  {
    title: 'Werksessie: van OOGO naar bindende afspraken',
    slug: 'werksessie-oogo-bindende-afspraken-2027',
    summary:
      'Een werksessie voor beleidsmakers van gemeenten en samenwerkingsverbanden die hun overleg willen omzetten in concrete, gedeelde afspraken over onderwijs, jeugd en zorg.',
    publishedAt: '2026-11-20',
    startsAt: '2027-03-16T13:00:00+01:00',
    endsAt: '2027-03-16T16:30:00+01:00',
    kind: 'worksession',
    location: 'Utrecht, kantoor PO-Raad',
    registration: 'form',
    capacity: 30,
    body: [
      {
        p: 'Het op overeenstemming gericht overleg tussen gemeenten en samenwerkingsverbanden is verplicht, maar blijft soms beperkt tot het uitwisselen van plannen. In deze werksessie ga je aan de slag met de vraag hoe je het OOGO gebruikt om samen een visie en bindende afspraken te maken, met de gemeente als regisseur.',
      },
      {
        p: 'Je werkt in kleine groepen aan je eigen situatie, met hulp van deelnemers uit FoodValley en Holland-Rijnland die al een stap verder zijn. Neem bij voorkeur een collega van de andere kant van de tafel mee: iemand van de gemeente of van het samenwerkingsverband.',
      },
      {
        p: 'Er zijn dertig plaatsen. Aandeelhouders melden zich aan onderaan deze pagina; wie zich aanmeldt als alle plaatsen bezet zijn, komt op de wachtlijst en hoort het zodra er een plek vrijkomt.',
      },
    ],
    themes: ['oogo-en-bindende-afspraken', 'passend-onderwijs'],
    regions: ['foodvalley', 'holland-rijnland'],
  },
  {
    title: 'Werksessie poreuze randen in De Meierij',
    slug: 'werksessie-poreuze-randen-de-meierij',
    summary:
      "Gemeenten, samenwerkingsverbanden en zorgaanbieders uit De Meierij en andere regio's werkten aan manieren om zorg in onderwijstijd gezamenlijk te financieren.",
    publishedAt: '2026-08-25',
    startsAt: '2026-09-22T13:30:00+02:00',
    endsAt: '2026-09-22T17:00:00+02:00',
    kind: 'worksession',
    location: "'s-Hertogenbosch",
    registration: 'none',
    body: [
      {
        p: "Inspiratieregio De Meierij nodigde andere regio's uit om samen te kijken naar de financiering van onderwijs-zorgarrangementen. Aan de hand van drie geanonimiseerde casussen zochten deelnemers naar oplossingen waarbij niet per kind een nieuwe beschikking nodig is.",
      },
      {
        p: 'Knelpunten die binnen de huidige regels niet op te lossen zijn, zijn verzameld en doorgegeven aan de coalitiepartijen om landelijk te agenderen.',
      },
    ],
    themes: ['onderwijs-zorgarrangementen', 'leerplicht'],
    regions: ['de-meierij'],
  },
  {
    title: 'Webinar: LVB herkennen op school',
    slug: 'webinar-lvb-herkennen-op-school',
    summary:
      'Een webinar over het tijdig herkennen van een licht verstandelijke beperking bij leerlingen, en over wat school, JGZ en jeugdhulp dan samen kunnen doen.',
    publishedAt: '2026-04-14',
    startsAt: '2026-05-19T15:30:00+02:00',
    endsAt: '2026-05-19T16:45:00+02:00',
    kind: 'webinar',
    onlineUrl: 'https://example.org/webinar/lvb-herkennen-op-school',
    registration: 'none',
    body: [
      {
        p: 'Leerlingen met een licht verstandelijke beperking vallen niet altijd op, zeker niet als ze sociaal vaardig lijken. In dit webinar vertelden een orthopedagoog en een jeugdarts waar je op kunt letten en waarom vroeg herkennen zo belangrijk is om uitval en thuiszitten te voorkomen.',
      },
      {
        p: 'Leeuwarden en Holland-Rijnland deelden hoe zij school en zorg beter laten samenwerken rond deze groep. De opname is op te vragen via het programmabureau.',
      },
    ],
    themes: ['lvb', 'thuiszitters', 'interprofessioneel-samenwerken'],
    regions: ['leeuwarden', 'holland-rijnland'],
  },
  {
    title: "Kick-off van de inspiratieregio's",
    slug: 'kick-off-inspiratieregios-2019',
    summary:
      "De elf inspiratieregio's stelden zich voor tijdens de conferentie Onderwijs Jeugd in Veenendaal. 's Middags en 's avonds volgde de eigenlijke aftrap van het lerend netwerk.",
    publishedAt: '2019-10-01',
    startsAt: '2019-10-31T09:30:00+01:00',
    endsAt: '2019-10-31T21:00:00+01:00',
    kind: 'conference',
    location: 'Van der Valk hotel, Veenendaal',
    registration: 'none',
    body: [
      {
        p: "Een maand na de selectie kwamen de elf nieuwe inspiratieregio's voor het eerst samen. In de ochtend presenteerden ze zich in een plenaire sessie van de conferentie Onderwijs Jeugd aan het hele veld. De rest van de dag stond in het teken van de kick-off: kennismaken, ontwikkelvragen naast elkaar leggen en afspreken hoe de regio's van elkaar gaan leren.",
      },
      {
        p: "Lees hoe de regio's gekozen werden in het bericht [Lerend netwerk start met elf inspiratieregio's](/nieuws/lerend-netwerk-start-met-11-inspiratieregios).",
      },
    ],
    themes: ['interprofessioneel-samenwerken', 'oogo-en-bindende-afspraken'],
    regions: [
      'twente',
      'noord-kennemerland',
      'noordoost-friesland',
      'holland-rijnland',
      'zuid-kennemerland',
      'de-meierij',
      'utrecht',
      'leeuwarden',
      'zuid-limburg',
      'almere',
      'foodvalley',
    ],
  },
  {
    title: 'Verdiepingsochtend Getting It Right For Every Child (GIRFEC)',
    slug: 'verdiepingsochtend-girfec-tilburg-2019',
    summary:
      "Een ochtend in Tilburg over de Schotse aanpak GIRFEC, met een inleiding van Ronnie Hill en drie workshops. Georganiseerd door de gemeente Tilburg en het NJi; zo'n 120 deelnemers.",
    publishedAt: '2019-10-15',
    startsAt: '2019-11-06T09:00:00+01:00',
    endsAt: '2019-11-06T12:30:00+01:00',
    kind: 'meeting',
    location: 'Nieuwe Koninklijke Harmonie, Tilburg',
    registration: 'none',
    body: [
      {
        p: 'De gemeente Tilburg en het Nederlands Jeugdinstituut nodigden professionals uit het hele land uit om kennis te maken met Getting It Right For Every Child. Na een inleiding over de Schotse aanpak konden deelnemers kiezen uit drie workshops: werken met de Kansencirkel, samen verantwoordelijkheid dragen voor een kind, en GIRFEC in de eigen regio.',
      },
      {
        p: 'Lees het [verslag van de ochtend](/nieuws/girfec-verdiepingsochtend-tilburg) en het [goede voorbeeld over de Kansencirkel](/toolbox/goede-voorbeelden/girfec-kansencirkel-tilburg).',
      },
    ],
    themes: ['preventief-jeugdbeleid', 'ouders-en-jongeren', 'interprofessioneel-samenwerken'],
    regions: [],
  },
  {
    title: 'Eerste bijeenkomst voor alle aandeelhouders',
    slug: 'eerste-aandeelhoudersbijeenkomst-2019',
    summary:
      "De eerste ochtend voor alle aandeelhouders van het lerend netwerk, met de inspiratieregio's. Samen zijn de thema's voor de Communities of Practice aangescherpt. Inclusief lunch.",
    publishedAt: '2019-10-08',
    startsAt: '2019-12-12T09:30:00+01:00',
    endsAt: '2019-12-12T13:30:00+01:00',
    kind: 'meeting',
    // The documents give the date and the morning, not the place.
    location: 'Plaats niet bekend',
    registration: 'none',
    body: [
      {
        p: "Kort na de start van de inspiratieregio's kwamen alle aandeelhouders voor het eerst bij elkaar. Professionals uit onderwijs, kinderopvang, jeugdhulp, zorg en gemeenten maakten kennis met de regio's en met elkaar, en scherpten de vijf thema's aan waarop in 2020 de Communities of Practice zouden starten.",
      },
      {
        p: 'Lees de [terugblik op de ochtend](/nieuws/terugblik-eerste-aandeelhoudersbijeenkomst).',
      },
    ],
    themes: ['onderwijs-zorgarrangementen', 'interprofessioneel-samenwerken', 'preventief-jeugdbeleid', 'monitoring'],
    regions: [],
  },
  {
    title: 'Start van de Communities of Practice',
    slug: 'start-communities-of-practice-2020',
    summary:
      'In april 2020 begonnen de vijf Communities of Practice, elk met vier bijeenkomsten en plaats voor 15 tot 25 aandeelhouders. De eerste bijeenkomst, van de community Monitoring, was online.',
    publishedAt: '2020-03-12',
    startsAt: '2020-04-16T13:30:00+02:00',
    endsAt: '2020-04-16T16:00:00+02:00',
    kind: 'community',
    onlineUrl: 'https://example.org/online/communities-of-practice-2020',
    registration: 'none',
    body: [
      {
        p: "In april 2020 ging de eerste ronde van de Communities of Practice van start, met deze online bijeenkomst van de community Monitoring als eerste. De vijf thema's: onderwijs-zorgarrangementen en poreuze randen, interprofessioneel samenwerken, positief en preventief jeugdbeleid, monitoring, en bindende afspraken voor onderwijs, jeugd en zorg. Ze kwamen voort uit de adviezen en uit de vragen van de elf inspiratieregio's.",
      },
      {
        p: 'Elke community kwam vier keer bijeen. Meer over de huidige rondes lees je op de pagina [Communities of Practice](/communities-of-practice).',
      },
    ],
    themes: [
      'onderwijs-zorgarrangementen',
      'interprofessioneel-samenwerken',
      'preventief-jeugdbeleid',
      'monitoring',
      'oogo-en-bindende-afspraken',
    ],
    regions: [],
  },
]
