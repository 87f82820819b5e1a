import type { SeedPractice } from './types'

/**
 * Goede voorbeelden voor de toolbox. Feiten komen uit de programmadocumenten; de tekst is eigen werk.
 * Contactpersonen zijn verzonnen voorbeelden (naam eindigt op " (voorbeeld)", e-mail op example.org).
 */
export const practices: SeedPractice[] = [
  {
    title: 'Dokwerk: vmbo-lesstof in de veilige setting van het praktijkonderwijs',
    slug: 'dokwerk-gorinchem',
    summary:
      'In de regio Gorinchem volgen leerlingen met een specifieke ondersteuningsbehoefte in een kleine groep op de praktijkschool de vmbo-leerstof. Na twee jaar stroomt een groot deel door naar het reguliere vmbo.',
    publishedAt: '2020-02-25',
    organisation: 'Samenwerkingsverband VO Passend Onderwijs 28.14 Gorinchem e.o.',
    place: 'Gorinchem',
    regions: [],
    themes: ['passend-onderwijs', 'onderwijs-zorgarrangementen', 'interprofessioneel-samenwerken'],
    advices: [1, 4, 6],
    body: [
      { h2: 'Aanleiding' },
      {
        p: 'Rond Gorinchem is het onderwijsaanbod niet helemaal dekkend. Voor leerlingen die op het niveau van praktijkonderwijs of vmbo basis en kader leren én extra ondersteuning nodig hebben, is er in de regio geen voortgezet speciaal onderwijs. Tegelijk zagen de scholen dat opvallend veel leerlingen vanuit het vmbo afstroomden naar het praktijkonderwijs. Het samenwerkingsverband wilde deze jongeren dichtbij huis een echte kans op een vmbo-diploma bieden, in plaats van ze naar een praktijkklas of een school buiten de regio te verwijzen.',
      },
      { h2: 'Zo werkt het' },
      {
        ul: [
          'Een groep van hooguit twaalf leerlingen met een eigen lokaal in het gebouw van de praktijkschool. Ze krijgen vmbo-stof, maar de manier van lesgeven en het tempo komen uit het praktijkonderwijs. Formeel staan ze ingeschreven op het vmbo.',
          'Een vaste mentor en zo weinig mogelijk wisselende docenten.',
          'Een eigen, voorspelbare plek, ook in de pauze: wie de drukte van de aula niet aankan, kan apart zitten.',
          'Ruime aandacht voor groepsvorming en voor de sociaal-emotionele ontwikkeling van iedere leerling.',
          'Instroom via preventief overleg tussen de samenwerkingsverbanden po en vo, vaak op signaal van de leerkracht van groep 8. Leerling, ouders en de zorgcoördinator bespreken samen of Dokwerk past; soms draait een leerling eerst een week mee.',
          'Na ongeveer twee jaar volgt de overstap naar leerjaar 2 of 3 van het vmbo, vaak voorbereid met een korte stage op de nieuwe school.',
        ],
      },
      { h2: 'Wat het oplevert' },
      {
        p: 'Ongeveer zes op de tien leerlingen maken de overstap naar het reguliere vmbo met succes. Hun ondersteuningsvraag is daarmee niet opgelost, maar ze hebben geleerd zich op een grotere school te handhaven. Inmiddels is er ook een vervolggroep voor de bovenbouw, Dokwerk 2, waarin leerlingen toewerken naar het examen van de Entreeopleiding in het mbo. De Inspectie van het Onderwijs heeft met de constructie ingestemd; het samenwerkingsverband bewaakt streng welke leerlingen in aanmerking komen.',
      },
      { h2: 'Lessen en knelpunten' },
      {
        ul: [
          'Geschikte docenten vinden blijft lastig. De meesten komen nu uit het praktijkonderwijs en kiezen er bewust voor; werving onder vmbo-docenten wordt opgezet.',
          'De samenwerking met jeugdhulp loopt stroef zolang alleen individuele beschikkingen mogelijk zijn. Een groepsbeschikking zou eenvoudiger en goedkoper zijn. Ontbreekt een beschikking terwijl Dokwerk wel passend is, dan springt het samenwerkingsverband financieel bij.',
          'Een gemeenschappelijke paragraaf in alle ondersteuningsplannen helpt om afspraken over deze groep vast te leggen.',
          'Dokwerk is nadrukkelijk geen oplossing voor iedereen: zorgvuldige toelating maakt het succes.',
          "Leervraag voor het netwerk: wie heeft ervaring met het werven en toerusten van docenten voor zo'n tussengroep, en wie is al overgestapt van individuele naar groepsbekostiging van jeugdhulp in de klas?",
        ],
      },
    ],
    links: [
      { label: 'Dokwerk op de website van De Noordhoek', url: 'https://www.denoordhoek.com/onderwijs/dokwerk/' },
      { label: 'Nieuwsbericht: Dokwerk werkt', url: 'https://www.aanpakmetandereogen.nl/nieuws/dokwerk-werkt' },
    ],
    contact: {
      name: 'Lotte van Gent (voorbeeld)',
      role: 'Beleidsmedewerker passend onderwijs',
      organisation: 'Samenwerkingsverband VO 28.14 Gorinchem e.o.',
      email: 'dokwerk@example.org',
      publishConsent: true,
    },
  },
  {
    title: 'Oost Achterhoek: één ambulant zorgteam voor onderwijs en jeugd',
    slug: 'oost-achterhoek-een-zorgteam',
    summary:
      'Aalten, Oost-Gelre en Winterswijk werken samen met de samenwerkingsverbanden po en vo al jaren met één zorgteam, één aanspreekpunt en één dossier per kind. Met een convenant is die samenwerking nu structureel vastgelegd.',
    publishedAt: '2020-03-24',
    organisation:
      'Gemeenten Aalten, Oost-Gelre en Winterswijk, samenwerkingsverband po Oost Achterhoek en samenwerkingsverband vo Slinge-Berkel',
    place: 'Aalten, Oost-Gelre en Winterswijk',
    regions: [],
    themes: ['interprofessioneel-samenwerken', 'oogo-en-bindende-afspraken', 'passend-onderwijs'],
    advices: [1, 4, 5],
    body: [
      { h2: 'Aanleiding' },
      {
        p: 'Nog voordat de Jeugdwet en de Wet passend onderwijs van kracht werden, besloot de Oost Achterhoek passend onderwijs en jeugdzorg in één beweging te organiseren. De eerste stappen werden in 2011 gezet, met steun van de provincie Gelderland. Vanaf 2013 gaat een ambulant zorgteam bij gezinnen langs. Met het convenant dat drie gemeenten en twee samenwerkingsverbanden hebben getekend, is de aanpak niet langer afhankelijk van tijdelijke afspraken.',
      },
      { h2: 'De werkwijze' },
      {
        ul: [
          'Eén digitaal meldpunt waar scholen een zorg over een leerling kwijt kunnen.',
          'Binnen 48 uur contact met het gezin.',
          'Een brede blik: het team kijkt naar kind, gezin en school tegelijk.',
          'Eén dossier en één vaste contactpersoon. Heeft die zelf niet de juiste expertise, dan haalt hij een collega erbij, maar blijft zelf het aanspreekpunt.',
          'Geen aparte wijkcoaches en zo min mogelijk administratie: niemand schrijft uren en niemand doet een analyse over die al gemaakt is.',
          'Een team dat groeide van acht naar veertien hbo-opgeleide medewerkers plus een teamleider, onder één cao en straks met één gemeente als werkgever.',
        ],
      },
      { h2: 'Resultaten' },
      {
        p: 'De aanpak is twee keer geëvalueerd en er is een kosten-batenanalyse gemaakt. Meer dan negen op de tien gezinnen zijn tevreden. Omdat het team vroeg en snel handelt, is het aantal doorverwijzingen naar zwaardere hulp met een kwart gedaald. De kosten blijven binnen de begroting en scholen hoeven niet meer zelf uit te zoeken bij wie ze terecht kunnen.',
      },
      { h2: "Lessen voor andere regio's" },
      {
        ul: [
          'Houd de visie eenvoudig en praktisch: in de Oost Achterhoek is het een werkdocument gebleven dat met de tijd meebeweegt.',
          'Reken op een lange adem: het vraagt moed en volharding, en soms tegenwind.',
          'Stel het team zorgvuldig samen. Zoek mensen die buiten gebaande paden durven te werken en let op een vergelijkbaar tempo binnen het team.',
          'Stabiliteit komt van betrokken afdelingshoofden en wethouders in alle deelnemende gemeenten.',
          'Procesbegeleiding van buiten kan in de beginfase veel helpen om de aanpak goed op papier te krijgen.',
        ],
      },
    ],
    links: [
      {
        label: 'Nieuwsbericht: Oost Achterhoek tekent convenant',
        url: 'https://www.aanpakmetandereogen.nl/nieuws/oost-achterhoek-tekent-convenant',
      },
      { label: 'Werkbezoek aanvragen via het programmabureau', url: 'https://www.aanpakmetandereogen.nl/contact' },
    ],
    contact: {
      name: 'Bas Wolters (voorbeeld)',
      role: 'Teamleider ambulant zorgteam',
      organisation: 'Zorgteam Oost Achterhoek',
      email: 'zorgteam-oostachterhoek@example.org',
      publishConsent: false,
    },
  },
  {
    title: "'t Baken Lochem: leerplicht, jeugdarts en school samen tegen verzuim",
    slug: 't-baken-lochem',
    summary:
      'In Lochem trekken leerplichtambtenaren, de jeugdarts en scholen samen op om schoolverzuim vroeg te duiden. Door te zoeken naar wat er achter het verzuim zit, krijgen leerlingen eerder de hulp die ze nodig hebben.',
    publishedAt: '2020-05-06',
    organisation: "Gemeente Lochem, 't Baken, de JGZ en het Staring College",
    place: 'Lochem',
    regions: [],
    themes: ['thuiszitters', 'leerplicht', 'interprofessioneel-samenwerken', 'preventief-jeugdbeleid'],
    advices: [1, 4, 5],
    body: [
      { h2: 'Aanleiding' },
      {
        p: 'In de RMC-regio Stedendriehoek verlieten in één schooljaar meer jongeren zonder startkwalificatie de school dan het jaar ervoor, onder meer omdat sommigen liever een baan aannamen dan hun opleiding af te maken. In Lochem hebben de leerplichtambtenaren met ongeveer vier procent van alle kinderen tussen 5 en 18 jaar te maken. Soms gaat het om een eenvoudige vraag van ouders of school, steeds vaker om een ingewikkelde situatie. Van de ruim 160 verzuimmeldingen in een schooljaar ging het bij ongeveer een kwart om herhaald verzuim.',
      },
      { h2: 'Aanpak' },
      {
        ul: [
          "Leerplichtambtenaren hebben een belangrijke rol in 't Baken. Zo zien ze een leerling niet alleen op school, maar ook in de situatie thuis.",
          'Korte lijnen tussen leerplicht, de jeugdarts (schoolarts) van de JGZ en het Staring College.',
          'Verzuim wordt gezien als signaal, niet alleen als overtreding. Achter lesuren die worden gemist kan bijvoorbeeld verborgen mantelzorg zitten, of aanhoudende buikpijn door spanningen thuis.',
          'De jeugdarts maakt gezondheidsklachten bespreekbaar, kan ze duiden en waar nodig snel doorverwijzen.',
          'Gemeenten in de RMC-regio rapporteren elk jaar gezamenlijk over leerplicht en voortijdig schoolverlaten, zodat trends zichtbaar blijven.',
        ],
      },
      { h2: 'Wat het oplevert' },
      {
        p: 'Doordat school, leerplicht en JGZ dezelfde leerling vanuit verschillende kanten bekijken, wordt eerder duidelijk wat er werkelijk speelt. Daarmee neemt de kans af dat beginnend verzuim uitgroeit tot langdurig thuiszitten of voortijdig schoolverlaten. De jaarlijkse regionale rapportage maakt het mogelijk om dat effect te volgen.',
      },
      { h2: 'Lessen' },
      {
        ul: [
          'Leerplicht werkt het best als onderdeel van het brede team rond het gezin, niet als losstaande handhaver.',
          'Betrek de jeugdarts vroeg: medische en psychosociale oorzaken van verzuim worden dan sneller herkend.',
          'Regionale cijfers helpen, maar het gesprek over de individuele leerling blijft het vertrekpunt.',
        ],
      },
    ],
    links: [
      {
        label: "Nieuwsbericht over 't Baken in Lochem",
        url: 'https://www.aanpakmetandereogen.nl/nieuws/t-baken-lochem-samen-tegen-schoolverzuim',
      },
      {
        label: 'Jaarverslag leerplicht en voortijdig schoolverlaten RMC-regio Stedendriehoek',
        url: 'https://example.org/rmc-stedendriehoek/jaarverslag',
      },
    ],
    contact: {
      name: 'Noor Hofstede (voorbeeld)',
      role: 'Leerplichtambtenaar',
      organisation: 'Gemeente Lochem',
      email: 'leerplicht-lochem@example.org',
      publishConsent: true,
    },
  },
  {
    title: 'Kansencirkel: de Schotse GIRFEC-aanpak vertaald naar Tilburg',
    slug: 'girfec-kansencirkel-tilburg',
    summary:
      'Tilburg en het NJi laten zich inspireren door Getting It Right For Every Child uit Schotland. Met de Kansencirkel krijgen ouders, kinderen en professionals één gedeelde taal om te bespreken wat een kind nodig heeft.',
    publishedAt: '2020-02-18',
    organisation: 'Gemeente Tilburg en Nederlands Jeugdinstituut (NJi)',
    place: 'Tilburg',
    regions: [],
    themes: ['preventief-jeugdbeleid', 'ouders-en-jongeren', 'interprofessioneel-samenwerken'],
    advices: [1, 3, 4],
    body: [
      { h2: 'Achtergrond' },
      {
        p: 'In Schotland werken kinderopvang, onderwijs, zorg en het sociaal domein al jaren volgens Getting It Right For Every Child (GIRFEC). Het idee is dat iedereen rond een kind hetzelfde beeld voor ogen heeft en dezelfde woorden gebruikt. Een belangrijk hulpmiddel is het Wellbeing Wheel: een cirkel met domeinen van welzijn, zoals veiligheid, gezondheid en je gekoesterd voelen. In Nederland heet dit voorlopig de Kansencirkel. GIRFEC is stevig geworteld in het VN-Kinderrechtenverdrag: kinderen worden gehoord voordat er over hen wordt besloten.',
      },
      { h2: 'Aanpak: de Tilburgse vertaling' },
      {
        p: 'Doel is één gedeeld beeld van wat een kind nodig heeft, in woorden die ouders, kinderen en professionals alle drie begrijpen. Het NJi heeft samen met professionals uit Tilburg een Nederlandse versie van de Kansencirkel gemaakt. De gemeente koppelt de aanpak aan haar eigen sociale agenda, die erop gericht is dat kwetsbare inwoners niet tussen wal en schip raken. Toen professionals de wijken in gingen om te vragen wat inwoners belangrijk vinden, kwam steeds hetzelfde terug: mensen willen gezien, gehoord en gewaardeerd worden.',
      },
      { h2: 'Resultaat tot nu toe' },
      {
        p: 'Op een verdiepingsochtend in Tilburg maakten ongeveer 120 professionals kennis met GIRFEC, de helft uit de eigen regio en de helft uit de rest van het land. Deelnemers aan de workshop over de Kansencirkel zagen vooral meerwaarde in de gedeelde taal voor gesprekken met ouders en kinderen. Jongeren van de Schotse zelforganisatie Who Cares? Scotland lieten zien hoe ervaringsdeskundigen de hervorming daar mede vormgeven.',
      },
      { h2: 'Lessen' },
      {
        ul: [
          'Laat de aanpak van onderop groeien; opleggen werkt averechts. GIRFEC voer je niet in één jaar in: Schotland werkt er al lang aan en is nog niet klaar.',
          'Richt je op preventie: voorkom dat kleine zorgen grote problemen worden.',
          'Draag als team gezamenlijk verantwoordelijkheid voor een kind, over organisatiegrenzen heen.',
          'Ga als professional naast ouders staan in plaats van tegenover hen, ook als jullie het oneens zijn.',
          'Wacht niet op de ander: neem zelf het initiatief als de samenwerking hapert.',
          'Begin klein, met professionals die er zelf enthousiast over zijn, en laat ouders en jongeren vanaf het begin meedenken.',
        ],
      },
    ],
    links: [
      {
        label: 'Verslag van de verdiepingsochtend GIRFEC',
        url: 'https://www.aanpakmetandereogen.nl/nieuws/girfec-verdiepingsochtend-tilburg',
      },
      { label: 'Nederlands Jeugdinstituut', url: 'https://www.nji.nl' },
    ],
    contact: {
      name: 'Ilse Verhoeven (voorbeeld)',
      role: 'Beleidsadviseur jeugd',
      organisation: 'Gemeente Tilburg',
      email: 'kansencirkel@example.org',
      publishConsent: true,
    },
  },
  {
    title: 'Monitor Aansluiting Onderwijs Jeugdhulp: samen sturen op cijfers',
    slug: 'monitor-aansluiting-onderwijs-jeugdhulp',
    summary:
      'De vernieuwde Monitor AOJ bundelt cijfers over onderwijs, jeugdhulp en regionale samenwerking. Gemeenten en samenwerkingsverbanden gebruiken de monitor om het OOGO te voeden en te volgen of hun gezamenlijke doelen dichterbij komen.',
    publishedAt: '2020-04-21',
    organisation: 'Verbinding onderwijs-jeugd: NJi, PO-Raad, VO-raad en VNG',
    place: 'Landelijk',
    regions: [],
    themes: ['monitoring', 'oogo-en-bindende-afspraken', 'preventief-jeugdbeleid'],
    advices: [4, 5],
    body: [
      { h2: 'Waarom een monitor' },
      {
        p: 'Gemeenten en samenwerkingsverbanden passend onderwijs maken steeds vaker gezamenlijke afspraken over jeugd. Of die afspraken iets opleveren, is zonder cijfers lastig te zien. De Monitor Aansluiting Onderwijs Jeugdhulp (AOJ) brengt daarom gegevens over onderwijs en jeugdhulp samen op één plek, zodat partners hun gesprek kunnen voeren op basis van feiten.',
      },
      { h2: 'Wat de monitor laat zien' },
      {
        ul: [
          'Hoe de jeugdpopulatie in de regio is samengesteld en hoe kinderen er opgroeien.',
          'Hoeveel kinderen jeugdhulp, onderwijsondersteuning of allebei ontvangen.',
          'Hoe het onderwijsaanbod doorwerkt in bijvoorbeeld de kosten van leerlingenvervoer.',
          'Welke risicofactoren wijzen op een mogelijk toekomstig beroep op jeugdhulp.',
          'Vergelijkingen op het niveau van de gemeente, de regio van het samenwerkingsverband en het landelijk gemiddelde.',
          'Per thema een openbare rapportage waarin cijfers over onderwijs en jeugdhulp gecombineerd en toegelicht worden, met suggesties voor wat een regio ermee kan.',
          'Aansluiting op het Dashboard Passend Onderwijs en Waarstaatjegemeente.nl, waarmee de monitor gegevens uitwisselt.',
        ],
      },
      { h2: "Hoe regio's de monitor gebruiken" },
      {
        p: 'De monitor is bedoeld als gespreksstof, bijvoorbeeld voor het op overeenstemming gericht overleg (OOGO) tussen gemeenten en samenwerkingsverbanden. Bestuurders, beleidsmakers en professionals kunnen er samen mee volgen of hun inspanningen bijdragen aan de doelen die ze zich gesteld hebben. Dat sluit direct aan bij het advies om te monitoren op het niveau waarop de afspraken zijn gemaakt.',
      },
      { h2: 'Lessen' },
      {
        ul: [
          'Cijfers werken pas als de partners eerst een gezamenlijke visie en doelen hebben.',
          'Van ambitieuze doelen naar de dagelijkse praktijk komen kost tijd; verwacht geen snelle sprongen.',
          'Wisselingen van functie kunnen een regio terugzetten. Leg afspraken en werkwijzen daarom goed vast.',
          'Naast de cijfers blijft procesbegeleiding nodig om echt vanuit een gemeenschappelijk kader te gaan werken.',
        ],
      },
    ],
    links: [
      { label: 'Naar de Monitor AOJ', url: 'https://example.org/monitor-aoj' },
      {
        label: 'Nieuwsbericht: vernieuwde Monitor AOJ live',
        url: 'https://www.aanpakmetandereogen.nl/nieuws/vernieuwde-monitor-aoj-live',
      },
    ],
  },
  {
    title: "'Ik kom naar je toe': vijf bewegingen voor jongeren met complexe vragen",
    slug: 'ik-kom-naar-je-toe-zwolle',
    summary:
      'In twee bijeenkomsten, waarvan de tweede in Zwolle, formuleerden organisaties uit onderwijs en jeugdzorg samen vijf bewegingen om jongeren met complexe problematiek beter te helpen: van de jongere erbij houden tot samen buiten de bestaande regels denken.',
    publishedAt: '2020-04-07',
    organisation: "Deelnemers aan de bijeenkomsten 'Ik kom naar je toe'",
    place: 'Zwolle',
    regions: [],
    themes: ['interprofessioneel-samenwerken', 'ouders-en-jongeren', 'onderwijs-zorgarrangementen'],
    advices: [1, 3, 6],
    body: [
      { h2: 'Aanleiding' },
      {
        p: "Voor jongeren met meervoudige, complexe vragen lopen onderwijs en jeugdzorg vaak langs elkaar heen. Onder de titel 'Ik kom naar je toe' kwamen professionals twee keer bij elkaar om daar iets aan te doen; de vervolgbijeenkomst was in Zwolle. De eerste bijeenkomst leverde een zogeheten bewegingsinstructie op; tijdens de tweede lieten acht organisaties zien waar ze mee bezig waren en vroegen ze de zaal om hulp bij hun vraagstukken.",
      },
      { h2: 'De vijf bewegingen' },
      {
        ol: [
          'Houd de jongere en zijn ouders voortdurend betrokken, ook als het moeizaam gaat.',
          'Zorg voor één centraal punt in de regio: één persoon en één nummer, met herkenbare routes voor informatie, verwijzing en diagnostiek.',
          'Schrijf afspraken in gewone taal op één A4: helder over wie wat doet, zodat er geen misverstanden ontstaan.',
          'Kijk waar ruimte zit in plaats van bij de knelpunten te blijven hangen, haal mensen met een frisse blik erbij en maak samen duidelijk waarom je dit doet.',
          'Denk niet vanuit bestaande regels en producten, maar lever maatwerk en doe dat samen.',
        ],
      },
      { h2: 'Wat het oplevert' },
      {
        p: 'De bewegingen geven teams een gedeeld houvast zonder een nieuw protocol toe te voegen. Ze zijn bruikbaar als checklist bij een vastgelopen casus, maar ook als gespreksstarter tussen school, samenwerkingsverband en jeugdhulpaanbieder over hoe ze hun samenwerking willen inrichten.',
      },
      { h2: 'Lessen' },
      {
        p: 'De centrale boodschap van de vervolgbijeenkomst was dat relaties het verschil maken, op de werkvloer én tussen bestuurders. Wie elkaar kent en vertrouwt, vindt sneller een oplossing die past bij de jongere, ook als die niet in een bestaand hokje valt. Zoek de ruimte, niet de regel: maatwerk ontstaat waar professionals elkaar kennen en samen verantwoordelijkheid nemen.',
      },
    ],
    links: [
      {
        label: "Nieuwsbericht: vervolg 'Ik kom naar je toe'",
        url: 'https://www.aanpakmetandereogen.nl/nieuws/vervolg-ik-kom-naar-je-toe-zwolle',
      },
    ],
  },
]
