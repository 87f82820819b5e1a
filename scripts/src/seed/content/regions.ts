import type { SeedRegion } from './types'

/**
 * The 11 inspiratieregio's of Met Andere Ogen (first group, started autumn 2019).
 * Contact persons are invented; their names end with " (voorbeeld)". Every region has a
 * regioverbinder and a coalitieverbinder (the programme plan's verbindersnetwerk, 003).
 * Slugs: twente, noord-kennemerland, noordoost-friesland, holland-rijnland, zuid-kennemerland,
 * de-meierij, utrecht, leeuwarden, zuid-limburg, almere, foodvalley
 */
export const regions: SeedRegion[] = [
  {
    title: 'Regio Twente',
    slug: 'twente',
    summary:
      'De veertien Twentse gemeenten leren samen met samenwerkingsverbanden, schoolbesturen, JGZ en jeugdhulp hoe je de ondersteuning op en rond school laat aansluiten op wat een kind nodig heeft.',
    publishedAt: '2020-01-15',
    province: 'overijssel',
    municipalities: [
      'Almelo',
      'Borne',
      'Dinkelland',
      'Enschede',
      'Haaksbergen',
      'Hellendoorn',
      'Hengelo',
      'Hof van Twente',
      'Losser',
      'Oldenzaal',
      'Rijssen-Holten',
      'Tubbergen',
      'Twenterand',
      'Wierden',
    ],
    description: [
      {
        p: "Twente hoort bij de eerste groep inspiratieregio's van Met Andere Ogen. De regio omvat steden als Enschede, Hengelo en Almelo, maar ook uitgestrekte plattelandsgemeenten. Die verscheidenheid maakt de regio leerzaam voor het hele netwerk: een aanpak die in een stadswijk goed uitpakt, vraagt in een dorp met één basisschool vaak een andere invulling.",
      },
      {
        p: 'De gemeenten werken op het gebied van jeugd al langer regionaal samen. Binnen het lerend netwerk willen ze die samenwerking dichter bij het kind brengen: in de klas, in het ondersteuningsteam van de school en in het contact met de jeugdgezondheidszorg.',
      },
      {
        p: 'Het uitgangspunt is nadrukkelijk niet om nog een overlegtafel toe te voegen. Het gaat erom dat er minder schakels zitten tussen het moment waarop een leerkracht zich zorgen maakt en het moment waarop het gezin passende hulp krijgt.',
      },
    ],
    approach: [
      { h3: 'Waar Twente aan werkt' },
      {
        ul: [
          'Ondersteuningsteams op scholen in het PO en VO verbreden met jeugdhulp, JGZ en het sociaal team (advies 1).',
          'De afspraken tussen gemeenten en samenwerkingsverbanden in het OOGO concreter maken en samen volgen of ze iets opleveren (advies 4 en 5).',
          'Ouders vanaf het eerste gesprek betrekken bij het zoeken naar een passende plek en passende hulp (advies 3).',
        ],
      },
      {
        p: "De regioverbinder neemt vragen uit Twente mee naar het verbindersnetwerk en haalt daar op wat andere inspiratieregio's al hebben geprobeerd. Ervaringen uit de regio komen terug in de Communities of Practice over interprofessioneel samenwerken en bindende afspraken.",
      },
    ],
    developmentPlan: [
      {
        p: 'Het ontwikkelplan van Twente richt zich op minder schakels tussen de eerste zorg van een leerkracht en passende hulp voor het gezin. De regio breidt daarvoor de ondersteuningsteams op scholen uit met jeugdhulp, JGZ en het sociaal team, en maakt de afspraken in het OOGO zo concreet dat partners samen kunnen volgen of ze werken.',
      },
    ],
    learningGoals: [
      'Weten welke samenstelling van het ondersteuningsteam past bij een stadsschool en welke bij een dorpsschool.',
      'Afspraken in het OOGO vastleggen met doelen die gemeenten en samenwerkingsverbanden samen volgen.',
      'Ouders vanaf het eerste gesprek als partner betrekken bij het zoeken naar een passende plek.',
    ],
    contacts: [
      {
        name: 'Marloes ter Horst (voorbeeld)',
        role: 'Regioverbinder',
        connectorRole: 'region',
        organisation: 'Gemeente Enschede',
        email: 'm.terhorst@example.org',
        publishConsent: true,
      },
      {
        name: 'Bart Nijhuis (voorbeeld)',
        role: 'Beleidsmedewerker passend onderwijs',
        organisation: 'Samenwerkingsverband passend onderwijs VO (Twente)',
        email: 'b.nijhuis@example.org',
        publishConsent: false,
      },
      {
        name: 'Hanneke Dijkstra (voorbeeld)',
        role: 'Coalitieverbinder',
        organisation: 'PO-Raad',
        email: 'h.dijkstra@example.org',
        publishConsent: true,
        connectorRole: 'coalition',
      },
    ],
    partners: [
      'Veertien Twentse gemeenten',
      'Samenwerkingsverbanden passend onderwijs PO en VO in Twente',
      'GGD Twente (jeugdgezondheidszorg)',
      'Schoolbesturen primair en voortgezet onderwijs',
      'Jeugdhulpaanbieders in de regio',
      'Ouderplatform passend onderwijs',
    ],
    lat: 52.3,
    lng: 6.75,
    themes: ['interprofessioneel-samenwerken', 'oogo-en-bindende-afspraken', 'ouders-en-jongeren', 'passend-onderwijs'],
  },
  {
    title: 'Noord-Kennemerland',
    slug: 'noord-kennemerland',
    summary:
      'Rond Alkmaar zoeken gemeenten, scholen en zorgpartners naar manieren om thuiszitten te voorkomen en onderwijs-zorgarrangementen zo te organiseren dat ze niet steeds opnieuw bevochten hoeven te worden.',
    publishedAt: '2020-01-15',
    province: 'noord-holland',
    municipalities: ['Alkmaar', 'Bergen', 'Castricum', 'Dijk en Waard', 'Heiloo'],
    description: [
      {
        p: 'Noord-Kennemerland is als inspiratieregio aangesloten bij Met Andere Ogen. Alkmaar vormt het middelpunt, met daaromheen gemeenten langs de kust en in het achterland die elk hun eigen lokale teams en voorzieningen kennen.',
      },
      {
        p: 'In de regio leeft vooral de vraag hoe je voorkomt dat een leerling met een complexe ondersteuningsvraag tussen wal en schip valt. Scholen, samenwerkingsverbanden en jeugdhulp weten elkaar te vinden, maar de financiering van maatwerk kost nog veel overleg per kind.',
      },
    ],
    approach: [
      { h3: 'Leervragen van de regio' },
      {
        ul: [
          'Hoe maken we een onderwijs-zorgarrangement duurzaam, zodat het niet afhankelijk is van losse beschikkingen per leerling?',
          'Hoe zorgen we dat een dreigende thuiszitter binnen enkele weken een passend aanbod heeft, met één vast aanspreekpunt voor ouders?',
          'Welke afspraken tussen gemeenten en samenwerkingsverbanden geven professionals meer ruimte voor maatwerk?',
        ],
      },
      {
        p: 'De regio werkt deze vragen uit in een eigen ontwikkelplan en deelt tussentijdse lessen via de website en de Community of Practice over onderwijs-zorgarrangementen en poreuze randen.',
      },
    ],
    developmentPlan: [
      {
        p: 'Noord-Kennemerland wil met zijn ontwikkelplan thuiszitten voorkomen en onderwijs-zorgarrangementen duurzaam maken. Het plan beschrijft hoe scholen, samenwerkingsverbanden, jeugdhulp en leerplicht samen één aanspreekpunt voor ouders organiseren en hoe maatwerk minder afhangt van losse beschikkingen per leerling.',
      },
    ],
    learningGoals: [
      'Binnen enkele weken een passend aanbod hebben voor een leerling die dreigt thuis te komen zitten.',
      'Een onderwijs-zorgarrangement inrichten dat niet per leerling opnieuw gefinancierd hoeft te worden.',
      'Afspraken maken die professionals meer ruimte geven voor maatwerk.',
    ],
    contacts: [
      {
        name: 'Sandra Kok (voorbeeld)',
        role: 'Regioverbinder onderwijs en jeugd',
        connectorRole: 'region',
        organisation: 'Gemeente Alkmaar',
        email: 's.kok@example.org',
        publishConsent: true,
      },
      {
        name: 'Mark Visser (voorbeeld)',
        role: 'Coalitieverbinder',
        organisation: 'LECSO',
        email: 'm.visser@example.org',
        publishConsent: true,
        connectorRole: 'coalition',
      },
    ],
    partners: [
      'Gemeenten in Noord-Kennemerland',
      'Samenwerkingsverbanden passend onderwijs PO en VO',
      'GGD Hollands Noorden',
      'Jeugdhulpaanbieders en specialistische GGZ voor jeugd',
      'Speciaal (voortgezet) onderwijs in de regio',
      'Leerplicht en RMC',
    ],
    lat: 52.63,
    lng: 4.75,
    themes: ['thuiszitters', 'onderwijs-zorgarrangementen', 'leerplicht', 'passend-onderwijs'],
  },
  {
    title: 'Noordoost-Friesland',
    slug: 'noordoost-friesland',
    summary:
      'In het landelijke noordoosten van Fryslân werken gemeenten, kindcentra, scholen en gebiedsteams aan vroeg en dichtbij ondersteunen, ook waar de afstanden groot en de scholen klein zijn.',
    publishedAt: '2020-01-15',
    province: 'friesland',
    municipalities: ['Achtkarspelen', 'Dantumadiel', 'Noardeast-Fryslân', 'Tytsjerksteradiel'],
    description: [
      {
        p: "Noordoost-Friesland is een van de meer landelijke inspiratieregio's. Veel dorpen hebben een kleine basisschool, specialistische hulp zit vaak op flinke reisafstand en de kinderopvang en het onderwijs groeien op sommige plekken samen tot kindcentra.",
      },
      {
        p: 'Juist daardoor is het voor de regio belangrijk dat de expertise naar het kind toe komt in plaats van andersom. De gemeenten zien preventie en vroegsignalering als de beste investering in de ontwikkelkansen van kinderen.',
      },
    ],
    approach: [
      {
        p: 'De regio richt zich op een sterke basis rond de school: een vast gezicht vanuit het gebiedsteam of de jeugdhulp dat regelmatig op school aanwezig is, korte lijnen met de jeugdverpleegkundige en een warme overdracht van kinderopvang naar groep 1.',
      },
      {
        ul: [
          'Samenwerking tussen kinderopvang, PO en JGZ bij het vroeg signaleren van ontwikkelvragen.',
          'Laagdrempelige ondersteuning in de school, zonder verwijzing waar dat kan.',
          'Ouders als gelijkwaardige partner in het gesprek over hun kind.',
        ],
      },
    ],
    developmentPlan: [
      {
        p: 'Het ontwikkelplan van Noordoost-Friesland zet in op vroeg en dichtbij ondersteunen in een landelijk gebied. Expertise komt naar de school toe: een vast gezicht uit het gebiedsteam op school, korte lijnen met de JGZ en een warme overdracht van kinderopvang naar basisschool.',
      },
    ],
    learningGoals: [
      'Ontwikkelvragen van jonge kinderen samen met kinderopvang en JGZ eerder signaleren.',
      'Lichte ondersteuning in de school bieden zonder verwijzing, ook op kleine dorpsscholen.',
      'Ouders als gelijkwaardige gesprekspartner betrekken bij wat hun kind nodig heeft.',
    ],
    contacts: [
      {
        name: 'Jelle Hoekstra (voorbeeld)',
        role: 'Regioverbinder',
        connectorRole: 'region',
        organisation: 'Gemeente Noardeast-Fryslân',
        email: 'j.hoekstra@example.org',
        publishConsent: true,
      },
      {
        name: 'Baukje de Vries (voorbeeld)',
        role: 'Coördinator kindcentra',
        organisation: 'Schoolbestuur primair onderwijs (Noordoost-Fryslân)',
        publishConsent: false,
      },
      {
        name: 'Wiebe Postma (voorbeeld)',
        role: 'Coalitieverbinder',
        organisation: 'GGD GHOR Nederland',
        email: 'w.postma@example.org',
        publishConsent: true,
        connectorRole: 'coalition',
      },
    ],
    partners: [
      'Gemeenten in Noordoost-Fryslân',
      'Samenwerkingsverband passend onderwijs PO',
      'GGD Fryslân (jeugdgezondheidszorg)',
      'Gebieds- en sociale teams',
      'Kinderopvang en kindcentra',
      'Schoolbesturen primair onderwijs',
    ],
    lat: 53.27,
    lng: 6.02,
    themes: ['preventief-jeugdbeleid', 'interprofessioneel-samenwerken', 'ouders-en-jongeren'],
  },
  {
    title: 'Holland-Rijnland',
    slug: 'holland-rijnland',
    summary:
      'Dertien gemeenten rond Leiden, Alphen aan den Rijn en de Duin- en Bollenstreek werken aan regionale afspraken over onderwijs en jeugdhulp die ook op schoolniveau het verschil maken.',
    publishedAt: '2020-01-15',
    province: 'zuid-holland',
    municipalities: [
      'Alphen aan den Rijn',
      'Hillegom',
      'Kaag en Braassem',
      'Katwijk',
      'Leiden',
      'Leiderdorp',
      'Lisse',
      'Nieuwkoop',
      'Noordwijk',
      'Oegstgeest',
      'Teylingen',
      'Voorschoten',
      'Zoeterwoude',
    ],
    description: [
      {
        p: 'Holland-Rijnland is een samenwerkingsregio in het noorden van Zuid-Holland, met de Leidse regio, de Duin- en Bollenstreek en de Rijnstreek. De gemeenten kopen jeugdhulp deels samen in, terwijl de samenwerkingsverbanden passend onderwijs elk hun eigen gebied bedienen.',
      },
      {
        p: 'Die verschillende schaalniveaus maken het niet eenvoudig om afspraken te maken die overal gelden. De regio wil leren hoe brede afspraken over jeugd, met de gemeente in de regierol, ook echt doorwerken in de dagelijkse praktijk van scholen en jeugdhulp.',
      },
    ],
    approach: [
      { h3: 'Aanpak' },
      {
        p: 'De regio legt het accent op advies 4 uit het rapport: een gedeelde visie op jeugd, vertaald in afspraken met heldere doelen. Daarbij kijkt ze nadrukkelijk naar leerlingen met een licht verstandelijke beperking en naar onderwijs-zorgarrangementen in het speciaal onderwijs.',
      },
      {
        ul: [
          'Een gezamenlijke agenda voor het OOGO tussen gemeenten en samenwerkingsverbanden.',
          'Afspraken over zorg in onderwijstijd, zodat ouders niet per kind hoeven te onderhandelen.',
          'Samen bijhouden of de afspraken effect hebben, met cijfers én met verhalen uit de praktijk.',
        ],
      },
    ],
    developmentPlan: [
      {
        p: 'Holland-Rijnland werkt in zijn ontwikkelplan aan een gedeelde visie op jeugd die doorwerkt op alle schaalniveaus van de regio. Het plan vertaalt die visie in afspraken in het OOGO over zorg in onderwijstijd, met aandacht voor leerlingen met een licht verstandelijke beperking.',
      },
    ],
    learningGoals: [
      'Een gezamenlijke agenda voor het OOGO opstellen die gemeenten en samenwerkingsverbanden allebei dragen.',
      'Zorg in onderwijstijd zo regelen dat ouders niet per kind hoeven te onderhandelen.',
      'Met cijfers en praktijkverhalen samen volgen of de afspraken effect hebben.',
    ],
    contacts: [
      {
        name: 'Anouk van der Meer (voorbeeld)',
        role: 'Regioverbinder',
        connectorRole: 'region',
        organisation: 'Gemeente Leiden',
        email: 'a.vandermeer@example.org',
        publishConsent: true,
      },
      {
        name: 'Pieter Zwetsloot (voorbeeld)',
        role: 'Directeur-bestuurder',
        organisation: 'Samenwerkingsverband passend onderwijs PO (Holland-Rijnland)',
        publishConsent: false,
      },
      {
        name: 'Joost de Haan (voorbeeld)',
        role: 'Coalitieverbinder',
        organisation: 'VNG',
        email: 'j.dehaan@example.org',
        publishConsent: true,
        connectorRole: 'coalition',
      },
    ],
    partners: [
      'Gemeenten in Holland-Rijnland',
      'Samenwerkingsverbanden passend onderwijs PO en VO',
      'GGD Hollands Midden',
      'Jeugdhulpaanbieders en zorgaanbieders voor mensen met een beperking',
      'Scholen voor speciaal (voortgezet) onderwijs',
    ],
    lat: 52.17,
    lng: 4.55,
    themes: ['oogo-en-bindende-afspraken', 'onderwijs-zorgarrangementen', 'lvb', 'monitoring'],
  },
  {
    title: 'Zuid-Kennemerland',
    slug: 'zuid-kennemerland',
    summary:
      'Haarlem en de omliggende gemeenten verkennen hoe jeugdhulp een vanzelfsprekend onderdeel van de school kan worden, met ouders en jongeren als gesprekspartners.',
    publishedAt: '2020-01-15',
    province: 'noord-holland',
    municipalities: ['Haarlem', 'Bloemendaal', 'Heemstede', 'Zandvoort'],
    description: [
      {
        p: 'Zuid-Kennemerland doet mee als inspiratieregio met Haarlem als grootste gemeente. De regio heeft een compact gebied met veel scholen op korte afstand van elkaar, wat kansen biedt om expertise te delen tussen scholen en wijkteams.',
      },
      {
        p: 'Centraal staat de vraag hoe hulp op school zo georganiseerd kan worden dat leerkrachten zich gesteund voelen en ouders niet langs verschillende loketten hoeven. De regio wil daarbij nadrukkelijk horen wat jongeren en ouders zelf als helpend ervaren.',
      },
    ],
    approach: [
      {
        ul: [
          'Jeugdhulpverleners met vaste uren op school, aangesloten bij het ondersteuningsteam.',
          'Een gezamenlijke werkwijze voor de eerste signalen van leerkracht, mentor of jeugdarts.',
          'Jongeren- en ouderpanels die meedenken over de aanpak en die periodiek terugkijken.',
        ],
      },
      {
        p: 'De opbrengsten deelt de regio in het lerend netwerk, onder meer via bijdragen aan werksessies over interprofessioneel samenwerken.',
      },
    ],
    developmentPlan: [
      {
        p: 'Het ontwikkelplan van Zuid-Kennemerland brengt hulp naar de school: jeugdhulpverleners met vaste uren in het ondersteuningsteam en één werkwijze voor de eerste signalen. Jongeren en ouders denken mee en kijken periodiek terug op wat helpt.',
      },
    ],
    learningGoals: [
      'Leerkrachten ervaren dat ze ondersteund worden door jeugdhulp die vast op school aanwezig is.',
      'Ouders hoeven niet langs meerdere loketten voor hulp rond school.',
      'Jongeren- en ouderpanels beoordelen zelf of de aanpak helpt.',
    ],
    contacts: [
      {
        name: 'Ruben Schouten (voorbeeld)',
        role: 'Beleidsadviseur jeugd en onderwijs',
        connectorRole: 'region',
        organisation: 'Gemeente Haarlem',
        email: 'r.schouten@example.org',
        publishConsent: true,
      },
      {
        name: 'Linda Smit (voorbeeld)',
        role: 'Coalitieverbinder',
        organisation: 'Jeugdzorg Nederland',
        email: 'l.smit@example.org',
        publishConsent: true,
        connectorRole: 'coalition',
      },
    ],
    partners: [
      'Gemeenten in Zuid-Kennemerland',
      'Samenwerkingsverbanden passend onderwijs PO en VO',
      'GGD Kennemerland',
      'Wijk- en sociale teams',
      'Jeugdhulpaanbieders',
      'Ouder- en jongerenvertegenwoordigers',
    ],
    lat: 52.38,
    lng: 4.63,
    themes: ['interprofessioneel-samenwerken', 'ouders-en-jongeren', 'passend-onderwijs'],
  },
  {
    title: 'De Meierij',
    slug: 'de-meierij',
    summary:
      "In De Meierij rond 's-Hertogenbosch zoeken gemeenten, samenwerkingsverbanden en zorgaanbieders naar budgetten met poreuze randen, zodat onderwijs en zorg voor een kind één geheel kunnen vormen.",
    publishedAt: '2020-01-15',
    province: 'noord-brabant',
    municipalities: ["'s-Hertogenbosch", 'Boxtel', 'Meierijstad', 'Sint-Michielsgestel', 'Vught'],
    description: [
      {
        p: 'De Meierij is de Brabantse inspiratieregio in het lerend netwerk. De regio combineert een middelgrote stad met dorpen en kleinere kernen, en heeft een ruim aanbod aan speciaal onderwijs en zorginstellingen.',
      },
      {
        p: 'Partners in de regio lopen regelmatig aan tegen de grenzen tussen Jeugdwet, Wet langdurige zorg, Zorgverzekeringswet en de middelen voor passend onderwijs. Wie betaalt welk deel van een dag waarin onderwijs en zorg door elkaar lopen? Die vraag wil de regio samen met anderen beantwoorden.',
      },
    ],
    approach: [
      { h3: 'Focus' },
      {
        p: 'De regio werkt aan advies 6: budgetten en beleid met poreuze randen. Het doel is dat professionals meer ruimte krijgen voor maatwerk en dat een onderwijs-zorgarrangement niet strandt op de vraag welke financier verantwoordelijk is.',
      },
      {
        ul: [
          'Verkennen van groepsgewijze in plaats van individuele financiering van zorg in onderwijstijd.',
          'Alternatieven zoeken voor een vrijstelling van de leerplicht, samen met leerplicht en jeugdarts (advies 2).',
          'Lessen vastleggen en agenderen waar regelgeving in de weg zit.',
        ],
      },
    ],
    developmentPlan: [
      {
        p: 'De Meierij richt haar ontwikkelplan op budgetten en beleid met poreuze randen. De regio verkent hoe zorg in onderwijstijd voor een groep leerlingen gezamenlijk gefinancierd kan worden en legt knelpunten in de regelgeving vast om ze landelijk te agenderen.',
      },
    ],
    learningGoals: [
      'Zorg in onderwijstijd voor een groep leerlingen financieren in plaats van per kind.',
      'Samen met leerplicht en jeugdarts alternatieven vinden voor een vrijstelling van de leerplicht.',
      'Knelpunten in wet- en regelgeving zo beschrijven dat de coalitie ze kan agenderen.',
    ],
    contacts: [
      {
        name: 'Ingrid van Rooij (voorbeeld)',
        role: 'Regioverbinder',
        connectorRole: 'region',
        organisation: "Gemeente 's-Hertogenbosch",
        email: 'i.vanrooij@example.org',
        publishConsent: true,
      },
      {
        name: 'Thijs Verhoeven (voorbeeld)',
        role: 'Coördinator onderwijs-zorg',
        organisation: 'Zorgaanbieder voor jeugd (De Meierij)',
        publishConsent: false,
      },
      {
        name: 'Karin Mertens (voorbeeld)',
        role: 'Coalitieverbinder',
        organisation: 'VGN',
        email: 'k.mertens@example.org',
        publishConsent: true,
        connectorRole: 'coalition',
      },
    ],
    partners: [
      'Gemeenten in De Meierij',
      'Samenwerkingsverbanden passend onderwijs PO en VO',
      'GGD Hart voor Brabant',
      'Scholen voor speciaal onderwijs',
      'Zorgaanbieders jeugd en gehandicaptenzorg',
      'Leerplicht',
    ],
    lat: 51.64,
    lng: 5.38,
    themes: ['onderwijs-zorgarrangementen', 'leerplicht', 'lvb', 'oogo-en-bindende-afspraken'],
  },
  {
    title: 'Utrecht',
    slug: 'utrecht',
    summary:
      'De gemeente Utrecht en haar partners in onderwijs en jeugdhulp leren hoe je in een grote, groeiende stad de ondersteuning dicht bij school en buurt organiseert en samen volgt wat werkt.',
    publishedAt: '2020-01-15',
    province: 'utrecht',
    municipalities: ['Utrecht'],
    description: [
      {
        p: "Utrecht is een van de grote steden in de groep inspiratieregio's. De stad kent veel scholen, een grote diversiteit aan leerlingen en een netwerk van buurtteams dat gezinnen ondersteunt.",
      },
      {
        p: 'Door die schaal is het overzicht snel zoek: welke school werkt met welk team, en wat levert dat op voor kinderen? De stad wil de samenwerking tussen onderwijs en jeugdhulp daarom niet alleen versterken, maar ook beter zichtbaar maken.',
      },
    ],
    approach: [
      {
        ul: [
          'Vaste koppelingen tussen scholen en buurtteams, met heldere afspraken over wie wat doet.',
          'Gezamenlijk monitoren van thuiszitten, verzuim en doorstroom, op het niveau waarop afspraken gemaakt worden (advies 5).',
          'Aandacht voor de overgang van VO naar MBO, waar jongeren met een ondersteuningsvraag extra kwetsbaar zijn.',
        ],
      },
      {
        p: 'De stad brengt haar ervaringen in bij de Community of Practice over monitoring en deelt handvatten die ook voor kleinere gemeenten bruikbaar zijn.',
      },
    ],
    developmentPlan: [
      {
        p: 'Het ontwikkelplan van Utrecht wil de samenwerking tussen scholen en buurtteams versterken én zichtbaar maken. Vaste koppelingen en heldere taakverdeling gaan samen met monitoring van thuiszitten, verzuim en doorstroom op het niveau waarop de afspraken worden gemaakt.',
      },
    ],
    learningGoals: [
      'Elke school weet met welk buurtteam ze werkt en wie wat doet.',
      'Thuiszitten, verzuim en doorstroom samen volgen op het niveau van de afspraken.',
      'Jongeren met een ondersteuningsvraag goed begeleiden bij de overstap van vo naar mbo.',
    ],
    contacts: [
      {
        name: 'Yasmina El Idrissi (voorbeeld)',
        role: 'Regioverbinder',
        connectorRole: 'region',
        organisation: 'Gemeente Utrecht',
        email: 'y.elidrissi@example.org',
        publishConsent: true,
      },
      {
        name: 'Koen Bosman (voorbeeld)',
        role: 'Beleidsadviseur',
        organisation: 'Samenwerkingsverband passend onderwijs VO (Utrecht)',
        publishConsent: false,
      },
      {
        name: 'Ahmed Bouzid (voorbeeld)',
        role: 'Coalitieverbinder',
        organisation: 'VO-Raad',
        email: 'a.bouzid@example.org',
        publishConsent: true,
        connectorRole: 'coalition',
      },
    ],
    partners: [
      'Gemeente Utrecht',
      'Samenwerkingsverbanden passend onderwijs PO en VO',
      'Jeugdgezondheidszorg (JGZ) Utrecht',
      'Buurtteams jeugd en gezin',
      'MBO-instellingen in de stad',
      'Leerplicht en RMC',
    ],
    lat: 52.09,
    lng: 5.12,
    themes: ['monitoring', 'thuiszitters', 'interprofessioneel-samenwerken', 'passend-onderwijs'],
  },
  {
    title: 'Leeuwarden',
    slug: 'leeuwarden',
    summary:
      'Leeuwarden werkt met scholen, kinderopvang, JGZ en jeugdhulp aan een stevige basis in de wijk, met extra aandacht voor kinderen en jongeren met een licht verstandelijke beperking.',
    publishedAt: '2020-01-15',
    province: 'friesland',
    municipalities: ['Leeuwarden'],
    description: [
      {
        p: 'Als Friese hoofdstad heeft Leeuwarden een regionale functie in onderwijs en zorg: veel voortgezet onderwijs, MBO en specialistische voorzieningen zijn hier gevestigd. De gemeente doet mee aan Met Andere Ogen om de samenwerking in de eigen stad verder te brengen.',
      },
      {
        p: 'De gemeente ziet dat een deel van de kinderen die uitvallen of dreigen uit te vallen een licht verstandelijke beperking heeft die niet altijd tijdig wordt herkend. Daar wil zij met partners op inzetten.',
      },
    ],
    approach: [
      { h3: 'Wat de gemeente wil leren' },
      {
        ul: [
          'Hoe herkennen leerkrachten, jeugdverpleegkundigen en wijkteams een LVB eerder, en wat doen ze dan samen?',
          'Hoe houden we de ondersteuning vast bij de overstap van PO naar VO en van VO naar MBO?',
          'Hoe geven we ouders en jongeren een echte stem in de aanpak?',
        ],
      },
      {
        p: 'Leeuwarden en Noordoost-Friesland trekken waar het kan samen op, omdat veel jongeren uit de omliggende gemeenten in de stad naar school gaan.',
      },
    ],
    developmentPlan: [
      {
        p: 'Leeuwarden richt zijn ontwikkelplan op leerlingen met een licht verstandelijke beperking die nu te laat in beeld komen. Leerkrachten, jeugdverpleegkundigen en wijkteams leren een LVB eerder herkennen, en de ondersteuning loopt door bij de overstap naar een volgende school.',
      },
    ],
    learningGoals: [
      'Een licht verstandelijke beperking eerder herkennen en er samen op handelen.',
      'Ondersteuning vasthouden bij de overstap van po naar vo en van vo naar mbo.',
      'Ouders en jongeren een echte stem geven in de aanpak.',
    ],
    contacts: [
      {
        name: 'Hester Wijnstra (voorbeeld)',
        role: 'Regioverbinder',
        connectorRole: 'region',
        organisation: 'Gemeente Leeuwarden',
        email: 'h.wijnstra@example.org',
        publishConsent: true,
      },
      {
        name: 'Froukje Bakker (voorbeeld)',
        role: 'Coalitieverbinder',
        organisation: 'MBO Raad',
        email: 'f.bakker@example.org',
        publishConsent: true,
        connectorRole: 'coalition',
      },
    ],
    partners: [
      'Gemeente Leeuwarden',
      'Samenwerkingsverbanden passend onderwijs PO en VO',
      'GGD Fryslân (jeugdgezondheidszorg)',
      'Wijkteams',
      'MBO-instellingen',
      'Aanbieders van zorg voor mensen met een verstandelijke beperking',
    ],
    lat: 53.2,
    lng: 5.8,
    themes: ['lvb', 'preventief-jeugdbeleid', 'ouders-en-jongeren', 'passend-onderwijs'],
  },
  {
    title: 'Zuid-Limburg',
    slug: 'zuid-limburg',
    summary:
      'De Zuid-Limburgse gemeenten werken met onderwijs, JGZ en jeugdhulp aan positief en preventief jeugdbeleid en willen beter zicht krijgen op wat hun gezamenlijke inzet oplevert voor kinderen.',
    publishedAt: '2020-01-15',
    province: 'limburg',
    municipalities: [
      'Beek',
      'Beekdaelen',
      'Brunssum',
      'Eijsden-Margraten',
      'Gulpen-Wittem',
      'Heerlen',
      'Kerkrade',
      'Landgraaf',
      'Maastricht',
      'Meerssen',
      'Simpelveld',
      'Sittard-Geleen',
      'Stein',
      'Vaals',
      'Valkenburg aan de Geul',
      'Voerendaal',
    ],
    description: [
      {
        p: "Zuid-Limburg is een grensregio met drie subregio's: de Westelijke Mijnstreek, Parkstad en het Maastricht-Heuvelland. De gemeenten werken op het gebied van jeugd op verschillende schaalniveaus samen en kennen elk hun eigen samenwerkingsverbanden passend onderwijs.",
      },
      {
        p: 'De regio heeft te maken met een dalend aantal leerlingen en met gezondheids- en armoedeverschillen tussen wijken. Dat maakt preventie en een goede samenwerking rond jonge kinderen des te belangrijker.',
      },
    ],
    approach: [
      {
        p: 'Zuid-Limburg combineert twee sporen. Het eerste spoor is een positief en preventief jeugdbeleid waarin kinderopvang, school en JGZ samen optrekken. Het tweede spoor is monitoring: samen afspreken welke gegevens je volgt en die cijfers aanvullen met de ervaringen van ouders en professionals.',
      },
      {
        ul: [
          'Een gedeelde set indicatoren voor gemeenten en samenwerkingsverbanden.',
          'Gebruik van bestaande bronnen, zoals gegevens van de JGZ en landelijke monitors, om extra registratie te voorkomen.',
          'Jaarlijks samen duiden wat de cijfers betekenen en welke afspraken bijgesteld moeten worden.',
        ],
      },
    ],
    developmentPlan: [
      {
        p: 'Het ontwikkelplan van Zuid-Limburg volgt twee sporen: positief en preventief jeugdbeleid waarin kinderopvang, school en JGZ samen optrekken, en monitoring met een gedeelde set indicatoren. Bestaande bronnen gaan voor nieuwe registratie, en partners duiden de cijfers jaarlijks samen.',
      },
    ],
    learningGoals: [
      'Een gedeelde set indicatoren voor gemeenten en samenwerkingsverbanden afspreken.',
      'Cijfers halen uit bestaande bronnen, zodat niemand extra hoeft te registreren.',
      'Preventie rond jonge kinderen organiseren met kinderopvang, school en JGZ samen.',
    ],
    contacts: [
      {
        name: 'Lieke Janssen (voorbeeld)',
        role: 'Regioverbinder',
        connectorRole: 'region',
        organisation: 'Gemeente Heerlen',
        email: 'l.janssen@example.org',
        publishConsent: true,
      },
      {
        name: 'Maurice Hendriks (voorbeeld)',
        role: 'Onderzoeker jeugd',
        organisation: 'GGD Zuid Limburg',
        publishConsent: false,
      },
      {
        name: 'Roel Dassen (voorbeeld)',
        role: 'Coalitieverbinder',
        organisation: 'GGD GHOR Nederland',
        email: 'r.dassen@example.org',
        publishConsent: true,
        connectorRole: 'coalition',
      },
    ],
    partners: [
      'Gemeenten in Zuid-Limburg',
      'Samenwerkingsverbanden passend onderwijs PO en VO',
      'GGD Zuid Limburg',
      'Kinderopvangorganisaties',
      'Jeugdhulpaanbieders',
      'Kennisinstellingen in de regio',
    ],
    lat: 50.89,
    lng: 5.85,
    themes: ['preventief-jeugdbeleid', 'monitoring', 'oogo-en-bindende-afspraken'],
  },
  {
    title: 'Almere',
    slug: 'almere',
    summary:
      'Almere bouwt als jonge, snelgroeiende stad aan brede teams op en rond scholen, zodat kinderen eerder en dichtbij geholpen worden en thuiszitten wordt voorkomen.',
    publishedAt: '2020-01-15',
    province: 'flevoland',
    municipalities: ['Almere'],
    description: [
      {
        p: 'Almere is een relatief jonge stad met veel gezinnen en een groot aantal scholen. De stad groeit nog steeds, en daarmee ook de vraag naar onderwijsplekken, kinderopvang en ondersteuning.',
      },
      {
        p: 'Als inspiratieregio wil Almere laten zien hoe een stad die nog volop in ontwikkeling is de samenwerking tussen onderwijs en jeugdhulp vanaf het begin goed kan inrichten, in plaats van achteraf te repareren.',
      },
    ],
    approach: [
      {
        ul: [
          'Interprofessionele teams op scholen, met de leerkracht en de jeugdhulpverlener als vaste koppel.',
          'Snel schakelen bij verzuim, met leerplicht, school en jeugdhulp samen aan tafel.',
          'Vroegsignalering in de voorschoolse periode, samen met kinderopvang en JGZ.',
        ],
      },
      {
        p: 'De gemeente en het onderwijs leggen hun ervaringen vast in korte praktijkbeschrijvingen, zodat andere gemeenten er direct mee aan de slag kunnen.',
      },
    ],
    developmentPlan: [
      {
        p: 'Almere wil met zijn ontwikkelplan de samenwerking tussen onderwijs en jeugdhulp goed inrichten terwijl de stad nog groeit. Het plan zet in op interprofessionele teams op scholen, snel schakelen bij verzuim en vroegsignalering met kinderopvang en JGZ, en legt ervaringen vast in korte praktijkbeschrijvingen.',
      },
    ],
    learningGoals: [
      'Leerkracht en jeugdhulpverlener werken op elke school als vast koppel.',
      'Bij verzuim zitten leerplicht, school en jeugdhulp binnen korte tijd samen aan tafel.',
      'Ervaringen vastleggen in praktijkbeschrijvingen die andere gemeenten direct kunnen gebruiken.',
    ],
    contacts: [
      {
        name: 'Nadia Ramdin (voorbeeld)',
        role: 'Regioverbinder',
        connectorRole: 'region',
        organisation: 'Gemeente Almere',
        email: 'n.ramdin@example.org',
        publishConsent: true,
      },
      {
        name: 'Erik Brouwer (voorbeeld)',
        role: 'Leerplichtambtenaar',
        organisation: 'Gemeente Almere',
        publishConsent: false,
      },
      {
        name: 'Sarita Ramautar (voorbeeld)',
        role: 'Coalitieverbinder',
        organisation: 'Sociaal Werk Nederland',
        email: 's.ramautar@example.org',
        publishConsent: true,
        connectorRole: 'coalition',
      },
    ],
    partners: [
      'Gemeente Almere',
      'Samenwerkingsverbanden passend onderwijs PO en VO',
      'GGD Flevoland',
      'Wijkteams',
      'Kinderopvangorganisaties',
      'Jeugdhulpaanbieders',
    ],
    lat: 52.37,
    lng: 5.22,
    themes: ['interprofessioneel-samenwerken', 'thuiszitters', 'preventief-jeugdbeleid', 'leerplicht'],
  },
  {
    title: 'FoodValley',
    slug: 'foodvalley',
    summary:
      'Acht gemeenten in de Gelderse Vallei, verspreid over Gelderland en Utrecht, werken samen aan afspraken over onderwijs, jeugd en zorg die over gemeente- en provinciegrenzen heen werken.',
    publishedAt: '2020-01-15',
    province: 'gelderland',
    municipalities: ['Barneveld', 'Ede', 'Nijkerk', 'Renswoude', 'Rhenen', 'Scherpenzeel', 'Veenendaal', 'Wageningen'],
    description: [
      {
        p: 'De regio FoodValley ligt op de grens van Gelderland en Utrecht. Ede, Barneveld, Nijkerk, Scherpenzeel en Wageningen horen bij Gelderland; Veenendaal, Rhenen en Renswoude bij de provincie Utrecht. De gemeenten werken op het terrein van jeugd regionaal samen.',
      },
      {
        p: "Omdat samenwerkingsverbanden, GGD-regio's en zorgaanbieders niet altijd dezelfde grenzen hebben, vraagt samenwerken hier extra afstemming. De regio ziet dat als een kans om te leren hoe je afspraken maakt die voor ouders en professionals toch eenvoudig blijven.",
      },
    ],
    approach: [
      { h3: 'Speerpunten' },
      {
        ul: [
          'Eén regionale visie op jeugd en onderwijs, met concrete afspraken per gemeente (advies 4).',
          'Passende ondersteuning voor leerlingen met een licht verstandelijke beperking, in samenwerking met de gehandicaptenzorg.',
          'Ouders betrekken via bestaande ouderplatforms en bij de evaluatie van afspraken.',
        ],
      },
      {
        p: "FoodValley verbindt haar leervragen aan de Community of Practice over bindende afspraken en deelt de opbrengsten met andere regio's die over provinciegrenzen heen werken.",
      },
    ],
    developmentPlan: [
      {
        p: "Het ontwikkelplan van FoodValley werkt aan één regionale visie op jeugd en onderwijs, uitgewerkt in afspraken per gemeente. De regio leert hoe je zulke afspraken eenvoudig houdt voor ouders en professionals, ook waar samenwerkingsverbanden, GGD-regio's en zorgaanbieders verschillende grenzen hebben.",
      },
    ],
    learningGoals: [
      'Een regionale visie op jeugd en onderwijs vertalen naar concrete afspraken per gemeente.',
      'Leerlingen met een licht verstandelijke beperking passend ondersteunen, samen met de gehandicaptenzorg.',
      'Ouders laten meedenken over de afspraken en over de evaluatie ervan.',
    ],
    contacts: [
      {
        name: 'Gerrit van de Pol (voorbeeld)',
        role: 'Regioverbinder',
        connectorRole: 'region',
        organisation: 'Gemeente Ede',
        email: 'g.vandepol@example.org',
        publishConsent: false,
      },
      {
        name: 'Mirjam Kamphuis (voorbeeld)',
        role: 'Beleidsadviseur jeugd',
        organisation: 'Regio FoodValley',
        email: 'm.kamphuis@example.org',
        publishConsent: true,
      },
      {
        name: 'Peter van Ginkel (voorbeeld)',
        role: 'Coalitieverbinder',
        organisation: 'Ouders & Onderwijs',
        email: 'p.vanginkel@example.org',
        publishConsent: true,
        connectorRole: 'coalition',
      },
    ],
    partners: [
      'Gemeenten in de regio FoodValley',
      'Samenwerkingsverbanden passend onderwijs PO en VO',
      'GGD Gelderland-Midden en GGD regio Utrecht',
      'Aanbieders van jeugdhulp en gehandicaptenzorg',
      'Ouderplatforms',
    ],
    lat: 52.05,
    lng: 5.6,
    themes: ['oogo-en-bindende-afspraken', 'lvb', 'ouders-en-jongeren'],
  },
]
