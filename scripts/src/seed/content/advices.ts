import type { SeedAdvice } from './types'

/**
 * The seven advices from the report "Mét andere ogen" (René Peeters, november 2018),
 * titled as the report and the programme plan name them (checked in ../documentFacts.ts).
 * Advices 1 and 4 are the two spearheads of the programme.
 */
export const advices: SeedAdvice[] = [
  {
    number: 1,
    title: 'Het verbreden van teams (interprofessioneel)',
    slug: 'advies-1-teams-verbreden',
    summary:
      'Breng professionals uit onderwijs, jeugdhulp en zorg samen in interprofessionele teams op en rond de school, zodat er vroeg en dichtbij wordt bepaald wat een kind nodig heeft.',
    publishedAt: '2020-01-15',
    body: [
      {
        p: 'Een leerkracht ziet vaak als eerste dat een kind vastloopt, maar kan het antwoord niet alleen geven. Dit advies vraagt om teams waarin de kennis van het onderwijs wordt aangevuld met die van jeugdhulp, jeugdgezondheidszorg, sociaal werk en waar nodig specialistische zorg. Samen wegen zij op het niveau van het individuele kind af welke ondersteuning passend is.',
      },
      { h3: 'Wat levert het op?' },
      {
        ul: [
          'Signalen worden eerder opgepakt, waardoor problemen minder vaak escaleren en uitval wordt voorkomen.',
          'De leerkracht wordt ontlast omdat er expertise in de school beschikbaar is.',
          'Ouders en kinderen hebben te maken met één team in plaats van een reeks losse loketten.',
        ],
      },
      {
        p: "Met Andere Ogen heeft dit advies samen met advies 4 tot speerpunt gemaakt. In de inspiratieregio's en in de Community of Practice over interprofessioneel samenwerken wordt uitgezocht welke teamsamenstelling en werkwijze in welke situatie het beste past.",
      },
    ],
  },
  {
    number: 2,
    title: 'Inperken vrijstellingen op basis van artikel 5a uit de leerplichtwet',
    slug: 'advies-2-vrijstellingen-inperken',
    summary:
      'Geef alleen een vrijstelling op grond van artikel 5 onder a van de Leerplichtwet als er echt geen andere mogelijkheid is, en zoek eerst samen naar een vorm van onderwijs die wel past.',
    publishedAt: '2020-01-15',
    body: [
      {
        p: 'Met een vrijstelling op lichamelijke of psychische gronden valt een kind formeel buiten de leerplicht. In de praktijk betekent dat vaak ook dat niemand zich nog verantwoordelijk voelt voor zijn of haar ontwikkeling en onderwijs. Het advies is om dit middel zo veel mogelijk terug te dringen.',
      },
      {
        p: 'Dat vraagt om creativiteit van scholen, samenwerkingsverbanden, zorgaanbieders en gemeenten: een combinatie van onderwijs en zorg, een aangepast rooster, onderwijs op een zorglocatie of een geleidelijke terugkeer naar school. Ook voor kinderen met een ernstige beperking is vaak meer mogelijk dan op het eerste gezicht lijkt.',
      },
      {
        ul: [
          'Laat de jeugdarts, leerplicht, het samenwerkingsverband en ouders samen naar alternatieven kijken voordat een vrijstelling wordt aangevraagd.',
          'Bekijk bestaande vrijstellingen periodiek opnieuw: wat toen niet kon, is nu misschien wel haalbaar.',
        ],
      },
    ],
  },
  {
    number: 3,
    title: 'Betrekken van ouders en kinderen is essentieel om resultaat te behalen',
    slug: 'advies-3-ouders-en-kinderen-betrekken',
    summary:
      'Ouders en kinderen kennen de situatie als geen ander. Wie hen vanaf het begin als partner betrekt, komt sneller tot een oplossing die werkt en die ook volgehouden wordt.',
    publishedAt: '2020-01-15',
    body: [
      {
        p: 'Professionals praten nog vaak over in plaats van met gezinnen. Dit advies zet ouders en kinderen of jongeren in het middelpunt: zij zitten aan tafel wanneer er over ondersteuning wordt besloten en hun ervaring telt even zwaar als die van de deskundigen.',
      },
      {
        p: 'Betrokkenheid gaat verder dan het gesprek over één kind. Ouders en jongeren kunnen ook meedenken over beleid, over de inrichting van voorzieningen en over de vraag of gemaakte afspraken in de praktijk echt helpen.',
      },
      {
        ul: [
          'Zorg voor één vast aanspreekpunt voor het gezin.',
          'Gebruik begrijpelijke taal en maak afspraken die ouders zelf kunnen nalezen.',
          'Vraag ouders en jongeren actief naar hun oordeel over de samenwerking.',
        ],
      },
    ],
  },
  {
    number: 4,
    title: 'Brede lokale/regionale afspraken over jeugd onder regie van de gemeente',
    slug: 'advies-4-brede-lokale-afspraken',
    summary:
      'Laat de gemeente als verbindende regisseur met onderwijs, kinderopvang, jeugdhulp en zorg een gedeelde visie op jeugd opstellen en die vertalen naar heldere, bindende afspraken.',
    publishedAt: '2020-01-15',
    body: [
      {
        p: 'Zonder gezamenlijke richting blijft samenwerking afhankelijk van personen en goede wil. Dit advies vraagt gemeenten om de regie te nemen en met schoolbesturen, samenwerkingsverbanden, kinderopvang, JGZ en jeugdhulpaanbieders één visie op jeugd te ontwikkelen. Die visie is de basis voor alle afspraken die daarna volgen.',
      },
      {
        p: 'Het op overeenstemming gericht overleg (OOGO) tussen gemeenten en samenwerkingsverbanden is een belangrijke plek om zulke afspraken vast te leggen, maar het advies gaat breder: ook zorgaanbieders, kinderopvang en ouders horen erbij.',
      },
      {
        ul: [
          'Formuleer gezamenlijke doelen die je kunt volgen.',
          'Leg vast wie waarvoor verantwoordelijk is, ook als het ingewikkeld wordt.',
          'Spreek af hoe je de afspraken samen evalueert en bijstelt.',
        ],
      },
      {
        p: 'Samen met advies 1 vormt dit advies de kern van de aanpak van Met Andere Ogen.',
      },
    ],
  },
  {
    number: 5,
    title: 'Monitoring op het niveau waarop gezamenlijke afspraken gemaakt zijn',
    slug: 'advies-5-monitoren-op-niveau-van-afspraken',
    summary:
      'Volg samen of gemaakte afspraken iets opleveren voor kinderen, en doe dat op het niveau waarop ze gemaakt zijn: in de gemeente, de regio of het samenwerkingsverband.',
    publishedAt: '2020-01-15',
    body: [
      {
        p: 'Afspraken maken is één ding, weten of ze werken is iets anders. Dit advies vraagt partners om vooraf te bepalen waaraan ze zien dat het beter gaat, en om dat vervolgens ook samen bij te houden. De monitoring hoort te passen bij het niveau van de afspraak, anders zegt ze weinig.',
      },
      {
        p: 'Denk aan gegevens over thuiszitters en verzuim, over de doorstroom van PO naar VO, over het gebruik van jeugdhulp door leerlingen en over voortijdig schoolverlaten. Cijfers alleen vertellen niet het hele verhaal; de ervaringen van ouders, kinderen en professionals horen er nadrukkelijk bij.',
      },
      {
        ul: [
          'Maak zo veel mogelijk gebruik van bestaande bronnen om extra registratielast te voorkomen.',
          'Bespreek de uitkomsten samen en gebruik ze om bij te sturen, niet om af te rekenen.',
        ],
      },
    ],
  },
  {
    number: 6,
    title: 'Budgetten en beleid moeten poreuze randen hebben',
    slug: 'advies-6-poreuze-randen',
    summary:
      'Zorg dat financiering uit onderwijs, Jeugdwet en zorg elkaar kan aanvullen, zodat een passend onderwijs-zorgarrangement niet strandt op de vraag wie betaalt.',
    publishedAt: '2020-01-15',
    body: [
      {
        p: 'Voor kinderen die zowel onderwijs als zorg nodig hebben, komt de financiering uit verschillende potten met elk hun eigen regels. Harde grenzen tussen die potten leiden tot lange discussies, terwijl het kind wacht. Dit advies pleit voor beleid en budgetten met randen die elkaar mogen overlappen.',
      },
      {
        p: 'Concreet kan dat betekenen dat gemeenten en samenwerkingsverbanden samen een arrangement financieren, dat zorg in onderwijstijd voor een groep wordt geregeld in plaats van per kind, of dat professionals meer ruimte krijgen om zelf maatwerk in te zetten.',
      },
      {
        p: 'Waar wet- en regelgeving dit onmogelijk maakt, verzamelt Met Andere Ogen de knelpunten zodat de coalitiepartijen ze op landelijk niveau kunnen agenderen.',
      },
    ],
  },
  {
    number: 7,
    title: 'De beleidscoalitie omvormen van denken naar doen',
    slug: 'advies-7-van-denken-naar-doen',
    summary:
      "De landelijke coalitie onderwijs, zorg en jeugd verandert van een overleg over visie in een partnerschap dat de regio's actief steunt en belemmeringen in het stelsel aanpakt.",
    publishedAt: '2020-01-15',
    body: [
      {
        p: "Het laatste advies richt zich niet op de lokale praktijk, maar op de landelijke partijen zelf. Na het opstellen van een gezamenlijke visie is de opdracht om ook gezamenlijk aan de slag te gaan: kennis delen, regio's helpen en de eigen achterban in beweging brengen.",
      },
      {
        p: "Dit advies loopt als een rode draad door het hele programma. Het programma Met Andere Ogen, met zijn inspiratieregio's, aandeelhouders, verbinders en Communities of Practice, is er zelf een uitwerking van.",
      },
      {
        ul: [
          "Coalitiepartijen leveren verbinders die regio's ondersteunen.",
          'Knelpunten uit de praktijk worden via een bestuurlijke agenda op de juiste landelijke tafel gelegd.',
          'Partijen sluiten met Met Andere Ogen aan bij elkaars congressen en bijeenkomsten.',
        ],
      },
    ],
  },
]
