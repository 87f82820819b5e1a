import type { SeedNews } from './types'

/**
 * Nieuwsupdates. Gebeurtenissen komen uit de programmadocumenten; de tekst is eigen werk.
 * Citaten (quote-blokken) zijn kernboodschappen in eigen woorden en niet toegeschreven aan echte personen.
 */

const alleInspiratieregios = [
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
]

export const news: SeedNews[] = [
  {
    title: "Programma Met Andere Ogen gaat de regio's in",
    slug: 'met-andere-ogen-gaat-de-regios-in',
    summary:
      'Twintig landelijke partijen uit onderwijs, kinderopvang, jeugdhulp en zorg werken samen in het programma Met Andere Ogen. Bredere teams op en rond de school en brede lokale afspraken onder regie van de gemeente staan voorop.',
    publishedAt: '2019-06-11',
    themes: ['interprofessioneel-samenwerken', 'oogo-en-bindende-afspraken', 'passend-onderwijs'],
    regions: [],
    relatedPractices: ['oost-achterhoek-een-zorgteam'],
    inNewsletter: true,
    heroLabel: 'Samen de regio in',
    heroAlt:
      "Illustratie met de tekst 'Samen de regio in' als beeld bij de introductie van het programma Met Andere Ogen",
    body: [
      {
        p: 'Ieder kind verdient de kans om zich te ontwikkelen, ook als het extra zorg nodig heeft, gedrag laat zien dat vragen oproept of met een beperking leeft. De vraag die er steeds toe doet is wat dít kind nodig heeft. Met die overtuiging hebben twintig landelijke organisaties de handen ineengeslagen, van VNG, PO-Raad, VO-Raad en MBO Raad tot Jeugdzorg Nederland, GGD GHOR, Ouders & Onderwijs, Ieder(in) en de brancheorganisaties voor kinderopvang. Samen voeren zij een programma uit om de aansluiting tussen onderwijs, kinderopvang, jeugdhulp en zorg in de regio te verbeteren.',
      },
      { h2: 'Twee speerpunten' },
      {
        ul: [
          '**Interprofessionele samenwerking op en rond de school.** Teams waarin onderwijs- en zorgprofessionals samen vroeg inschatten wat een kind nodig heeft en dichtbij laagdrempelige ondersteuning bieden. Dat ontlast de leerkracht en voorkomt langdurige uitval.',
          '**Brede lokale afspraken over jeugd onder regie van de gemeente.** Partners ontwikkelen samen een gedragen visie op jeugd en zetten die om in duidelijke afspraken en tastbare resultaten.',
        ],
      },
      { h2: 'Waarom een lerende aanpak' },
      {
        p: 'Op veel plekken groeit de samenwerking al. Toch lopen ouders, kinderen, professionals en bestuurders nog geregeld vast op regels, budgetten en organisatiegrenzen. Het meest zichtbare gevolg zijn thuiszitters: kinderen die geen passend onderwijsaanbod hebben. Het programma bouwt voort op het adviesrapport Mét andere ogen van René Peeters. Daaruit blijkt dat één landelijke blauwdruk niet werkt; elke regio heeft een aanpak nodig die past bij de eigen situatie en die al doende beter wordt.',
      },
      { h2: 'Landelijk aanjagen, regionaal doen' },
      {
        p: "De coalitie ondersteunt regio's landelijk, bijvoorbeeld met ontwikkelgroepen voor interprofessionele teams, versterking van het OOGO tussen gemeenten en samenwerkingsverbanden, en monitoring. Daarnaast werven we dit jaar tien inspiratieregio's die met de adviezen aan de slag zijn of willen gaan; eind juni lees je hoe je je aanmeldt. Hun ervaringen delen we breed, zodat geleidelijk steeds meer regio's kunnen aanhaken. Lees meer over [de zeven adviezen](/het-programma/de-zeven-adviezen).",
      },
      {
        p: "De programmaleiding ligt bij René Peeters (bestuurlijk aanjager) en Marijke Andeweg (programmamanager). De ministeries van OCW en VWS maken het programma mogelijk. We werken nauw samen met het ondersteuningsteam Zorg voor de Jeugd en het steunpunt passend onderwijs. Op deze website lees je straks hoe de aanpak in de regio's uitpakt.",
      },
    ],
  },
  {
    title: 'René Peeters: van advies naar uitvoering',
    slug: 'rene-peeters-bestuurlijk-aanjager',
    summary:
      "De schrijver van het adviesrapport Mét andere ogen helpt als bestuurlijk aanjager zijn eigen zeven adviezen waar te maken. Inspiratieregio's nemen het voortouw: geen tijdelijke pilots, maar regio's die de adviezen blijvend in de praktijk brengen.",
    publishedAt: '2019-06-04',
    themes: ['oogo-en-bindende-afspraken', 'onderwijs-zorgarrangementen', 'monitoring'],
    regions: [],
    relatedPractices: [],
    inNewsletter: false,
    heroLabel: 'Bestuurlijk aanjager',
    heroAlt: "Illustratie met de tekst 'Bestuurlijk aanjager' bij het bericht over de rol van René Peeters",
    body: [
      {
        p: "René Peeters, die als kwartiermaker het adviesrapport Mét andere ogen schreef, is benoemd tot bestuurlijk aanjager van de coalitie Onderwijs, Zorg en Jeugd. Hij helpt de zeven adviezen uit zijn rapport in de praktijk te brengen: hij geeft presentaties, schuift aan bij bestuurlijke overleggen en onderhoudt contacten met jeugdzorgregio's en samenwerkingsverbanden. Daarbij is hij helder over de rolverdeling: een aanjager kan verbinden en duwen, maar het werk gebeurt in de regio, door de partijen zelf.",
      },
      { h2: "Inspiratieregio's, geen proeftuinen" },
      {
        p: "De eerste stap is de selectie van een tiental inspiratieregio's of grote gemeenten; de criteria daarvoor worden nog opgesteld. Het gaat uitdrukkelijk niet om pilots die na afloop weer stoppen. Deze regio's nemen zich voor om de twee belangrijkste adviezen – bredere teams rond het kind en gemeentelijke regie op afspraken – duurzaam uit te werken. Na deze eerste groep volgen er nog tien en daarna twintig. Knelpunten die regio's tegenkomen, brengt de aanjager in bij de beleidscoalitie.",
      },
      { h2: 'Regie betekent verbinden, niet de baas spelen' },
      {
        p: "Gemeentelijke regie betekent volgens Peeters vooral verbinden. De gemeente brengt partners bij elkaar om voor meerdere jaren doelen en afspraken te maken die over de grenzen van onderwijs, jeugd en zorg heen gaan, en volgt die vervolgens op het niveau waarop ze zijn gemaakt. Hij kan zich voorstellen dat partners samen een soort lokale 'grondwet' voor jeugd opstellen.",
      },
      { h2: 'Ruimte voor maatwerk' },
      {
        p: 'Geen regio is hetzelfde, en dat hoeft ook niet. Wel zijn er principes die overal opgaan. Een daarvan: budgetten moeten poreuze randen hebben. Professionals moeten snel iets kunnen regelen voor een kind, zonder eerst te wachten tot duidelijk is uit welk potje het komt – en dat achteraf goed kunnen verantwoorden. Zijn rol als aanjager is voorzien tot eind 2021; daarbij trekt hij steeds nauwer op met het actieprogramma Zorg voor de Jeugd.',
      },
      {
        quote:
          'Binnen de huidige regels kan vaak meer dan we denken. En waar het echt knelt, zorgen we dat het op de juiste tafel komt.',
      },
    ],
  },
  {
    title: 'Oproep: word inspiratieregio van Met Andere Ogen',
    slug: 'oproep-inspiratieregios-wat-we-vroegen',
    summary:
      "Met Andere Ogen zoekt tien regio's of gemeenten die als inspiratieregio willen leren en anderen willen inspireren. Lees wat we vragen, wat we bieden en hoe je je vóór 15 september aanmeldt.",
    publishedAt: '2019-06-27',
    themes: ['interprofessioneel-samenwerken', 'oogo-en-bindende-afspraken', 'ouders-en-jongeren'],
    regions: [],
    relatedPractices: [],
    inNewsletter: true,
    heroLabel: 'Inspiratieregio worden',
    heroAlt:
      "Illustratie met de tekst 'Inspiratieregio worden' bij het overzicht van de oproep aan gemeenten en regio's",
    body: [
      {
        p: "Voor de eerste ronde zoekt Met Andere Ogen tien regio's of gemeenten met durf en slagkracht: plekken waar gemeente, schoolbesturen, samenwerkingsverbanden, kinderopvang, JGZ en jeugdhulp al samen optrekken, en waar bestuurders én uitvoerders tijd willen maken om te leren en anderen op weg te helpen. Een jaar later volgen nog tien regio's, en het jaar daarna nog twintig.",
      },
      { h2: 'Wat je als inspiratieregio krijgt' },
      {
        ul: [
          'Ondersteuning bij gestructureerd leren: ervaringen vastleggen, delen en gebruiken om de aanpak te verbeteren.',
          "Een digitaal platform om met andere regio's uit te wisselen.",
          'Toegang tot sparringpartners, ervaringsdeskundigen en experts uit praktijk, beleid en wetenschap.',
          'Een vaste contactpersoon vanuit het netwerk en een klein programmabureau dat matcht op jouw vragen.',
          'Hulp om belemmeringen in wet- en regelgeving bij de juiste partijen op de agenda te krijgen.',
        ],
      },
      { h2: 'Wat we van een inspiratieregio vragen' },
      {
        ul: [
          'Een gemotiveerde contactpersoon en partners die willen leren en delen, bestuurlijk en in de uitvoering.',
          'Ervaring met het verbreden van teams en met brede lokale afspraken.',
          'Gemiddeld ongeveer twee uur per week, een netwerkbijeenkomst per twee maanden en twee studiedagen per jaar.',
          'Medewerking aan kennissessies, werkbezoeken, publicaties en een lokale of regionale monitor.',
        ],
      },
      { h2: 'Zo meld je je aan' },
      {
        p: 'Stuur uiterlijk 15 september een aanmelding van hooguit drie A4 rond één kernvraag: wat wil je leren, wat heb je nodig en wat breng je mee? Beschrijf welke partijen meedoen, hoe ouders betrokken zijn, hoe de samenwerking nu verloopt, welk vraagstuk je wilt aanpakken en met welke meetbare doelen, hoe partners zich verbinden, welke valkuilen je ziet en welke ondersteuning je van het programma verwacht.',
      },
      {
        ul: [
          'Van 16 september tot 1 oktober beoordeelt een afvaardiging van de coalitie de aanmeldingen. Naast de aanmelding telt ervaring in de praktijk mee, en we letten op spreiding over het land en verschil in omvang.',
          'Op 1 oktober hoort iedereen of zijn regio of gemeente meedoet.',
          "Op 31 oktober is de kick-off, waar de inspiratieregio's zich presenteren. Houd die dag alvast vrij.",
        ],
      },
      {
        p: 'Wil je meedoen zonder inspiratieregio te zijn? [Word dan aandeelhouder](/aandeelhouder-worden) van het lerend netwerk.',
      },
    ],
  },
  {
    title: "Lerend netwerk start met elf inspiratieregio's",
    slug: 'lerend-netwerk-start-met-11-inspiratieregios',
    summary:
      "Dertig regio's en gemeenten meldden zich aan; elf vormen de eerste groep inspiratieregio's, van Twente tot Zuid-Limburg. Op 31 oktober is de aftrap in Veenendaal.",
    publishedAt: '2019-10-08',
    themes: ['interprofessioneel-samenwerken', 'oogo-en-bindende-afspraken', 'monitoring', 'ouders-en-jongeren'],
    regions: alleInspiratieregios,
    relatedPractices: [],
    inNewsletter: true,
    heroLabel: "Elf inspiratieregio's",
    heroAlt: "Illustratie met de tekst 'Elf inspiratieregio's' bij de bekendmaking van de eerste groep regio's",
    body: [
      {
        p: "De oproep om inspiratieregio te worden leverde dertig aanmeldingen op: uit grote steden en uit plattelandsgemeenten, van regio's die net beginnen tot regio's met jarenlange ervaring, en van regio's die weerstand al overwonnen hebben tot regio's die er middenin zitten. Kiezen was daardoor niet eenvoudig. Uiteindelijk is besloten met elf in plaats van tien regio's te beginnen:",
      },
      {
        ul: [
          '[Regio Twente](/inspiratieregios/twente)',
          '[Noord-Kennemerland](/inspiratieregios/noord-kennemerland)',
          '[Noordoost-Friesland](/inspiratieregios/noordoost-friesland)',
          '[Holland-Rijnland](/inspiratieregios/holland-rijnland)',
          '[Zuid-Kennemerland](/inspiratieregios/zuid-kennemerland)',
          '[De Meierij](/inspiratieregios/de-meierij)',
          '[Utrecht](/inspiratieregios/utrecht)',
          '[Leeuwarden](/inspiratieregios/leeuwarden)',
          '[Zuid-Limburg](/inspiratieregios/zuid-limburg)',
          '[Almere](/inspiratieregios/almere)',
          '[FoodValley](/inspiratieregios/foodvalley)',
        ],
      },
      { h2: 'Hoe de keuze tot stand kwam' },
      {
        p: "De beleidscoalitie heeft alle aanmeldingen gewogen. Doorslaggevend was de ontwikkelvraag: hoe vernieuwend is die, en is een lerende aanpak de juiste manier om hem te beantwoorden? Verder is gekeken naar spreiding over het land, verschil in omvang, variatie in onderwerpen, de manier waarop ouders betrokken zijn, de rol van de gemeente, de inzet van alle partners, een basis die op orde is en een eerlijke inschatting van valkuilen en risico's.",
      },
      { h2: "Waar de regio's mee aan de slag gaan" },
      {
        p: "De vragen lopen uiteen: hoe verander je de cultuur in en tussen organisaties, hoe meet je wat samenwerking oplevert, hoe betrek je ouders en kinderen echt, hoe maak je budgetten minder star en hoe leer je van andere regio's? Onder al die vragen ligt dezelfde kern: wat is er nodig zodat het voor het kind en het gezin beter gaat?",
      },
      { h2: 'Aftrap en vervolg' },
      {
        p: "Op 31 oktober presenteren de inspiratieregio's zich 's ochtends tijdens de conferentie Onderwijs Jeugd in het Van der Valk hotel in Veenendaal; 's middags en 's avonds volgt de eigenlijke [kick-off](/agenda/kick-off-inspiratieregios-2019). Op de ochtend van 12 december komen alle aandeelhouders voor het eerst samen, met lunch: [zet het in je agenda](/agenda/eerste-aandeelhoudersbijeenkomst-2019). Daarna bouwen we aan een landelijk digitaal netwerk, een [toolbox](/toolbox) met experts en goede voorbeelden, en [Communities of Practice](/communities-of-practice) over onder meer duurzame onderwijs-zorgarrangementen en preventie. De negentien aanmelders die geen inspiratieregio werden, zijn van harte welkom als aandeelhouder. Dat geldt voor iedereen die in onderwijs, jeugd of zorg wil leren en delen. [Meld je aan als aandeelhouder](/aandeelhouder-worden) of schrijf je in voor de [maandelijkse nieuwsbrief](/nieuwsbrief); de eerste verschijnt begin november.",
      },
    ],
  },
  {
    title: 'Verdiepingsochtend GIRFEC: samen goed doen voor elk kind',
    slug: 'girfec-verdiepingsochtend-tilburg',
    summary:
      "Zo'n 120 professionals kwamen in Tilburg bijeen om te leren van Getting It Right For Every Child, de Schotse aanpak waarin iedereen rond een kind dezelfde taal spreekt. Een verslag van de ochtend van de gemeente Tilburg en het NJi.",
    publishedAt: '2020-02-18',
    themes: ['preventief-jeugdbeleid', 'ouders-en-jongeren', 'interprofessioneel-samenwerken'],
    regions: [],
    relatedPractices: ['girfec-kansencirkel-tilburg'],
    inNewsletter: true,
    heroLabel: 'GIRFEC in Tilburg',
    heroAlt: "Illustratie met de tekst 'GIRFEC in Tilburg' bij het verslag van de verdiepingsochtend",
    body: [
      {
        p: 'Afgelopen najaar, op 6 november 2019, zat de zaal in de Nieuwe Koninklijke Harmonie in Tilburg vol. Ongeveer 120 mensen, de helft uit de Tilburgse regio en de helft uit de rest van het land, kwamen naar een verdiepingsochtend over Getting It Right For Every Child (GIRFEC). De gemeente Tilburg en het Nederlands Jeugdinstituut organiseerden de ochtend samen.',
      },
      { h2: 'Eén taal rond het kind' },
      {
        p: 'Ronnie Hill, ambassadeur van GIRFEC en bestuurder bij de Health and Social Care Alliance Scotland, nam de zaal mee in de Schotse aanpak. Daar streven professionals ernaar dat iedereen rond een kind hetzelfde beeld heeft en dezelfde woorden gebruikt. Het Wellbeing Wheel, bij ons voorlopig de Kansencirkel genoemd, helpt om per domein van welzijn te bespreken waar een kind kansen mist. Hill waarschuwde dat je de aanpak niet kunt opleggen: hij moet van onderop groeien, bij mensen die er zelf voor kiezen.',
      },
      { h2: 'Drie workshops' },
      {
        ul: [
          'Met een Nederlandse versie van de Kansencirkel, die het NJi met Tilburgse professionals maakte, oefenden deelnemers gesprekken met ouders en kinderen. De gedeelde taal bleek direct bruikbaar.',
          'In een workshop over gezamenlijke verantwoordelijkheid werkten groepjes een verzonnen casus uit. De rol van ouders kreeg veel aandacht: ga naast ze staan, juist als jullie het niet eens zijn.',
          'De derde workshop verbond GIRFEC met de Tilburgse sociale agenda, die moet voorkomen dat kwetsbare inwoners tussen wal en schip raken.',
        ],
      },
      {
        quote:
          'Eerst het kind vragen, dan pas besluiten: dat principe uit het VN-Kinderrechtenverdrag is het fundament onder GIRFEC.',
      },
      { h2: 'Een marathon, geen sprint' },
      {
        p: 'Tot slot vertelden jongeren van Who Cares? Scotland hoe zij meepraten over de hervorming van de jeugdzorg in hun land. De conclusie van de ochtend: Schotland heeft veel bereikt, maar is nog lang niet klaar. Wie hiermee begint, heeft een lange adem nodig. Lees ook het [goede voorbeeld over de Kansencirkel in Tilburg](/toolbox/goede-voorbeelden/girfec-kansencirkel-tilburg).',
      },
    ],
  },
  {
    title: 'Dokwerk werkt: een tussenstap naar het vmbo',
    slug: 'dokwerk-werkt',
    summary:
      'Geen passend vso-aanbod in de regio? Het samenwerkingsverband in Gorinchem bedacht Dokwerk: een kleine groep op de praktijkschool waar leerlingen vmbo-stof krijgen in een veilige omgeving. Zes op de tien stromen door naar het vmbo.',
    publishedAt: '2020-02-25',
    themes: ['passend-onderwijs', 'onderwijs-zorgarrangementen'],
    regions: [],
    relatedPractices: ['dokwerk-gorinchem'],
    inNewsletter: true,
    heroLabel: 'Dokwerk werkt',
    heroAlt: "Illustratie met de tekst 'Dokwerk werkt' bij het bericht over het initiatief in de regio Gorinchem",
    body: [
      {
        p: 'Wat doe je als je regio geen plek heeft voor leerlingen die het vmbo aankunnen, maar meer rust, structuur en nabijheid nodig hebben dan een gewone klas biedt? In de regio Gorinchem ontbreekt speciaal onderwijs op het niveau van praktijkonderwijs en vmbo basis en kader. Om niet afhankelijk te zijn van scholen elders, ontwikkelde het samenwerkingsverband passend onderwijs vanuit het praktijkonderwijs Dokwerk.',
      },
      { h2: 'Kleine groep, vaste gezichten' },
      {
        p: 'Hooguit twaalf leerlingen krijgen in een eigen lokaal op de praktijkschool les in de vmbo-stof, op de manier van het praktijkonderwijs. Een vaste mentor en weinig wisselende docenten zorgen voor voorspelbaarheid. De sfeer is nuchter: je mag jezelf zijn, en gaat het vandaag niet, dan begin je morgen opnieuw. Aanmelding loopt vaak via de leerkracht van groep 8, waarna het samenwerkingsverband met leerling, ouders en zorgcoördinator bekijkt of Dokwerk past.',
      },
      { h2: 'Doorstromen naar het vmbo' },
      {
        p: 'Na twee jaar stappen de meeste leerlingen over naar het tweede of derde leerjaar van het vmbo. Op dit moment lukt dat voor ongeveer zestig procent. Hun ondersteuningsbehoefte verdwijnt niet, maar ze redden zich op de grotere school. Voor de bovenbouw is er inmiddels Dokwerk 2, dat voorbereidt op het Entree-examen.',
      },
      { h2: 'Wat nog schuurt' },
      {
        ul: [
          'Docenten vinden die bij deze groep passen, is een uitdaging.',
          'Jeugdhulp werkt met individuele beschikkingen, terwijl een groepsbeschikking veel eenvoudiger zou zijn.',
          'De Inspectie stemt in met Dokwerk, maar stelt wel vragen over lesgeven op een praktijkschool aan leerlingen die op het vmbo staan ingeschreven.',
        ],
      },
      {
        p: 'Het samenwerkingsverband zoekt vergelijkbare initiatieven elders, vooral om ervaringen uit te wisselen over het werven en toerusten van docenten en over intervisie. Herken je dit? Lees [het volledige goede voorbeeld](/toolbox/goede-voorbeelden/dokwerk-gorinchem) en neem contact op.',
      },
    ],
  },
  {
    title: "Vervolg 'Ik kom naar je toe': verbinding maakt het verschil",
    slug: 'vervolg-ik-kom-naar-je-toe-zwolle',
    summary:
      "In Zwolle vond de vervolgbijeenkomst van 'Ik kom naar je toe' plaats. Acht organisaties legden hun vraagstukken voor aan de zaal. De rode draad: relaties leggen, op de werkvloer en tussen bestuurders.",
    publishedAt: '2020-04-07',
    themes: ['interprofessioneel-samenwerken', 'ouders-en-jongeren'],
    regions: [],
    relatedPractices: ['ik-kom-naar-je-toe-zwolle'],
    inNewsletter: false,
    heroLabel: 'Verbinding in Zwolle',
    heroAlt:
      "Illustratie met de tekst 'Verbinding in Zwolle' bij het verslag van de vervolgbijeenkomst 'Ik kom naar je toe'",
    body: [
      {
        p: "In Zwolle vond onlangs de tweede bijeenkomst 'Ik kom naar je toe' plaats. De eerste keer leverde een bewegingsinstructie op: een korte set afspraken over hoe onderwijs en jeugdzorg elkaar beter kunnen vinden rond jongeren met complexe problematiek. Deze keer pitchten acht organisaties hun ervaringen en vragen, en vroegen ze de aanwezigen om mee te denken.",
      },
      { h2: 'Vijf bewegingen' },
      {
        ol: [
          'Blijf de jongere en zijn ouders betrekken.',
          'Eén centraal punt in de regio, met één persoon en één telefoonnummer.',
          'Afspraken in eenvoudige taal, op één A4.',
          'Zoek de ruimte in plaats van de knelpunten.',
          'Denk buiten bestaande regels en oplossingen en lever samen maatwerk.',
        ],
      },
      { h2: 'Relaties op alle niveaus' },
      {
        p: 'De centrale boodschap van de middag was dat samenwerking staat of valt met relaties. Wie elkaar kent, belt sneller en vindt eerder een oplossing die past bij de jongere, ook als die buiten de gebaande paden ligt.',
      },
      {
        p: "De vijf bewegingen staan uitgewerkt in het [goede voorbeeld 'Ik kom naar je toe'](/toolbox/goede-voorbeelden/ik-kom-naar-je-toe-zwolle). Gebruik ze gerust als checklist bij een vastgelopen casus.",
      },
    ],
  },
  {
    title: 'Oost Achterhoek legt samenwerking onderwijs en jeugdzorg vast in convenant',
    slug: 'oost-achterhoek-tekent-convenant',
    summary:
      'Aalten, Oost-Gelre, Winterswijk en de samenwerkingsverbanden po Oost Achterhoek en vo Slinge-Berkel tekenden een convenant. De regio werkt al jaren met één zorgteam, één aanspreekpunt en één dossier per kind.',
    publishedAt: '2020-03-24',
    themes: ['interprofessioneel-samenwerken', 'oogo-en-bindende-afspraken', 'passend-onderwijs'],
    regions: [],
    relatedPractices: ['oost-achterhoek-een-zorgteam'],
    inNewsletter: true,
    heroLabel: 'Convenant Oost Achterhoek',
    heroAlt: "Illustratie met de tekst 'Convenant Oost Achterhoek' bij het bericht over de ondertekening",
    body: [
      {
        p: 'De gemeenten Aalten, Oost-Gelre en Winterswijk en de samenwerkingsverbanden po Oost Achterhoek en vo Slinge-Berkel hebben een convenant getekend over structurele samenwerking tussen passend onderwijs en jeugdzorg. Daarmee leggen ze vast wat in de praktijk al jaren werkt. Volgens het samenwerkingsverband vo is hier in feite al uitgevoerd wat het rapport Mét andere ogen adviseert.',
      },
      { h2: 'Vroeg begonnen' },
      {
        p: 'Al in 2011, vooruitlopend op de Jeugdwet en de Wet passend onderwijs, begon de regio passend onderwijs en jeugdzorg te bundelen, toen nog met geld van de provincie Gelderland. In 2013 ging een ambulant zorgteam van acht mensen van start dat bij gezinnen thuis komt. Inmiddels telt het team veertien hbo-opgeleide medewerkers en een teamleider.',
      },
      { h2: 'Eenvoudige uitgangspunten' },
      {
        ul: [
          'Eén digitaal meldpunt voor scholen.',
          'Binnen 48 uur contact met het gezin.',
          'Eén dossier en één vaste contactpersoon per kind.',
          'Geen aparte wijkcoaches en zo weinig mogelijk administratie.',
        ],
      },
      { h2: 'Resultaten' },
      {
        p: 'De aanpak is twee keer geëvalueerd en doorgerekend in een kosten-batenanalyse. Ruim negen op de tien gezinnen zijn tevreden en het aantal doorverwijzingen is met een kwart gedaald, omdat het team vroeg en snel handelt. Scholen weten waar ze terechtkunnen en de kosten blijven binnen de perken. De regio nodigt andere gemeenten en samenwerkingsverbanden uit om langs te komen; meer over de werkwijze lees je in het [goede voorbeeld Oost Achterhoek](/toolbox/goede-voorbeelden/oost-achterhoek-een-zorgteam).',
      },
      {
        quote:
          'Houd de visie simpel en praktisch, kies teamleden die buiten de lijntjes durven te kleuren, en reken op een lange adem.',
      },
    ],
  },
  {
    title: 'Terugblik: eerste bijeenkomst voor alle aandeelhouders',
    slug: 'terugblik-eerste-aandeelhoudersbijeenkomst',
    summary:
      "Op 12 december kwamen inspiratieregio's en aandeelhouders voor het eerst samen. Ze scherpten de thema's voor de Communities of Practice aan en maakten kennis met het verbindersnetwerk.",
    publishedAt: '2020-01-21',
    themes: [
      'onderwijs-zorgarrangementen',
      'interprofessioneel-samenwerken',
      'preventief-jeugdbeleid',
      'monitoring',
      'oogo-en-bindende-afspraken',
    ],
    regions: alleInspiratieregios,
    relatedPractices: [],
    inNewsletter: true,
    heroLabel: 'Aandeelhouders bijeen',
    heroAlt: "Illustratie met de tekst 'Aandeelhouders bijeen' bij de terugblik op de eerste aandeelhoudersbijeenkomst",
    body: [
      {
        p: "Op 12 december ontmoetten de elf inspiratieregio's en de aandeelhouders van Met Andere Ogen elkaar voor het eerst tijdens een gezamenlijke ochtend. Beleidsmakers van gemeenten, medewerkers van samenwerkingsverbanden, schoolleiders, jeugdhulpverleners en ouders wisselden uit waar ze tegenaan lopen en wat ze van elkaar willen leren.",
      },
      { h2: "Vijf thema's voor de Communities of Practice" },
      {
        p: "Uit de aanmeldingen van de regio's en de eerste gesprekken kwamen vijf overkoepelende thema's naar voren. Tijdens de ochtend zijn die samen aangescherpt:",
      },
      {
        ul: [
          'Onderwijs-zorgarrangementen en poreuze randen',
          'Interprofessioneel samenwerken',
          'Positief en preventief jeugdbeleid',
          'Monitoring',
          'Duurzame, bindende afspraken tussen onderwijs, jeugd en zorg',
        ],
      },
      {
        p: "In elke community krijgt het perspectief van ouders een vaste plek. Daarnaast komt er een apart aanbod om regio's te helpen ouders beter te betrekken.",
      },
      { h2: 'Het verbindersnetwerk' },
      {
        p: "Elke inspiratieregio heeft een regioverbinder die samenwerkt met een verbinder vanuit de coalitie. Samen met de kennisverbinders van het NJi vormen zij het verbindersnetwerk, dat om de twee maanden bijeenkomt om te verdiepen wat de regio's leren en om belemmeringen te signaleren die landelijk moeten worden geagendeerd.",
      },
      {
        p: 'In het voorjaar gaan de [Communities of Practice](/communities-of-practice) van start; de inschrijving opent binnenkort. Wil je dat niet missen? Schrijf je in voor de [nieuwsbrief](/nieuwsbrief).',
      },
    ],
  },
  {
    title: 'Programmaplan: zo gaan we bewegen, leren en agenderen',
    slug: 'programmaplan-bewegen-leren-agenderen',
    summary:
      "Het nieuwe programmaplan beschrijft hoe Met Andere Ogen de komende periode werkt langs drie lijnen: bewegen, leren en agenderen. Met concrete ambities, zoals minstens 200 aandeelhouders en tien goede voorbeelden uit de regio's.",
    publishedAt: '2020-02-04',
    themes: ['monitoring', 'interprofessioneel-samenwerken', 'oogo-en-bindende-afspraken'],
    regions: [],
    relatedPractices: [],
    inNewsletter: true,
    heroLabel: 'Bewegen, leren, agenderen',
    heroAlt: "Illustratie met de tekst 'Bewegen, leren, agenderen' bij het bericht over het programmaplan",
    body: [
      {
        p: 'Het programmaplan van Met Andere Ogen is klaar. Het beschrijft wat we de komende periode doen, met wie en waarom. Het hoofddoel blijft hetzelfde: de samenwerking tussen onderwijs, kinderopvang, jeugdhulp en zorg versterken, zodat kinderen zich ononderbroken kunnen ontwikkelen, zo inclusief en zo dicht bij huis als mogelijk.',
      },
      { h2: 'Drie programmalijnen' },
      {
        ul: [
          '**Bewegen:** de preventieve beweging versterken en het netwerk van aandeelhouders, experts en ambassadeurs laten groeien.',
          '**Leren:** een leerinfrastructuur met verbinders, Communities of Practice, een toolbox en een reflectienetwerk.',
          '**Agenderen:** knelpunten én goede voorbeelden uit de praktijk op landelijke tafels brengen, zodat het stelsel de uitvoering beter ondersteunt.',
        ],
      },
      { h2: 'Ambities' },
      {
        ul: [
          'Minstens 200 aandeelhouders en tien ambassadeurs.',
          "Minstens tien goede voorbeelden uit de regio's in de toolbox.",
          'Ten minste eens per twee weken een nieuwsupdate met inspirerende voorbeelden.',
          "Ongeveer vijftig presentaties bij regio's, gemeenten, samenwerkingsverbanden en opleidingen.",
          "Communities of Practice op vijf thema's en twee keer per jaar een reflectiebijeenkomst.",
        ],
      },
      { h2: 'Monitoren om te leren' },
      {
        p: 'Elk half jaar kijken we in een midterm of we doen wat we hebben afgesproken. Eens per jaar verschijnt de Staat van Met Andere Ogen, waarin we ook nagaan of de ontwikkelkansen van kinderen toenemen. We gebruiken zoveel mogelijk bestaande bronnen, zoals CBS-cijfers over afstroom, de duur van thuiszitten en voortijdig schoolverlaten, om extra registratielast te voorkomen.',
      },
      {
        p: 'Het programma loopt drie jaar; VWS en OCW stellen de middelen beschikbaar. Lees meer over [de programmalijnen](/het-programma/programmalijnen).',
      },
    ],
  },
  {
    title: 'Vernieuwde Monitor Aansluiting Onderwijs Jeugdhulp live',
    slug: 'vernieuwde-monitor-aoj-live',
    summary:
      'NJi, PO-Raad, VO-raad en VNG hebben de Monitor AOJ vernieuwd. Gemeenten en samenwerkingsverbanden vinden er cijfers over onderwijs en jeugdhulp in samenhang, met thematische rapportages die het gesprek in de regio voeden.',
    publishedAt: '2020-04-21',
    themes: ['monitoring', 'oogo-en-bindende-afspraken', 'preventief-jeugdbeleid'],
    regions: [],
    relatedPractices: ['monitor-aansluiting-onderwijs-jeugdhulp'],
    inNewsletter: true,
    heroLabel: 'Monitor AOJ vernieuwd',
    heroAlt: "Illustratie met de tekst 'Monitor AOJ vernieuwd' bij de lancering van de vernieuwde monitor",
    body: [
      {
        p: 'De vernieuwde Monitor Aansluiting Onderwijs Jeugdhulp (AOJ) is beschikbaar. De monitor is een product van de Verbinding onderwijs-jeugd, een samenwerking van het Nederlands Jeugdinstituut, de PO-Raad, de VO-raad en de VNG. Vertrekpunt is wat kinderen, jongeren en hun ouders nodig hebben.',
      },
      { h2: 'Wat is er nieuw?' },
      {
        p: 'Cijfers over onderwijs en jeugdhulp zijn niet langer los van elkaar te vinden, maar per vraag gecombineerd. Per thema verschijnt een openbare rapportage met uitleg over wat de cijfers betekenen en welke stappen een regio ermee kan zetten. Zo zie je in één oogopslag hoe de jeugd in je regio eruitziet, hoeveel kinderen zowel jeugdhulp als onderwijsondersteuning krijgen, hoe het onderwijsaanbod doorwerkt in de kosten van leerlingenvervoer en welke risicofactoren er spelen.',
      },
      {
        ul: [
          'Vergelijkingen op gemeenteniveau, op het niveau van de regio van het samenwerkingsverband en met het landelijk gemiddelde.',
          'Uitwisseling met het Dashboard Passend Onderwijs en met Waarstaatjegemeente.nl.',
          'Voor iedereen laagdrempelig toegankelijk via een webapplicatie.',
        ],
      },
      { h2: 'Voeding voor het OOGO' },
      {
        p: 'De monitor wil vooral gespreksstof leveren, bijvoorbeeld voor het op overeenstemming gericht overleg tussen gemeenten en samenwerkingsverbanden. Voorwaarde is wel dat schoolbesturen, jeugdhulp en gemeente eerst samen een visie hebben geformuleerd. Dan kunnen bestuurders, beleidsmakers en professionals met de monitor volgen of hun inspanningen de gestelde doelen dichterbij brengen. Dat sluit aan bij het vijfde advies uit Mét andere ogen.',
      },
      {
        quote:
          'Cijfers geven richting, maar de echte verbinding ontstaat in het gesprek. Procesbegeleiding blijft daarom voorlopig nodig.',
      },
      {
        p: "Lees hoe regio's de monitor kunnen inzetten in het [goede voorbeeld over de Monitor AOJ](/toolbox/goede-voorbeelden/monitor-aansluiting-onderwijs-jeugdhulp).",
      },
    ],
  },
  {
    title: "'t Baken Lochem: school, jeugdarts en leerplicht samen tegen schoolverzuim",
    slug: 't-baken-lochem-samen-tegen-schoolverzuim',
    summary:
      "In Lochem werken leerplichtambtenaren, de jeugdarts en het Staring College nauw samen binnen en rond 't Baken. Door verzuim als signaal te zien, komt het probleem achter het probleem eerder boven tafel.",
    publishedAt: '2020-05-06',
    themes: ['thuiszitters', 'leerplicht', 'interprofessioneel-samenwerken'],
    regions: [],
    relatedPractices: ['t-baken-lochem'],
    inNewsletter: true,
    heroLabel: 'Samen tegen verzuim',
    heroAlt: "Illustratie met de tekst 'Samen tegen verzuim' bij het bericht over 't Baken in Lochem",
    body: [
      {
        p: "In de RMC-regio Stedendriehoek nam het aantal voortijdig schoolverlaters in één schooljaar toe, onder meer doordat jongeren een baan verkozen boven het afmaken van hun opleiding. De gemeente Lochem wil dat keren en zet in op sterkere samenwerking met het basis- en voortgezet onderwijs, met de jeugdarts en binnen 't Baken.",
      },
      { h2: 'De cijfers' },
      {
        p: "Leerplicht in Lochem heeft te maken met ongeveer vier procent van alle kinderen tussen 5 en 18 jaar. Het aantal verzuimmeldingen bleef met ruim 160 ongeveer gelijk aan het jaar ervoor; bij zo'n kwart gaat het om herhaald verzuim. De situaties die bij leerplicht terechtkomen, zijn steeds vaker complex.",
      },
      { h2: 'Kijken achter het verzuim' },
      {
        p: "Omdat de leerplichtambtenaren deel uitmaken van 't Baken, zien ze een leerling niet alleen op school maar ook in de context van het gezin. Met de jeugdarts en het Staring College zijn de lijnen kort. Dat is nodig, want achter verzuim kan van alles schuilgaan: een kind dat stilletjes mantelzorger is, of steeds buikpijn heeft omdat het thuis onrustig is. De jeugdarts kan gezondheidsklachten bespreekbaar maken, duiden en zo nodig snel doorverwijzen.",
      },
      {
        quote:
          'Een goede verzuimaanpak begint bij samenwerking: pas als school, jeugdarts en leerplicht samen kijken, wordt duidelijk wat een leerling echt nodig heeft.',
      },
      { h2: 'Samen in de regio' },
      {
        p: "In de RMC-regio Stedendriehoek trekken Lochem, Brummen, Zutphen, Voorst, Apeldoorn, Epe, Deventer en Olst-Wijhe samen op tegen voortijdig schoolverlaten. Ze brengen ieder jaar een gezamenlijk verslag uit over leerplicht en vsv. Meer lezen? Bekijk het [goede voorbeeld 't Baken Lochem](/toolbox/goede-voorbeelden/t-baken-lochem).",
      },
    ],
  },
  {
    title: 'Zorgorganisaties bieden Tweede Kamer een kleurplaat aan',
    slug: 'petitie-kleurplaat-onderwijs-en-zorg',
    summary:
      'Zeven organisaties uit jeugdhulp en jeugd(gezondheids)zorg boden de Tweede Kamer een petitie aan in de vorm van een half ingekleurde kleurplaat. Hun boodschap: goede samenwerking tussen onderwijs en zorg bestaat, maar moet breder gedeeld en beter verankerd worden.',
    publishedAt: '2020-05-19',
    themes: ['onderwijs-zorgarrangementen', 'passend-onderwijs', 'ouders-en-jongeren'],
    regions: [],
    relatedPractices: ['dokwerk-gorinchem'],
    inNewsletter: true,
    heroLabel: 'Kleurplaat voor de Kamer',
    heroAlt:
      "Illustratie met de tekst 'Kleurplaat voor de Kamer' bij het bericht over de petitie van zeven zorgorganisaties",
    body: [
      {
        p: 'De meeste kinderen in Nederland vinden zonder hulp hun weg door het onderwijs. Toch heeft ongeveer vijftien procent van de leerlingen extra ondersteuning nodig, en voor meer dan 200.000 kinderen is echt maatwerk vereist. ActiZ, GGD GHOR Nederland, GGZ Nederland, Jeugdzorg Nederland, Sociaal Werk Nederland, VOBC en VGN vroegen daar in de Tweede Kamer aandacht voor met een opvallende petitie: een kleurplaat.',
      },
      { h2: 'Waarom een kleurplaat?' },
      {
        p: 'Het onderwijs- en zorgstelsel is ingewikkeld, maar laat ruimte als gemeenten, scholen en zorgaanbieders lokaal een gedeelde visie ontwikkelen. Op veel plekken gebeurt dat al. De kleurplaat is daarom voor een deel ingekleurd, maar er zijn nog witte vlekken. Vier kinderen, van wie drie met een beperking, nodigden samen met hun ouders de Kamerleden uit om de plaat verder in te kleuren.',
      },
      { h2: 'Drie uitgangspunten' },
      {
        p: 'De organisaties baseren zich op het VN-Kinderrechtenverdrag en het VN-verdrag Handicap:',
      },
      {
        ol: [
          'Ieder kind moet passend onderwijs kunnen volgen en passende ontwikkelkansen krijgen.',
          'Het belang van het kind gaat voor; systemen moeten zich daarnaar voegen.',
          'Ouders dragen de eerste verantwoordelijkheid voor opvoeding en zorg; professionals uit onderwijs en zorg ondersteunen hen.',
        ],
      },
      { h2: 'Investeren in kennis en mensen' },
      {
        p: 'Goede voorbeelden worden volgens de organisaties nog te weinig gedeeld en verankerd. Ook maken personeelstekorten en veel wisselingen het moeilijk om stabiele onderwijs-zorgarrangementen te bieden. Ze vragen de Kamer om de ministers van OCW en VWS te laten verkennen hoe kennisdeling beter kan worden georganiseerd, en om te investeren in het werven en behouden van gespecialiseerd personeel. Precies dat delen van wat werkt, is waar de [toolbox met goede voorbeelden](/toolbox) van Met Andere Ogen voor bedoeld is.',
      },
    ],
  },
  {
    title: 'Aanmelden voor de Communities of Practice is geopend',
    slug: 'aanmelden-communities-of-practice',
    summary:
      "In april starten vijf Communities of Practice over thema's als onderwijs-zorgarrangementen, interprofessioneel samenwerken en monitoring. Per community is plek voor 15 tot 25 deelnemers. Aandeelhouders kunnen zich nu aanmelden.",
    publishedAt: '2020-03-12',
    themes: [
      'onderwijs-zorgarrangementen',
      'interprofessioneel-samenwerken',
      'preventief-jeugdbeleid',
      'monitoring',
      'oogo-en-bindende-afspraken',
    ],
    regions: [],
    relatedPractices: ['monitor-aansluiting-onderwijs-jeugdhulp', 'dokwerk-gorinchem', 'oost-achterhoek-een-zorgteam'],
    inNewsletter: true,
    heroLabel: 'Communities of Practice',
    heroAlt:
      "Illustratie met de tekst 'Communities of Practice' bij de oproep om je aan te melden voor een leernetwerk",
    body: [
      {
        p: "Hoe versterk je de samenwerking tussen onderwijs, jeugdhulp en zorg, wat heb je daarvoor nodig en wat werkt juist niet? In april beginnen vijf leernetwerken, de Communities of Practice, die zich over die vragen buigen. De thema's komen voort uit de adviezen van Mét andere ogen en uit wat de elf inspiratieregio's zelf als leervragen aandroegen.",
      },
      { h2: "De vijf thema's" },
      {
        ul: [
          'Onderwijs-zorgarrangementen en poreuze randen',
          'Interprofessioneel samenwerken',
          'Positief en preventief jeugdbeleid',
          'Monitoring',
          'Bindende afspraken voor onderwijs, jeugd en zorg',
        ],
      },
      { h2: 'Zo werkt het' },
      {
        p: 'Elke community komt vier keer bijeen. Deelnemers leren van onderzoek en beleid, van de aanpak van andere scholen en organisaties en van de ervaringen van ouders en jongeren. Denk aan het samen analyseren van casuïstiek, het vergelijken van werkwijzen en het uitnodigen van experts. Het NJi zorgt voor de inhoudelijke voorbereiding en verzamelt wat de groepen leren, zodat de opbrengsten terugvloeien naar de toolbox.',
      },
      { h2: 'Voor wie?' },
      {
        p: 'Iedereen die werkt in het onderwijs (po, vo of mbo), in de jeugdhulp of jeugdzorg, bij de JGZ of bij een gemeente kan meedoen. Per community is er plaats voor 15 tot 25 deelnemers; vol is vol.',
      },
      {
        p: 'Let op: je moet eerst [aandeelhouder worden](/aandeelhouder-worden) van Met Andere Ogen. Daarna kies je op de pagina [Communities of Practice](/communities-of-practice) het thema waarvoor je je wilt aanmelden.',
      },
    ],
  },
  {
    title: 'Terugblik aandeelhoudersbijeenkomst: wat werkt hier, werkt dat ook daar?',
    slug: 'terugblik-aandeelhoudersbijeenkomst-2025',
    summary:
      "Tijdens de jaarlijkse aandeelhoudersbijeenkomst in Utrecht stond de vraag centraal hoe lessen uit de ene regio hun weg vinden naar een andere. Inspiratieregio's deelden hun successen, maar ook wat niet lukte.",
    publishedAt: '2025-12-16',
    themes: ['onderwijs-zorgarrangementen', 'passend-onderwijs', 'interprofessioneel-samenwerken'],
    regions: [],
    relatedPractices: [],
    inNewsletter: true,
    heroLabel: 'Aandeelhouders 2025',
    heroAlt:
      "Illustratie met de tekst 'Aandeelhouders 2025' bij de terugblik op de jaarlijkse aandeelhoudersbijeenkomst",
    body: [
      {
        p: "Op 11 december kwamen aandeelhouders uit het hele land in Utrecht bijeen voor de jaarlijkse ochtend van Met Andere Ogen. Professionals uit onderwijs, kinderopvang, jeugdhulp, JGZ en gemeenten wisselden ervaringen uit met de inspiratieregio's. Eén vraag liep als een rode draad door de ochtend: hoe zorg je dat wat in de ene regio werkt, ook elders verschil maakt?",
      },
      { h2: 'Ook leren van wat niet lukte' },
      {
        p: "De inspiratieregio's vertelden niet alleen over hun successen. Ze lieten ook zien waar het vastliep: een onderwijs-zorgarrangement dat stopte toen de financiering per kind moest worden aangevraagd, of een breed team dat uit elkaar viel na personeelswisselingen. Juist die verhalen leverden het meeste herkenning op.",
      },
      {
        ul: [
          'Een aanpak kopiëren werkt zelden; kijk naar de werkzame elementen en vertaal die naar je eigen context.',
          'Leg afspraken vast, zodat ze een wisseling van wethouder, directeur of beleidsmedewerker overleven.',
          'Betrek ouders niet pas aan het eind, maar al bij het ontwerpen van een aanpak.',
        ],
      },
      {
        video: {
          url: 'https://www.youtube.com/watch?v=MetAndrOgen',
          title: 'Sfeerimpressie van de aandeelhoudersbijeenkomst in Utrecht',
        },
      },
      { h2: 'Wat ermee gebeurt' },
      {
        p: 'De opbrengst van de ochtend is verwerkt in de leeragenda van het netwerk. Een concreet gevolg: er komt een nieuwe ronde van de [Community of Practice](/communities-of-practice) over onderwijs-zorgarrangementen en poreuze randen. Lees ook hoe [Dokwerk](/toolbox/goede-voorbeelden/dokwerk-gorinchem) en de [Oost Achterhoek](/toolbox/goede-voorbeelden/oost-achterhoek-een-zorgteam) hun aanpak overeind hielden.',
      },
    ],
  },
  {
    title: 'Webinar: een licht verstandelijke beperking herkennen op school',
    slug: 'webinar-lvb-herkennen-op-school',
    summary:
      'Leerlingen met een LVB vallen lang niet altijd op. In een webinar op 19 mei vertellen een orthopedagoog en een jeugdarts waar je op let, en delen Leeuwarden en Holland-Rijnland hoe school en zorg samen optrekken.',
    publishedAt: '2026-04-14',
    themes: ['lvb', 'thuiszitters', 'interprofessioneel-samenwerken'],
    regions: ['leeuwarden', 'holland-rijnland'],
    relatedPractices: ['dokwerk-gorinchem'],
    inNewsletter: true,
    heroLabel: 'Webinar LVB',
    heroAlt: "Illustratie met de tekst 'Webinar LVB' bij de aankondiging van het webinar over LVB herkennen op school",
    body: [
      {
        p: 'Een leerling die sociaal handig is en zich goed weet te redden in de klas, kan toch een licht verstandelijke beperking hebben. Wordt dat niet op tijd herkend, dan loopt zo iemand vaak pas vast als de eisen hoger worden, bijvoorbeeld bij de overstap van po naar vo of van vo naar mbo. Overvraging, verzuim en soms thuiszitten liggen dan op de loer.',
      },
      { h2: 'Wat je leert' },
      {
        ul: [
          'Signalen die kunnen wijzen op een LVB, en waarom die makkelijk over het hoofd worden gezien.',
          'Wat school, JGZ en jeugdhulp samen kunnen doen als het vermoeden bestaat.',
          'Hoe je ouders betrekt zonder meteen een label te plakken.',
        ],
      },
      { h2: 'Sprekers' },
      {
        p: "Een orthopedagoog en een jeugdarts bespreken de signalen en de eerste stappen. Daarna vertellen de inspiratieregio's [Leeuwarden](/inspiratieregios/leeuwarden) en [Holland-Rijnland](/inspiratieregios/holland-rijnland) hoe zij de samenwerking tussen onderwijs en zorg rond deze groep hebben verbeterd.",
      },
      {
        p: 'Het webinar is op dinsdag 19 mei van 15.30 tot 16.45 uur en is gratis toegankelijk. Aanmelden doe je via de [agenda](/agenda). Kun je er niet bij zijn? De opname is achteraf op te vragen bij het programmabureau.',
      },
    ],
  },
  {
    title: 'Nieuwe ronde Community of Practice Interprofessioneel samenwerken',
    slug: 'nieuwe-ronde-cop-interprofessioneel-samenwerken',
    summary:
      'Een breed team samenstellen is één ding, samen een werkwijze vinden is iets anders. Vanaf oktober start een nieuwe ronde van de community over interprofessioneel samenwerken, met bijeenkomsten in Almere, online, Enschede en Utrecht.',
    publishedAt: '2026-08-31',
    themes: ['interprofessioneel-samenwerken', 'ouders-en-jongeren'],
    regions: ['almere', 'twente'],
    relatedPractices: ['oost-achterhoek-een-zorgteam', 'ik-kom-naar-je-toe-zwolle'],
    inNewsletter: true,
    heroLabel: 'Samen in één team',
    heroAlt:
      "Illustratie met de tekst 'Samen in één team' bij de aankondiging van de community over interprofessioneel samenwerken",
    body: [
      {
        p: "Leerkrachten, intern begeleiders, jeugdhulpverleners, jeugdverpleegkundigen en beleidsmakers: in veel regio's werken ze op en rond de school steeds vaker in één team. Maar hoe verdeel je de rollen, welke informatie mag je delen en hoe houd je de leerkracht en de ouders erbij? Daarover gaat de nieuwe ronde van de Community of Practice Interprofessioneel samenwerken.",
      },
      { h2: 'Vier bijeenkomsten' },
      {
        ul: [
          '8 oktober: aftrap in Almere, te gast bij de [inspiratieregio Almere](/inspiratieregios/almere).',
          '12 november: online bijeenkomst over rolverdeling en gegevensdeling.',
          '21 januari: praktijkmiddag in Enschede, te gast bij [Regio Twente](/inspiratieregios/twente).',
          '11 maart: afsluiting in Utrecht.',
        ],
      },
      { h2: 'Hoe het werkt' },
      {
        p: 'Deelnemers brengen een eigen vraagstuk mee en werken daar tussen de bijeenkomsten aan. Inzichten uit onderzoek worden gecombineerd met de ervaringen van deelnemers en van ouders en jongeren. Er is plaats voor twintig deelnemers; deelname is voor aandeelhouders. Nog geen aandeelhouder? [Regel dat eerst](/aandeelhouder-worden) en meld je daarna aan via de pagina [Communities of Practice](/communities-of-practice).',
      },
    ],
  },
  {
    title: 'Werksessie in De Meierij: zorg in onderwijstijd samen financieren',
    slug: 'werksessie-poreuze-randen-de-meierij',
    summary:
      "Gemeenten, samenwerkingsverbanden en zorgaanbieders uit De Meierij en andere regio's zochten in 's-Hertogenbosch naar manieren om onderwijs-zorgarrangementen te bekostigen zonder voor elk kind een nieuwe beschikking.",
    publishedAt: '2026-09-29',
    themes: ['onderwijs-zorgarrangementen', 'leerplicht', 'oogo-en-bindende-afspraken'],
    regions: ['de-meierij'],
    relatedPractices: ['dokwerk-gorinchem'],
    inNewsletter: true,
    heroLabel: 'Poreuze randen',
    heroAlt: "Illustratie met de tekst 'Poreuze randen' bij het verslag van de werksessie in De Meierij",
    body: [
      {
        p: "Zorg in onderwijstijd is voor een deel van de leerlingen de voorwaarde om naar school te kunnen. Toch strandt een goed onderwijs-zorgarrangement nog vaak op de vraag wie wat betaalt. [Inspiratieregio De Meierij](/inspiratieregios/de-meierij) nodigde daarom op 22 september andere regio's uit in 's-Hertogenbosch om samen naar oplossingen te zoeken.",
      },
      { h2: 'Drie casussen als vertrekpunt' },
      {
        p: 'Aan de hand van drie geanonimiseerde casussen onderzochten deelnemers hoe budgetten uit passend onderwijs en de Jeugdwet elkaar kunnen aanvullen. Steeds was de vraag: hoe organiseer je zorg voor een groep leerlingen zonder dat er per kind een nieuwe beschikking nodig is?',
      },
      {
        ul: [
          'Maak in het OOGO vooraf afspraken over gezamenlijke financiering van zorg in de klas.',
          'Zet een klein, vrij besteedbaar budget neer bij het team dicht bij het kind.',
          'Leg de afspraken vast in het ondersteuningsplan én in het beleid van de gemeente.',
        ],
      },
      { h2: 'Naar de landelijke tafel' },
      {
        p: 'Niet alles is binnen de huidige regels op te lossen. De knelpunten die de deelnemers verzamelden, zijn doorgegeven aan de coalitiepartijen om landelijk te agenderen. Werk je zelf aan dit vraagstuk? In het voorjaar start een nieuwe ronde van de [Community of Practice](/communities-of-practice) over onderwijs-zorgarrangementen en poreuze randen.',
      },
    ],
  },
  {
    title: 'Noteer alvast: aandeelhoudersbijeenkomst op 10 december',
    slug: 'save-the-date-aandeelhoudersbijeenkomst-2026',
    summary:
      "Op donderdag 10 december komen de aandeelhouders van Met Andere Ogen weer bijeen, dit keer in Den Haag. We blikken terug op wat de regio's dit jaar hebben geleerd en bepalen samen de leeragenda voor 2027.",
    publishedAt: '2026-10-15',
    themes: ['oogo-en-bindende-afspraken', 'interprofessioneel-samenwerken', 'monitoring'],
    regions: [],
    relatedPractices: [],
    inNewsletter: true,
    heroLabel: 'Save the date',
    heroAlt:
      "Illustratie met de tekst 'Save the date' bij de aankondiging van de aandeelhoudersbijeenkomst op 10 december",
    body: [
      {
        p: 'Eens per jaar komen alle aandeelhouders van het lerend netwerk samen. Dit jaar is de bijeenkomst op donderdag 10 december van 9.30 tot 13.30 uur bij de VNG in Den Haag, inclusief lunch. Deelname is kosteloos.',
      },
      { h2: 'Programma' },
      {
        ul: [
          'Opening en terugblik: wat laat de monitoring van dit jaar zien?',
          "Tafelgesprekken met de inspiratieregio's over interprofessionele teams en brede lokale afspraken.",
          "Samen de thema's kiezen voor de leeragenda en de Communities of Practice van 2027.",
          'Lunch en netwerken.',
        ],
      },
      { h2: 'Aanmelden' },
      {
        p: "Aanmelden doe je op de [pagina van de bijeenkomst](/agenda/aandeelhoudersbijeenkomst-2026#aanmelden), met het e-mailadres waarmee je organisatie aandeelhouder is. Nog geen aandeelhouder? [Meld je organisatie eerst aan](/aandeelhouder-worden); na goedkeuring kun je je voor de bijeenkomst aanmelden. Wil je je collega's ook uitnodigen? Wijs ze op de [nieuwsbrief](/nieuwsbrief), waarin we het volledige programma delen zodra het bekend is.",
      },
    ],
  },
  {
    title: 'Aanmelden voor twee nieuwe Communities of Practice',
    slug: 'aanmelden-nieuwe-communities-of-practice-2027',
    summary:
      'Begin volgend jaar starten nieuwe rondes van de communities over onderwijs-zorgarrangementen en poreuze randen en over positief en preventief jeugdbeleid. Per community zijn er 25 plaatsen voor aandeelhouders.',
    publishedAt: '2026-11-16',
    themes: ['onderwijs-zorgarrangementen', 'preventief-jeugdbeleid'],
    regions: ['de-meierij', 'zuid-limburg', 'leeuwarden'],
    relatedPractices: ['dokwerk-gorinchem', 'girfec-kansencirkel-tilburg'],
    inNewsletter: true,
    heroLabel: 'Nieuwe communities',
    heroAlt:
      "Illustratie met de tekst 'Nieuwe communities' bij de oproep om je aan te melden voor twee Communities of Practice",
    body: [
      {
        p: 'Na de aandeelhoudersbijeenkomst van vorig jaar en de werksessie in De Meierij was de wens duidelijk: meer tijd om samen te werken aan onderwijs-zorgarrangementen en aan preventie. Daarom openen we de inschrijving voor twee nieuwe rondes van de Communities of Practice.',
      },
      { h2: 'Onderwijs-zorgarrangementen en poreuze randen' },
      {
        p: "Hoe combineer je onderwijs en zorg op maat, wie betaalt wat en hoe houd je een arrangement overeind als de situatie verandert? De community komt vier keer bijeen: op 11 februari in Utrecht, op 25 maart in 's-Hertogenbosch bij [De Meierij](/inspiratieregios/de-meierij), op 20 mei online en op 24 juni weer in Utrecht.",
      },
      { h2: 'Positief en preventief jeugdbeleid' },
      {
        p: 'Wat hebben kinderen nodig om gezond en veilig op te groeien, en hoe organiseer je vroegsignalering samen met kinderopvang, school en JGZ? De online aftrap is op 28 januari. Daarna volgen bijeenkomsten in Heerlen bij [Zuid-Limburg](/inspiratieregios/zuid-limburg), in [Leeuwarden](/inspiratieregios/leeuwarden) en in Den Haag.',
      },
      {
        p: 'Beide communities bieden plaats aan 25 deelnemers en staan open voor [aandeelhouders](/aandeelhouder-worden). Kies je thema op de pagina [Communities of Practice](/communities-of-practice); vol is vol.',
      },
    ],
  },
]
