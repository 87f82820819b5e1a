import type { SeedEvent } from './types'

/**
 * Agenda items. "Now" for the seed is 2026-11-23: some events are in the past, several in the future.
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
        p: 'Je werkt in kleine groepen aan je eigen situatie, met hulp van deelnemers uit FoodValley en Holland Rijnland die al een stap verder zijn. Neem bij voorkeur een collega van de andere kant van de tafel mee: iemand van de gemeente of van het samenwerkingsverband.',
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
        p: 'Leeuwarden en Holland Rijnland deelden hoe zij school en zorg beter laten samenwerken rond deze groep. De opname is op te vragen via het programmabureau.',
      },
    ],
    themes: ['lvb', 'thuiszitters', 'interprofessioneel-samenwerken'],
    regions: ['leeuwarden', 'holland-rijnland'],
  },
]
