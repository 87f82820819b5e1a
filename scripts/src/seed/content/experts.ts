import type { SeedExpert } from './types'

/**
 * Expertprofielen voor de toolbox. ALLE profielen zijn verzonnen voorbeelden:
 * de naam eindigt op " (voorbeeld)" en e-mailadressen gebruiken het domein example.org.
 */
export const experts: SeedExpert[] = [
  {
    title: 'Anouk Verbeek (voorbeeld)',
    slug: 'anouk-verbeek-voorbeeld',
    summary:
      'Adviseur en procesbegeleider voor gemeenten en samenwerkingsverbanden die werk willen maken van het OOGO en brede, bindende afspraken over jeugd.',
    publishedAt: '2021-03-01',
    role: 'Procesbegeleider regievoering en OOGO',
    organisation: 'Zelfstandig adviseur',
    themes: ['oogo-en-bindende-afspraken', 'passend-onderwijs', 'monitoring'],
    regions: ['holland-rijnland', 'utrecht'],
    offers: ['advice', 'presentation'],
    email: 'anouk.verbeek@example.org',
    contactConsent: true,
    bio: [
      {
        p: 'Dit is een fictief voorbeeldprofiel. Anouk Verbeek bestaat niet; het profiel laat zien hoe een expert zich in de toolbox van Met Andere Ogen kan presenteren.',
      },
      {
        p: 'Anouk begeleidt gemeenten en samenwerkingsverbanden passend onderwijs die hun op overeenstemming gericht overleg (OOGO) willen omvormen van een verplicht nummer naar een echt gesprek over gezamenlijke doelen. Ze helpt partijen een gedeelde visie op jeugd te formuleren, die te vertalen naar concrete afspraken en vast te leggen hoe ze samen gaan volgen of die afspraken werken.',
      },
      {
        ul: [
          'Begeleiding van bestuurlijke sessies tussen wethouders, schoolbesturen en samenwerkingsverbanden.',
          'Opstellen van een gezamenlijke ontwikkelagenda of lokale jeugdagenda.',
          'Presentaties over gemeentelijke regie: verbinden in plaats van sturen.',
        ],
      },
    ],
  },
  {
    title: 'Joris Hendriksen (voorbeeld)',
    slug: 'joris-hendriksen-voorbeeld',
    summary:
      'Orthopedagoog-generalist met jarenlange ervaring in jeugdhulp op school. Helpt scholen en jeugdhulpaanbieders om samen een interprofessioneel team rond de klas op te zetten.',
    publishedAt: '2021-03-01',
    role: 'Orthopedagoog-generalist, jeugdhulp op school',
    organisation: 'Jeugdhulpaanbieder',
    themes: ['interprofessioneel-samenwerken', 'passend-onderwijs', 'preventief-jeugdbeleid'],
    regions: ['twente'],
    offers: ['workshop', 'advice'],
    email: 'joris.hendriksen@example.org',
    contactConsent: true,
    bio: [
      {
        p: 'Dit is een fictief voorbeeldprofiel: Joris Hendriksen is verzonnen om te laten zien welke expertise in de toolbox te vinden kan zijn.',
      },
      {
        p: 'Joris werkt als orthopedagoog-generalist op een aantal basisscholen en een school voor voortgezet onderwijs, waar hij deel uitmaakt van het ondersteuningsteam. Hij weet hoe je jeugdhulp in de school organiseert zonder dat de leerkracht er werk bij krijgt, en hoe je afspraken maakt over privacy, verwijzing en bekostiging. In zijn workshops oefenen teams met het gezamenlijk bespreken van een leerling, met ouders aan tafel.',
      },
    ],
  },
  {
    title: 'Fatima El Idrissi (voorbeeld)',
    slug: 'fatima-el-idrissi-voorbeeld',
    summary:
      'Ervaringsdeskundige ouder en trainer ouderbetrokkenheid. Laat professionals zien hoe het voelt om als ouder tussen school, jeugdhulp en gemeente in te staan.',
    publishedAt: '2021-03-08',
    role: 'Ervaringsdeskundige en trainer ouderbetrokkenheid',
    organisation: 'Oudervereniging',
    themes: ['ouders-en-jongeren', 'thuiszitters', 'lvb'],
    regions: ['almere'],
    offers: ['presentation', 'workshop'],
    email: 'fatima.elidrissi@example.org',
    contactConsent: true,
    bio: [
      {
        p: 'Let op: dit is een fictief voorbeeldprofiel. Fatima El Idrissi is geen echte persoon; het profiel dient als voorbeeld voor de toolbox.',
      },
      {
        p: 'Fatima is moeder van een zoon met een licht verstandelijke beperking die lange tijd thuiszat. Vanuit die ervaring vertelt ze professionals en bestuurders wat ouders nodig hebben: één aanspreekpunt, eerlijke informatie en het gevoel dat er naast hen wordt gestaan. Ze geeft workshops over het voeren van gelijkwaardige gesprekken met ouders, ook als de verwachtingen ver uit elkaar liggen.',
      },
      {
        p: "Ze denkt graag mee met regio's die ouders structureel willen betrekken bij beleid, bijvoorbeeld via een ouderpanel of klankbordgroep.",
      },
    ],
  },
  {
    title: 'Pieter-Jan Smulders (voorbeeld)',
    slug: 'pieter-jan-smulders-voorbeeld',
    summary:
      "Data-analist die regio's helpt cijfers over onderwijs en jeugdhulp te combineren en te gebruiken in het gesprek over gezamenlijke doelen.",
    publishedAt: '2021-03-08',
    role: 'Data-analist monitoring onderwijs en jeugd',
    organisation: 'Onderzoeksbureau',
    themes: ['monitoring', 'oogo-en-bindende-afspraken'],
    regions: ['de-meierij', 'zuid-limburg'],
    offers: ['advice', 'workshop'],
    email: 'pieterjan.smulders@example.org',
    contactConsent: true,
    bio: [
      {
        p: 'Dit is een fictief voorbeeldprofiel. Pieter-Jan Smulders bestaat niet; het profiel toont hoe een expert op het gebied van monitoring zich kan presenteren.',
      },
      {
        p: 'Pieter-Jan helpt gemeenten en samenwerkingsverbanden om uit bestaande bronnen – CBS, DUO, de JGZ en regionale monitoren – een bruikbaar beeld te maken van wat hun samenwerking oplevert. Hij let erop dat monitoring gebeurt op het niveau waarop afspraken zijn gemaakt en dat het geen extra registratielast oplevert. In workshops leert hij beleidsmedewerkers indicatoren te kiezen, zoals afstroom, de duur van thuiszitten en voortijdig schoolverlaten, en die samen met professionals te duiden.',
      },
    ],
  },
  {
    title: 'Marloes Kuipers (voorbeeld)',
    slug: 'marloes-kuipers-voorbeeld',
    summary:
      'Jeugdarts bij de JGZ met specialisatie in ziekteverzuim van leerlingen. Deelt hoe school, jeugdarts en leerplicht samen het probleem achter verzuim vinden.',
    publishedAt: '2021-03-15',
    role: 'Jeugdarts, aanpak medisch verzuim',
    organisation: 'GGD / jeugdgezondheidszorg',
    themes: ['thuiszitters', 'leerplicht', 'preventief-jeugdbeleid'],
    regions: ['noordoost-friesland', 'leeuwarden'],
    offers: ['presentation', 'advice'],
    email: 'marloes.kuipers@example.org',
    contactConsent: false,
    bio: [
      {
        p: 'Dit is een fictief voorbeeldprofiel: Marloes Kuipers is verzonnen. Deze expert heeft geen toestemming gegeven om contactgegevens te tonen, zodat je kunt zien hoe de toolbox daarmee omgaat.',
      },
      {
        p: "Marloes werkt als jeugdarts voor scholen in het primair en voortgezet onderwijs en in het mbo. Ze is betrokken bij de aanpak van ziekteverzuim, waarin school, jeugdarts, ouders en leerling vroeg samen bespreken wat er achter het verzuim zit. Ze geeft presentaties over de rol van de JGZ in het voorkomen van thuiszitten en adviseert regio's over de samenwerking tussen JGZ, leerplicht en het ondersteuningsteam.",
      },
    ],
  },
  {
    title: 'Ruud Bakker (voorbeeld)',
    slug: 'ruud-bakker-voorbeeld',
    summary:
      'Senior leerplichtambtenaar die meedenkt over alternatieven voor vrijstellingen en over een sluitende thuiszittersaanpak in de regio.',
    publishedAt: '2021-03-15',
    role: 'Senior leerplichtambtenaar',
    organisation: 'Regionaal Bureau Leerplicht',
    themes: ['leerplicht', 'thuiszitters', 'onderwijs-zorgarrangementen'],
    regions: ['noord-kennemerland', 'zuid-kennemerland'],
    offers: ['advice'],
    email: 'ruud.bakker@example.org',
    contactConsent: true,
    bio: [
      {
        p: 'Dit is een fictief voorbeeldprofiel. Ruud Bakker bestaat niet; het profiel laat zien welke kennis over leerplicht in de toolbox kan staan.',
      },
      {
        p: "Ruud heeft ruime ervaring met leerlingen voor wie een vrijstelling op grond van artikel 5a van de Leerplichtwet werd overwogen. Hij zoekt samen met scholen, het samenwerkingsverband en zorgaanbieders naar combinaties van onderwijs en zorg, zodat zo min mogelijk kinderen buiten beeld raken. Regio's kunnen hem vragen om mee te kijken naar hun thuiszittersoverleg, de escalatieroute en de afspraken met de jeugdhulp.",
      },
    ],
  },
  {
    title: 'Sanne Oosterhuis (voorbeeld)',
    slug: 'sanne-oosterhuis-voorbeeld',
    summary:
      'Lector die onderzoek doet naar preventief jeugdbeleid en de samenwerking tussen kinderopvang, onderwijs en JGZ. Vertaalt wetenschappelijke inzichten naar de praktijk.',
    publishedAt: '2026-03-03',
    role: 'Lector preventief jeugdbeleid',
    organisation: 'Hogeschool',
    themes: ['preventief-jeugdbeleid', 'interprofessioneel-samenwerken', 'monitoring'],
    regions: ['foodvalley'],
    offers: ['presentation'],
    email: 'sanne.oosterhuis@example.org',
    contactConsent: true,
    bio: [
      {
        p: 'Dit is een fictief voorbeeldprofiel: Sanne Oosterhuis is geen bestaande onderzoeker. Het profiel is bedoeld als voorbeeld voor de toolbox.',
      },
      {
        p: 'Sanne leidt een onderzoeksgroep die samen met gemeenten en scholen onderzoekt welke elementen van preventieve samenwerking echt verschil maken. Ze werkt met praktijkgericht onderzoek, waarin professionals zelf meedoen. In haar presentaties laat ze zien wat bekend is over vroegsignalering vanaf de crèche en peuteropvang tot in het voortgezet onderwijs, en waar het bewijs nog dun is.',
      },
    ],
  },
  {
    title: 'Hamid Yilmaz (voorbeeld)',
    slug: 'hamid-yilmaz-voorbeeld',
    summary:
      'Directeur van een samenwerkingsverband vo met ervaring in onderwijs-zorgarrangementen en gezamenlijke bekostiging met gemeenten, zoals groepsarrangementen in plaats van individuele beschikkingen.',
    publishedAt: '2025-06-17',
    role: 'Directeur samenwerkingsverband passend onderwijs vo',
    organisation: 'Samenwerkingsverband passend onderwijs',
    themes: ['onderwijs-zorgarrangementen', 'passend-onderwijs', 'oogo-en-bindende-afspraken'],
    regions: ['utrecht'],
    offers: ['advice', 'presentation'],
    email: 'hamid.yilmaz@example.org',
    contactConsent: false,
    bio: [
      {
        p: 'Dit is een fictief voorbeeldprofiel. Hamid Yilmaz is verzonnen en heeft in dit voorbeeld geen toestemming gegeven om zijn contactgegevens openbaar te maken.',
      },
      {
        p: 'Hamid heeft als directeur van een samenwerkingsverband meerdere onderwijs-zorgarrangementen opgezet, samen met gemeenten en jeugdhulpaanbieders. Hij weet hoe je budgetten uit passend onderwijs en de Jeugdwet naast elkaar inzet, hoe je de overstap maakt van individuele beschikkingen naar groepsgewijze financiering en wat je daarvoor vastlegt in het ondersteuningsplan en het OOGO.',
      },
      {
        ul: [
          'Advies over het inrichten van een onderwijs-zorgarrangement in het vo.',
          'Presentaties over poreuze randen in budgetten: wat kan al binnen de huidige regels?',
        ],
      },
    ],
  },
  {
    title: 'Esther van Dijk (voorbeeld)',
    slug: 'esther-van-dijk-voorbeeld',
    summary:
      'Pedagogisch coach in de kinderopvang en specialist vroegsignalering. Helpt kindcentra om kinderopvang, onderwijs en JGZ al vanaf de crèche te verbinden.',
    publishedAt: '2024-09-10',
    role: 'Pedagogisch coach en specialist vroegsignalering',
    organisation: 'Kinderopvangorganisatie',
    themes: ['preventief-jeugdbeleid', 'interprofessioneel-samenwerken', 'ouders-en-jongeren'],
    regions: ['holland-rijnland'],
    offers: ['workshop'],
    email: 'esther.vandijk@example.org',
    contactConsent: true,
    bio: [
      {
        p: 'Dit is een fictief voorbeeldprofiel: Esther van Dijk bestaat niet. Het profiel laat zien hoe expertise uit de kinderopvang in de toolbox een plek kan krijgen.',
      },
      {
        p: "Esther coacht pedagogisch medewerkers van crèches, peuteropvang en buitenschoolse opvang. Ze helpt hen om zorgen over de ontwikkeling van een kind vroeg te herkennen en bespreekbaar te maken, met ouders en met collega's van school en consultatiebureau. In haar workshops staat de warme overdracht van kinderopvang naar basisschool centraal.",
      },
    ],
  },
  {
    title: 'Wouter de Graaf (voorbeeld)',
    slug: 'wouter-de-graaf-voorbeeld',
    summary:
      'Teamleider Entreeopleiding in het mbo met veel ervaring met jongeren met een LVB. Deelt hoe mbo, jeugdhulp en gemeente samen uitval na het vso en praktijkonderwijs voorkomen.',
    publishedAt: '2025-02-04',
    role: 'Teamleider Entreeopleiding',
    organisation: 'Mbo-instelling',
    themes: ['lvb', 'thuiszitters', 'passend-onderwijs'],
    regions: ['twente', 'almere'],
    offers: ['workshop', 'advice'],
    email: 'wouter.degraaf@example.org',
    contactConsent: true,
    bio: [
      {
        p: 'Dit is een fictief voorbeeldprofiel. Wouter de Graaf is verzonnen om te laten zien welke mbo-expertise in de toolbox kan staan.',
      },
      {
        p: 'Wouter leidt een team dat jongeren opleidt op entreeniveau, van wie een groot deel een licht verstandelijke beperking heeft of uit het praktijkonderwijs of voortgezet speciaal onderwijs komt. Hij weet hoe belangrijk een goede overdracht is en hoe je jeugdhulp en begeleiding doorloopt na het achttiende jaar. Hij geeft workshops over de overgang van vo naar mbo voor kwetsbare jongeren en denkt mee over regionale afspraken om voortijdig schoolverlaten te voorkomen.',
      },
    ],
  },
]
