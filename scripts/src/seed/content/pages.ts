import type { SeedPage } from './types'

/**
 * Vaste pagina's. Feiten komen uit de programmadocumenten; de tekst is eigen werk.
 * Contactadressen zijn voorbeeldadressen op example.org.
 */
export const pages: SeedPage[] = [
  {
    title: 'Over ons',
    slug: 'over-ons',
    summary:
      'Met Andere Ogen is een landelijk lerend netwerk waarin gemeenten, scholen, kinderopvang, jeugdhulp, zorg en ouders samen ontdekken wat werkt voor kinderen die onderwijs én zorg nodig hebben.',
    publishedAt: '2020-01-15',
    body: [
      { h2: 'Wie we zijn' },
      {
        p: 'Met Andere Ogen is een landelijk lerend netwerk voor iedereen die werkt aan de verbinding tussen onderwijs, kinderopvang, jeugdhulp en zorg: gemeenten, schoolbesturen en samenwerkingsverbanden passend onderwijs, kinderopvang, JGZ, jeugdhulpaanbieders, ouders en jongeren. Steeds staat dezelfde vraag centraal: wat heeft dit kind nodig om zich zonder onderbreking te ontwikkelen? Niet het systeem, maar het kind is het uitgangspunt.',
      },
      { h2: 'Waar we vandaan komen' },
      {
        p: 'In 2018 legden landelijke organisaties uit onderwijs, jeugdhulp, zorg, kinderopvang, ouder- en cliëntorganisaties en de VNG een gezamenlijke visie vast op de ononderbroken ontwikkeling van ieder kind. Kwartiermaker René Peeters schreef daarna het adviesrapport Mét andere ogen, op basis van documentstudie en ruim zestig gesprekken met onder anderen ouders, jongeren, professionals, opleiders, wetenschappers en bestuurders. Het programma brengt de [zeven adviezen](/het-programma/de-zeven-adviezen) uit dat rapport in de praktijk.',
      },
      { h2: 'Hoe we werken' },
      {
        ul: [
          "**Inspiratieregio's:** elf regio's die voorop lopen en hun ervaringen delen, zodat anderen ervan kunnen leren.",
          "**Aandeelhouders:** regio's, organisaties en professionals die kennis halen én brengen.",
          '**Verbinders:** elke inspiratieregio heeft een regioverbinder en een verbinder vanuit de coalitie, ondersteund door kennisverbinders van het NJi.',
          '**Communities of Practice:** vaste groepen die zich op een thema verdiepen, met praktijk, beleid en wetenschap aan tafel.',
          '**Toolbox:** goede voorbeelden en experts die je kunt inschakelen.',
        ],
      },
      { h2: 'De coalitie' },
      {
        p: 'Achter het programma staat een coalitie van ongeveer twintig landelijke partijen, waaronder VNG, PO-Raad, VO-Raad, MBO Raad, LECSO, Sectorraad Praktijkonderwijs, de samenwerkingsverbanden vo, Jeugdzorg Nederland, GGZ Nederland, VGN, ActiZ, GGD GHOR Nederland, Sociaal Werk Nederland, Ouders & Onderwijs, Ieder(in) en de brancheorganisaties voor kinderopvang. Ook de ministeries van OCW en VWS en de kennispartners NJi en NCJ zijn nauw bij het programma betrokken. De onderwijsbonden en de AVS zijn agendalid. Bekijk [alle partners](/partners), per rol.',
      },
      { h2: 'Programmaleiding en programmabureau' },
      {
        p: 'Bij de start van het programma lag de leiding bij Marijke Andeweg als programmamanager, verantwoordelijk voor inrichting en voortgang, en René Peeters als bestuurlijk ambassadeur, die de beweging aanjaagt en knelpunten bij bestuurders onder de aandacht brengt. Een klein programmabureau, met werkplekken bij de VNG in Den Haag en de PO-Raad in Utrecht, matcht vragen uit de regio met kennis en expertise. Het programma wordt gefinancierd door de ministeries van VWS en OCW. Lees meer over [het programma](/het-programma) of [neem contact op](/contact).',
      },
    ],
    team: { heading: 'Team en contact', groups: ['leadership', 'office'], showOfficeContact: true },
  },
  {
    title: 'Aandeelhouder worden',
    slug: 'aandeelhouder-worden',
    summary:
      'Aandeelhouders vormen het hart van Met Andere Ogen. Je investeert geen geld, maar kennis en ervaring, en krijgt daar een netwerk, bijeenkomsten en toegang tot de Communities of Practice voor terug.',
    publishedAt: '2020-01-15',
    body: [
      {
        p: "Bij Met Andere Ogen word je aandeelhouder zonder geld in te leggen. Je aandeel bestaat uit kennis, ervaring en de bereidheid om te leren. Aandeelhouders zijn regio's, organisaties en professionals die zich verbinden aan het netwerk: ze halen kennis op en brengen die ook weer in.",
      },
      { h2: 'Voor wie?' },
      {
        p: 'Iedereen die zich inzet voor kinderen op het snijvlak van onderwijs, jeugd en zorg: leerkrachten, intern begeleiders en zorgcoördinatoren in po, vo en mbo, medewerkers van samenwerkingsverbanden, beleidsadviseurs en leerplichtambtenaren bij gemeenten, jeugdhulpverleners, JGZ-medewerkers, pedagogisch medewerkers in de kinderopvang, onderzoekers en ouders. Je hoeft niet in een inspiratieregio te werken.',
      },
      { h2: 'Wat levert het je op?' },
      {
        ul: [
          'Uitnodigingen voor bijeenkomsten, waaronder de landelijke aandeelhoudersbijeenkomst en reflectiesessies.',
          'Toegang tot de [Communities of Practice](/communities-of-practice): deze zijn alleen open voor aandeelhouders.',
          "Contact met collega's in andere regio's die met dezelfde vraag bezig zijn: op bijeenkomsten, in de communities en via het programmabureau.",
          'Hulp van het programmabureau bij het vinden van expertise voor jouw vraagstuk.',
          "De nieuwsbrief met goede voorbeelden, nieuws uit de regio's en de agenda.",
        ],
      },
      { h2: 'Wat vragen we van je?' },
      {
        ul: [
          'Deel wat je weet: een goed voorbeeld, een lastige casus, een geleerde les.',
          'Doe mee aan minstens één bijeenkomst of community per jaar.',
          'Laat ons weten welke belemmeringen je tegenkomt, zodat we die kunnen agenderen.',
        ],
      },
      { h2: 'Zo meld je je aan' },
      {
        p: 'Vul het formulier onderaan deze pagina in: je organisatie, de contactpersoon, de sector en in een paar zinnen aan welk initiatief je werkt, hoe je wilt bijdragen en wat je van het netwerk nodig hebt. Aandeelhouderschap is kosteloos en je kunt op elk moment stoppen. Lees in de [privacyverklaring](/privacyverklaring) wat we met je gegevens doen.',
      },
      {
        ol: [
          'Je krijgt een e-mail met een link om je e-mailadres te bevestigen.',
          'Het programmabureau bekijkt je aanmelding, meestal binnen twee weken.',
          'Je hoort per e-mail of je organisatie aandeelhouder is. Daarna kun je je aanmelden voor de Communities of Practice en voor bijeenkomsten in de [agenda](/agenda).',
        ],
      },
      {
        p: 'Geef je toestemming, dan zetten we de naam van je organisatie op de pagina [Aandeelhouders](/aandeelhouders), naast de andere organisaties die al meedoen.',
      },
      { h2: 'Aanmeldformulier' },
    ],
    cta: {
      heading: 'Direct aanmelden',
      text: 'Weet je al genoeg? Ga meteen naar het aanmeldformulier onderaan deze pagina.',
      label: 'Naar het aanmeldformulier',
      url: '/aandeelhouder-worden#formulier',
      atStart: true,
    },
    form: 'aandeelhouder',
  },
  {
    title: 'Contact',
    slug: 'contact',
    summary:
      'Vragen over Met Andere Ogen, het aandeelhouderschap, de Communities of Practice of een goed voorbeeld dat je wilt delen? Neem contact op met het programmabureau.',
    publishedAt: '2020-01-15',
    body: [
      {
        p: 'Heb je een vraag, wil je een goed voorbeeld delen of zoek je expertise voor een vraagstuk in jouw regio? Het programmabureau van Met Andere Ogen helpt je graag verder.',
      },
      { h2: 'Programmabureau' },
      {
        p: 'Gebruik het contactformulier onderaan deze pagina of mail naar [info@example.org](mailto:info@example.org). Je krijgt meteen een ontvangstbevestiging en binnen vijf werkdagen een antwoord. Het programmabureau heeft werkplekken in Den Haag en Utrecht; afspraken maken we in overleg, ook online.',
      },
      { h2: 'Waarvoor kun je bij ons terecht?' },
      {
        ul: [
          'Aanmelden als [aandeelhouder](/aandeelhouder-worden) of voor een [Community of Practice](/communities-of-practice).',
          'Een vraag over samenwerking tussen onderwijs, jeugdhulp en zorg waarvoor je expertise zoekt: wij matchen en makelen.',
          'Een goed voorbeeld uit jouw regio dat je in de toolbox wilt laten opnemen: [draag het aan](/goed-voorbeeld-aandragen).',
          'Kennis of ervaring die je met anderen wilt delen: [bied je expertise aan](/expertise-aanbieden).',
          'Een uitnodiging voor een presentatie of workshop door het programma.',
          'Vragen over de website, de nieuwsbrief of je gegevens.',
        ],
      },
      { h2: "Inspiratieregio's" },
      {
        p: "Elke inspiratieregio heeft een eigen regioverbinder. Wil je weten hoe een regio werkt of een werkbezoek afspreken? Kijk op de pagina van de [inspiratieregio's](/inspiratieregios) voor de contactgegevens per regio.",
      },
      { h2: 'Privacy' },
      {
        p: 'We gebruiken je gegevens alleen om je vraag te beantwoorden. Hoe we daarmee omgaan en hoe lang we ze bewaren, lees je in onze [privacyverklaring](/privacyverklaring).',
      },
      { h2: 'Stuur ons een bericht' },
    ],
    team: { heading: 'Team en contact', groups: ['leadership', 'office'], showOfficeContact: true, atStart: true },
    form: 'contact',
  },
  {
    title: 'Goed voorbeeld aandragen',
    slug: 'goed-voorbeeld-aandragen',
    summary:
      "Werkt jouw school, gemeente of organisatie op een manier die anderen verder helpt? Draag het voorbeeld aan voor de toolbox, zodat andere regio's ervan kunnen leren.",
    publishedAt: '2026-11-23',
    body: [
      {
        p: 'De [goede voorbeelden in de toolbox](/toolbox/goede-voorbeelden) laten zien hoe onderwijs, kinderopvang, jeugdhulp, zorg en gemeenten samen zorgen dat een kind zich zonder onderbreking kan ontwikkelen. Het programma wil dat er steeds meer bijkomen, uit alle delen van het land. Ook een aanpak die nog in de kinderschoenen staat of die niet alles oploste, kan anderen op weg helpen.',
      },
      { h2: 'Wat we willen weten' },
      {
        ul: [
          'Wat jullie doen, voor welke kinderen en jongeren, en met welke partners.',
          'Wat het oplevert: voor kinderen en ouders, voor professionals en voor de samenwerking.',
          'Wat anderen moeten weten als ze het ook willen proberen.',
        ],
      },
      { h2: 'Wat er daarna gebeurt' },
      {
        p: 'Je inzending komt als concept bij de redactie binnen; er verschijnt niets op de site zonder dat een redacteur het heeft bekeken. Meestal nemen we contact op om het voorbeeld samen uit te werken. Je naam en e-mailadres komen alleen bij het voorbeeld te staan als je daar toestemming voor geeft. Lees in de [privacyverklaring](/privacyverklaring) wat we met je gegevens doen.',
      },
      { h2: 'Je voorbeeld insturen' },
    ],
    form: 'goed-voorbeeld',
  },
  {
    title: 'Expertise aanbieden',
    slug: 'expertise-aanbieden',
    summary:
      "Heb je kennis of ervaring waar anderen in het netwerk iets aan hebben? Bied je expertise aan, dan kunnen regio's en organisaties je vinden in de toolbox.",
    publishedAt: '2026-11-23',
    body: [
      {
        p: 'Het programmabureau brengt vragen uit de regio in contact met mensen die er verstand van hebben. De [experts in de toolbox](/toolbox/experts) geven presentaties en workshops of denken mee over een vraagstuk. Werk je in onderwijs, jeugdhulp, zorg, kinderopvang, bij een gemeente of in de wetenschap, of ben je ervaringsdeskundig als ouder of jongere? Dan horen we graag wat je te bieden hebt.',
      },
      { h2: 'Wat er daarna gebeurt' },
      {
        p: 'Je aanbod komt als concept-profiel bij de redactie binnen. Een redacteur neemt contact met je op en publiceert het profiel pas als jullie het samen eens zijn over de tekst. Je e-mailadres en telefoonnummer staan alleen bij je profiel als je daar toestemming voor geeft. Lees in de [privacyverklaring](/privacyverklaring) wat we met je gegevens doen.',
      },
      { h2: 'Je expertise aanbieden' },
    ],
    form: 'expertise',
  },
  {
    title: 'Privacyverklaring',
    slug: 'privacyverklaring',
    summary:
      'Wat Met Andere Ogen bewaart als je de nieuwsbrief neemt, aandeelhouder wordt, je aanmeldt voor een Community of bijeenkomst, ons een bericht stuurt of een voorbeeld of expertise aandraagt: waarom, hoe lang, en hoe je inzage of verwijdering vraagt.',
    publishedAt: '2026-12-05',
    body: [
      {
        p: 'Versie 2026-12, vastgesteld op 5 december 2026. Deze verklaring gaat over de website aanpakmetandereogen.nl en de formulieren daarop. Het programmabureau Met Andere Ogen is verantwoordelijk voor wat we met je gegevens doen; vragen over privacy stel je via [privacy@example.org](mailto:privacy@example.org). We vragen niet meer dan we nodig hebben en houden ons aan de Algemene verordening gegevensbescherming (AVG). Bij elk formulier leggen we vast met welke tekst je akkoord ging, welke versie van deze verklaring toen gold en wanneer dat was.',
      },
      { h2: 'Per formulier: wat we bewaren, waarvoor en hoe lang' },
      {
        ul: [
          '**Nieuwsbrief.** Je e-mailadres, je naam als je die invult, en wanneer je je aanmeldde en bevestigde. We gebruiken dit alleen om je elke twee weken de nieuwsupdate te sturen; je geeft er toestemming voor door de bevestigingslink in je mailbox aan te klikken. We bewaren het tot je je afmeldt, met de link onder elke nieuwsupdate. Daarna mailen we je niet meer en houden we alleen bij dat dit adres is afgemeld, zodat dat zo blijft. Een aanmelding die je niet binnen 7 dagen bevestigt, wissen we.',
          '**Aandeelhouder worden.** De naam van je organisatie, je naam als contactpersoon, je e-mailadres, je telefoonnummer als je dat geeft, de sector, provincie en inspiratieregio, je motivatie, en of de naam van je organisatie op de site mag. We gebruiken dit om je aanmelding te beoordelen, je over het besluit te mailen en daarna contact te houden over het netwerk; alleen met je toestemming noemen we je organisatie op de pagina [Aandeelhouders](/aandeelhouders). We bewaren het zolang je organisatie aandeelhouder is. Een aanmelding die je niet binnen 7 dagen bevestigt, wissen we; een afgewezen aanmelding verwijderen we 90 dagen na het besluit.',
          '**Aanmelden voor een Community of Practice of bijeenkomst.** Je naam, e-mailadres en organisatie, wanneer je je aanmeldde en of je een plaats hebt of op de wachtlijst staat. We gebruiken dit om je in te schrijven, je een bevestiging met afmeldlink te sturen en je te laten weten als er een plaats vrijkomt; de organisatoren zien wie er meedoet. We verwijderen je aanmelding 30 dagen na de laatste bijeenkomst van de Community of na afloop van de bijeenkomst.',
          '**Contactformulier.** Het onderwerp, je naam, e-mailadres, organisatie en je bericht. We gebruiken dit om je vraag te beantwoorden: het programmabureau krijgt je bericht ook per e-mail. We verwijderen een bericht 365 dagen nadat we het ontvingen.',
          '**Een goed voorbeeld of je expertise aandragen.** Wat je over het voorbeeld of je aanbod schrijft en je gegevens als inzender of contactpersoon. We gebruiken dit om je inzending te beoordelen, met je af te stemmen en het voorbeeld of je profiel eventueel op de site te zetten; je contactgegevens staan daar alleen als je dat aanvinkt. We bewaren ze zolang het voorbeeld of profiel op de site staat; zetten we het niet op de site, dan verwijderen we je inzending 90 dagen nadat we haar ontvingen.',
          '**Websitebezoek.** We gebruiken geen cookies om je te volgen en meten niets wat tot jou te herleiden is. De server houdt voor de beveiliging korte tijd technische logbestanden bij, waaronder IP-adressen; die bewaren we hoogstens 14 dagen.',
        ],
      },
      {
        p: 'De termijnen voor contactberichten, afgewezen aanmeldingen en niet geplaatste inzendingen stellen we in het beheer van de site in; elke nacht verwijdert de site wat ouder is. Veranderen we een termijn, dan passen we deze verklaring en het versienummer bovenaan aan.',
      },
      { h2: 'Wie je gegevens ziet' },
      {
        p: 'Alleen de medewerkers van het programmabureau die het beheer doen. We verkopen je gegevens niet en maken er geen profielen mee. We werken met een hostingpartij en een dienst die onze e-mail verstuurt; met hen hebben we een verwerkersovereenkomst. Doe je mee aan een Community of Practice, dan zien de andere deelnemers je naam en organisatie alleen als je dat goed vindt. We beveiligen je gegevens met een versleutelde verbinding, beperkte toegang en regelmatige updates.',
      },
      { h2: 'Inzage, verwijdering en je andere rechten' },
      {
        ul: [
          '**Inzage en overdracht:** we sturen je alles wat we onder jouw e-mailadres bewaren, in één bestand dat je ook elders kunt gebruiken.',
          '**Verwijdering:** we wissen alles wat we onder jouw e-mailadres bewaren: je abonnement, je aanmelding als aandeelhouder, je inschrijvingen (je plaats gaat dan naar wie op de wachtlijst staat), je berichten en je gegevens bij een ingestuurd voorbeeld of profiel.',
          '**Correctie, beperking en bezwaar:** klopt er iets niet of wil je dat we iets niet meer doen, dan passen we het aan.',
          '**Toestemming intrekken:** dat kan altijd, bijvoorbeeld door je af te melden voor de nieuwsbrief. Wat we eerder met je toestemming deden, blijft geldig.',
        ],
      },
      {
        p: 'Mail je verzoek naar [privacy@example.org](mailto:privacy@example.org) vanaf het adres waar het om gaat, of vermeld dat adres. We handelen het binnen een maand af en kunnen je vragen te bevestigen dat het adres van jou is. Ben je niet tevreden over hoe we met je gegevens omgaan, dan kun je een klacht indienen bij de Autoriteit Persoonsgegevens.',
      },
    ],
  },
  {
    title: 'Toegankelijkheidsverklaring',
    slug: 'toegankelijkheidsverklaring',
    summary:
      'Met Andere Ogen wil dat iedereen deze website kan gebruiken. We streven naar WCAG 2.2 niveau AA. Lees wat we daarvoor doen, welke beperkingen we kennen en hoe je een probleem meldt.',
    publishedAt: '2025-04-14',
    body: [
      {
        p: 'Iedereen moet de informatie op aanpakmetandereogen.nl kunnen vinden, lezen en gebruiken, ook mensen die een schermlezer gebruiken, alleen met een toetsenbord navigeren of slechtziend zijn. Daarom streven we ernaar te voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.2 op niveau A en AA.',
      },
      { h2: 'Wat we doen' },
      {
        ul: [
          'We bouwen met semantische HTML, zodat koppen, lijsten en landmarks goed worden voorgelezen.',
          'Alle functies zijn met het toetsenbord te bedienen en de focus is altijd zichtbaar.',
          'Tekst en knoppen hebben voldoende kleurcontrast.',
          'Afbeeldingen hebben een beschrijvende alternatieve tekst; decoratieve afbeeldingen worden overgeslagen.',
          'Formulieren hebben duidelijke labels en begrijpelijke foutmeldingen.',
          'We schrijven zo helder mogelijk en leggen vakjargon uit.',
        ],
      },
      { h2: 'Hoe we controleren' },
      {
        p: "Nieuwe onderdelen toetsen we met automatische tests en met handmatige controles, onder meer met toetsenbord en schermlezer. Op basis daarvan schatten we dat de website gedeeltelijk voldoet aan WCAG 2.2 AA: de meeste pagina's voldoen, maar er zijn nog bekende uitzonderingen.",
      },
      { h2: 'Bekende beperkingen' },
      {
        ul: [
          'Een aantal oudere pdf-documenten, zoals het programmaplan en het adviesrapport, is niet volledig toegankelijk. Heb je een toegankelijke versie nodig? Vraag erom, dan sturen we die toe.',
          "Video's van externe partijen hebben niet altijd ondertiteling of een transcript.",
        ],
      },
      { h2: 'Een probleem melden' },
      {
        p: 'Loop je tegen een toegankelijkheidsprobleem aan? Mail naar [toegankelijkheid@example.org](mailto:toegankelijkheid@example.org) en vermeld om welke pagina het gaat, wat er misging en welk apparaat, welke browser of welke hulptechnologie je gebruikte. Je krijgt binnen vijf werkdagen een ontvangstbevestiging. Binnen drie weken laten we weten hoe en wanneer we het probleem oplossen, of we bieden de informatie op een andere manier aan.',
      },
      {
        p: 'Deze verklaring is opgesteld op 14 april 2025 en wordt minstens één keer per jaar herzien.',
      },
    ],
  },
  {
    title: 'Het programma',
    slug: 'het-programma',
    summary:
      'Met Andere Ogen versterkt de samenwerking tussen onderwijs, kinderopvang, jeugdhulp en zorg, zodat kinderen zich optimaal kunnen ontwikkelen. Lees over onze missie, doelen en werkwijze.',
    publishedAt: '2020-01-15',
    body: [
      {
        p: 'Met Andere Ogen is een programma in uitvoering. Samen met professionals en betrokkenen uit onderwijs, kinderopvang, jeugd, zorg en overheid werken we aan een preventieve beweging, waarin samenwerken tussen die domeinen vanzelfsprekend wordt. We leren lokaal, regionaal en landelijk, en brengen wat we leren bij elkaar.',
      },
      { h2: 'Missie' },
      {
        p: 'Elk kind moet zich kunnen ontwikkelen op basis van zijn eigen behoeften en mogelijkheden, ook als het tijdelijk meer zorg nodig heeft of een levenslange beperking heeft. Vaak wordt een kind nu passend gemaakt voor het systeem. Wij draaien dat om: wat heeft het kind nodig? Daarvoor moeten we soms met andere ogen kijken, los van gewoontes en van de grenzen tussen organisaties en wetten. Ouders kijken daarbij als volwaardige partner mee.',
      },
      { h2: 'Drie programmadoelen' },
      {
        ol: [
          'De beweging naar vanzelfsprekend en preventief samenwerken rond het kind sterker maken.',
          'Samen doen, leren en ontwikkelen, met de ervaringen uit de praktijk als vertrekpunt.',
          'Knelpunten en goede voorbeelden op landelijke tafels brengen, zodat het stelsel duurzaam verbetert.',
        ],
      },
      { h2: 'Leidende principes' },
      {
        ul: [
          'Het kind en zijn ononderbroken ontwikkeling staan centraal.',
          'Inclusief, passend en zo dicht mogelijk bij huis.',
          'Samen werken aan één samenhangend aanbod.',
          'Partnerschap, met de gemeente in de regierol.',
          'Samen steeds beter worden: doen, leren en opnieuw toepassen.',
        ],
      },
      { h2: 'Meer over de aanpak' },
      {
        p: "Het programma is gebaseerd op [de zeven adviezen](/het-programma/de-zeven-adviezen) uit het rapport Mét andere ogen en werkt langs drie [programmalijnen](/het-programma/programmalijnen): bewegen, leren en agenderen. Inhoudelijk is het onderdeel van het actieprogramma Zorg voor de Jeugd, in het bijzonder de actielijn die alle kinderen de kans wil geven zich te ontwikkelen. We stemmen af met verwante programma's, zoals Kansrijke Start en de evaluatie van passend onderwijs. Het programmaplan en andere documenten van het programma vind je bij de [publicaties](/publicaties).",
      },
    ],
  },
  {
    title: 'De zeven adviezen',
    slug: 'de-zeven-adviezen',
    parent: 'het-programma',
    summary:
      'Het rapport Mét andere ogen bevat zeven samenhangende adviezen om de samenwerking tussen onderwijs, jeugd en zorg te versnellen en te bestendigen. Twee daarvan staan in het programma voorop.',
    publishedAt: '2020-01-15',
    body: [
      {
        p: "In opdracht van de beleidscoalitie Onderwijs, Zorg en Jeugd onderzocht René Peeters in 2018 hoe de samenwerking tussen (passend) onderwijs, jeugd en zorg beter kan. Hij sprak met ruim zestig betrokkenen, van ouders en jongeren tot wetenschappers en bestuurders, en bestudeerde goede voorbeelden uit gemeenten en regio's. Dat leverde zeven adviezen op die elkaar versterken.",
      },
      {
        ol: [
          '**Het verbreden van teams (interprofessioneel).** Bepaal dicht bij het kind wat het nodig heeft, met een interprofessioneel team waarin onderwijs, jeugdhulp en zorg samen kijken en handelen. [Lees meer over advies 1](/adviezen/advies-1-teams-verbreden).',
          '**Inperken vrijstellingen op basis van artikel 5a uit de leerplichtwet.** Zoek eerst naar een combinatie van onderwijs en zorg, zodat zo min mogelijk kinderen buiten het onderwijs vallen. [Lees meer over advies 2](/adviezen/advies-2-vrijstellingen-inperken).',
          '**Betrekken van ouders en kinderen is essentieel om resultaat te behalen.** Zonder hun inbreng en ervaring komt er geen resultaat dat werkt. [Lees meer over advies 3](/adviezen/advies-3-ouders-en-kinderen-betrekken).',
          '**Brede lokale/regionale afspraken over jeugd onder regie van de gemeente.** De gemeente verbindt partners rond een gedeelde visie die de basis is voor alle afspraken. [Lees meer over advies 4](/adviezen/advies-4-brede-lokale-afspraken).',
          '**Monitoring op het niveau waarop gezamenlijke afspraken gemaakt zijn.** Alleen dan kun je leren en bijsturen. [Lees meer over advies 5](/adviezen/advies-5-monitoren-op-niveau-van-afspraken).',
          '**Budgetten en beleid moeten poreuze randen hebben.** Professionals moeten snel maatwerk kunnen bieden, ook als financiering uit verschillende bronnen komt. [Lees meer over advies 6](/adviezen/advies-6-poreuze-randen).',
          '**De beleidscoalitie omvormen van denken naar doen.** De landelijke beleidscoalitie zet zichzelf om in een coalitie die uitvoert en knelpunten oplost. [Lees meer over advies 7](/adviezen/advies-7-van-denken-naar-doen).',
        ],
      },
      { h2: 'Twee adviezen voorop' },
      {
        p: "De coalitie heeft ervoor gekozen om advies 1 (bredere teams) en advies 4 (brede lokale afspraken onder regie van de gemeente) centraal te stellen. Zij vormen de speerpunten waarmee de inspiratieregio's aan de slag gaan.",
      },
      { h2: 'Hoe de adviezen samenhangen' },
      {
        p: 'De overige adviezen werken door in de doelen van het programma: meer betrokkenheid van ouders (advies 3), betere monitoring (advies 5) en meer ruimte voor financieel maatwerk (advies 6). Advies 7 gaat over de beweging als geheel. Het inperken van vrijstellingen (advies 2) komt vooral terug in de gesprekken over thuiszitters en leerplicht.',
      },
      {
        p: 'In de [toolbox](/toolbox) zie je bij elk goed voorbeeld welke adviezen het illustreert.',
      },
    ],
  },
  {
    title: 'Programmalijnen',
    slug: 'programmalijnen',
    parent: 'het-programma',
    summary:
      'Met Andere Ogen werkt langs drie parallelle programmalijnen: bewegen, leren en agenderen. Samen vormen ze een lerende aanpak die van de praktijk naar het stelsel en weer terug loopt.',
    publishedAt: '2020-02-04',
    body: [
      {
        p: 'De aanpak van Met Andere Ogen rust op drie lijnen die tegelijk lopen. We zetten mensen in beweging, we leren samen van wat er in de praktijk gebeurt en we zorgen dat knelpunten terechtkomen op de tafels waar ze opgelost kunnen worden.',
      },
      { h2: 'Bewegen' },
      {
        p: 'Van werkvloer tot bestuurstafel stimuleren we dat onderwijs, jeugd en zorg preventief samenwerken. Hoe groter het netwerk, hoe sterker die beweging wordt.',
      },
      {
        ul: [
          "Presentaties en lezingen bij regio's, gemeenten, samenwerkingsverbanden en opleidingen, en bijdragen aan congressen van de coalitiepartijen.",
          'Minstens 200 aandeelhouders en tien ambassadeurs als boegbeeld van de beweging.',
          'Ten minste eens per twee weken een nieuwsupdate met inspirerende voorbeelden.',
        ],
      },
      { h2: 'Leren' },
      {
        p: 'De kern van de aanpak is al doende leren. Het programma bouwt daarvoor een leerinfrastructuur waarin praktijk, beleid en wetenschap elkaar ontmoeten.',
      },
      {
        ul: [
          'Een verbindersnetwerk van regio- en coalitieverbinders dat om de twee maanden bijeenkomt.',
          "[Communities of Practice](/communities-of-practice) op vijf thema's.",
          "Een [toolbox](/toolbox) met expertise en minstens tien goede voorbeelden uit de regio's.",
          'Twee keer per jaar een reflectiebijeenkomst en een leeragenda die elk half jaar wordt bijgewerkt.',
        ],
      },
      { h2: 'Agenderen' },
      {
        p: "Wat in de regio's, de communities en de reflectiebijeenkomsten naar boven komt, brengen we naar de juiste tafel: bij de stuurgroep, VNG-commissies of in overleg met de ministeries en de Tweede Kamer. Denk aan knelpunten in de bekostiging, in wet- en regelgeving, tussen beroepsstandaarden of bij het delen van gegevens. Zo wordt het stelsel stap voor stap beter afgestemd op de praktijk.",
      },
    ],
  },
]
