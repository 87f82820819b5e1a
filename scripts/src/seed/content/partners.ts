import type { SeedPartner } from './types'

/**
 * National parties in the coalition onderwijs-zorg-jeugd behind Met Andere Ogen, plus the closely
 * involved ministries, knowledge partners and agenda members. Titles and roles as the programme
 * documents write and place them (checked in ../documentFacts.ts); the full name is in the summary.
 * Two parties without a website we could confirm link to the coalition's own site (named in 002).
 */
export const partners: SeedPartner[] = [
  {
    title: 'VNG',
    slug: 'vng',
    role: 'coalition',
    summary:
      'De Vereniging van Nederlandse Gemeenten, waarin alle gemeenten samenwerken. Gemeenten zijn verantwoordelijk voor jeugdhulp en leerplicht en hebben in Met Andere Ogen de regierol bij brede lokale afspraken.',
    publishedAt: '2020-01-15',
    url: 'https://www.vng.nl',
    description:
      'De VNG behartigt de belangen van gemeenten en ondersteunt hen bij hun taken op het gebied van jeugd, onderwijs en zorg.',
  },
  {
    title: 'PO-Raad',
    slug: 'po-raad',
    role: 'coalition',
    summary:
      'De sectororganisatie voor schoolbesturen in het primair onderwijs, inclusief het speciaal basisonderwijs.',
    publishedAt: '2020-01-15',
    url: 'https://www.poraad.nl',
    description:
      'De PO-Raad vertegenwoordigt de besturen van basisscholen en zet zich in voor goed onderwijs en passende ondersteuning voor ieder kind.',
  },
  {
    title: 'VO-Raad',
    slug: 'vo-raad',
    role: 'coalition',
    summary: 'De sectororganisatie voor schoolbesturen in het voortgezet onderwijs.',
    publishedAt: '2020-01-15',
    url: 'https://www.vo-raad.nl',
    description:
      'De VO-raad verenigt de besturen van middelbare scholen en behartigt hun belangen, onder meer rond passend onderwijs.',
  },
  {
    title: 'MBO Raad',
    slug: 'mbo-raad',
    role: 'coalition',
    summary: 'De brancheorganisatie van de bekostigde mbo-scholen in Nederland.',
    publishedAt: '2020-01-15',
    url: 'https://www.mboraad.nl',
    description:
      'De MBO Raad vertegenwoordigt de mbo-instellingen, waar de aansluiting op ondersteuning bij de overstap vanuit het VO een terugkerend vraagstuk is.',
  },
  {
    title: 'LECSO',
    slug: 'lecso',
    role: 'coalition',
    summary:
      'De Landelijke Expertisecentra Speciaal Onderwijs: de sectororganisatie voor het speciaal en voortgezet speciaal onderwijs.',
    publishedAt: '2020-01-15',
    url: 'https://www.lecso.nl',
    description:
      'LECSO verenigt de besturen van scholen voor (voortgezet) speciaal onderwijs, waar onderwijs-zorgarrangementen dagelijkse praktijk zijn.',
  },
  {
    title: 'Netwerk LPO',
    slug: 'netwerk-lpo',
    role: 'coalition',
    summary:
      'Het Netwerk Leidinggevenden Passend Onderwijs brengt directeuren en bestuurders van samenwerkingsverbanden samen.',
    publishedAt: '2020-01-15',
    url: 'https://www.netwerklpo.nl',
    description:
      'Netwerk LPO is het beroepsnetwerk van leidinggevenden van samenwerkingsverbanden passend onderwijs in PO en VO.',
  },
  {
    title: 'SWV VO / NODS',
    slug: 'swv-vo-nods',
    role: 'coalition',
    summary:
      'De samenwerkingsverbanden passend onderwijs in het voortgezet onderwijs, in de coalitie vertegenwoordigd als SWV VO / NODS.',
    publishedAt: '2020-01-15',
    url: 'https://www.onderwijsjeugd.nl',
    description:
      'Samenwerkingsverbanden VO maken met gemeenten de afspraken over passend onderwijs en jeugdhulp in het OOGO en brengen die praktijk in de coalitie in.',
  },
  {
    title: 'Sectorraad Pro',
    slug: 'sectorraad-praktijkonderwijs',
    role: 'coalition',
    summary: 'De Sectorraad Praktijkonderwijs: de vereniging van scholen voor praktijkonderwijs.',
    publishedAt: '2020-01-15',
    url: 'https://www.praktijkonderwijs.nl',
    description:
      'De Sectorraad Praktijkonderwijs behartigt de belangen van scholen die leerlingen voorbereiden op werk, wonen en meedoen in de samenleving.',
  },
  {
    title: 'Jeugdzorg Nederland',
    slug: 'jeugdzorg-nederland',
    role: 'coalition',
    summary: 'De brancheorganisatie van aanbieders van jeugdhulp, jeugdbescherming en jeugdreclassering.',
    publishedAt: '2020-01-15',
    url: 'https://www.jeugdzorgnederland.nl',
    description:
      'Jeugdzorg Nederland vertegenwoordigt organisaties die kinderen en gezinnen hulp en bescherming bieden.',
  },
  {
    title: 'GGZ Nederland',
    slug: 'ggz-nederland',
    role: 'coalition',
    summary:
      'De brancheorganisatie van aanbieders van geestelijke gezondheidszorg en verslavingszorg, inmiddels onder de naam de Nederlandse GGZ.',
    publishedAt: '2020-01-15',
    url: 'https://www.denederlandseggz.nl',
    description:
      'De brancheorganisatie vertegenwoordigt ggz-aanbieders, waaronder de jeugd-ggz die steeds vaker samenwerkt met scholen.',
  },
  {
    title: 'VGN',
    slug: 'vgn',
    role: 'coalition',
    summary:
      'De Vereniging Gehandicaptenzorg Nederland: de brancheorganisatie van aanbieders van zorg en ondersteuning aan mensen met een beperking.',
    publishedAt: '2020-01-15',
    url: 'https://www.vgn.nl',
    description:
      'De VGN vertegenwoordigt gehandicaptenzorgaanbieders, die met scholen samenwerken voor kinderen met bijvoorbeeld een verstandelijke of meervoudige beperking.',
  },
  {
    title: 'ActiZ',
    slug: 'actiz',
    role: 'coalition',
    summary:
      'De brancheorganisatie van zorgaanbieders in ouderenzorg, thuiszorg en jeugdgezondheidszorg (ActiZ Jeugd).',
    publishedAt: '2020-01-15',
    url: 'https://www.actiz.nl',
    description:
      'Via ActiZ Jeugd zijn de organisaties die jeugdgezondheidszorg bieden, vaak naast thuiszorg, bij de coalitie aangesloten.',
  },
  {
    title: 'GGD GHOR Nederland',
    slug: 'ggd-ghor-nederland',
    role: 'coalition',
    summary:
      "De vereniging van de GGD'en en GHOR-bureaus, waaronder de jeugdgezondheidszorg die veel GGD'en uitvoeren.",
    publishedAt: '2020-01-15',
    url: 'https://www.ggdghor.nl',
    description:
      "GGD GHOR Nederland verbindt de regionale GGD'en, die met jeugdartsen en jeugdverpleegkundigen een vaste partner van scholen zijn.",
  },
  {
    title: 'Sociaal Werk Nederland',
    slug: 'sociaal-werk-nederland',
    role: 'coalition',
    summary: 'De brancheorganisatie voor sociaal werk, welzijn, jongerenwerk en maatschappelijke dienstverlening.',
    publishedAt: '2020-01-15',
    url: 'https://www.sociaalwerknederland.nl',
    description:
      'Sociaal Werk Nederland vertegenwoordigt organisaties waarvan de professionals, zoals schoolmaatschappelijk werkers en jongerenwerkers, dicht bij kinderen en gezinnen staan.',
  },
  {
    title: 'Ouders & Onderwijs',
    slug: 'ouders-en-onderwijs',
    role: 'coalition',
    summary:
      'Het landelijke informatie- en adviespunt voor ouders met vragen over onderwijs, ook over passend onderwijs en ondersteuning.',
    publishedAt: '2020-01-15',
    url: 'https://www.oudersenonderwijs.nl',
    description:
      'Ouders & Onderwijs helpt ouders met vragen over school en brengt hun ervaringen in bij landelijk beleid.',
  },
  {
    title: 'Ieder(in)',
    slug: 'iederin',
    role: 'coalition',
    summary:
      'Het netwerk voor mensen met een beperking of chronische ziekte, dat zich inzet voor een samenleving waarin iedereen kan meedoen.',
    publishedAt: '2020-01-15',
    url: 'https://iederin.nl',
    description:
      'Ieder(in) behartigt de belangen van mensen met een beperking of chronische ziekte, onder wie kinderen en hun ouders.',
  },
  {
    title: 'BMK',
    slug: 'bmk',
    role: 'coalition',
    summary:
      'De Branchevereniging Maatschappelijke Kinderopvang, een van de twee brancheorganisaties voor kinderopvang in de coalitie.',
    publishedAt: '2020-01-15',
    url: 'https://www.maatschappelijkekinderopvang.nl',
    description:
      'De BMK vertegenwoordigt kinderopvangorganisaties met een maatschappelijke doelstelling, die een rol spelen bij vroegsignalering en ontwikkelkansen van jonge kinderen.',
  },
  {
    title: 'BK',
    slug: 'brancheorganisatie-kinderopvang',
    role: 'coalition',
    summary: 'De Brancheorganisatie Kinderopvang: de branchevereniging van ondernemers in de kinderopvang.',
    publishedAt: '2020-01-15',
    url: 'https://www.kinderopvang.nl',
    description:
      "De Brancheorganisatie Kinderopvang behartigt de belangen van kinderdagverblijven, bso's en gastouderbureaus.",
  },
  {
    title: 'Ondersteuningsteam Zorg voor de Jeugd',
    slug: 'ondersteuningsteam-zorg-voor-de-jeugd',
    role: 'coalition',
    summary: "Het team dat gemeenten en regio's hielp bij het uitvoeren van het actieprogramma Zorg voor de Jeugd.",
    publishedAt: '2020-01-15',
    url: 'https://www.zorgvoordejeugd.nu',
    description:
      "Het ondersteuningsteam bood regio's praktische hulp bij de vernieuwing van de jeugdhulp en sloot daarbij aan op Met Andere Ogen.",
  },
  {
    title: 'Ambassadeur Zorglandschap Jeugd',
    slug: 'ambassadeur-zorglandschap-jeugd',
    role: 'coalition',
    summary:
      "De landelijke ambassadeur voor het zorglandschap jeugd, die in de oproep voor inspiratieregio's bij de beleidscoalitie wordt genoemd.",
    publishedAt: '2020-01-15',
    url: 'https://www.onderwijsjeugd.nl',
    description:
      'Als deelnemer aan de beleidscoalitie denkt de ambassadeur mee over hoe het zorglandschap voor jeugd aansluit op onderwijs en kinderopvang.',
  },
  {
    title: 'Ministerie van OCW',
    slug: 'ministerie-ocw',
    role: 'ministry',
    summary:
      'Het ministerie van Onderwijs, Cultuur en Wetenschap, verantwoordelijk voor onderwijs, waaronder passend onderwijs en de leerplicht, en dat het programma mede financiert.',
    publishedAt: '2020-01-15',
    url: 'https://www.rijksoverheid.nl/ministeries/ministerie-van-onderwijs-cultuur-en-wetenschap',
    description:
      'OCW is nauw betrokken bij de coalitie en maakt de activiteiten van Met Andere Ogen samen met VWS mogelijk.',
  },
  {
    title: 'Ministerie van VWS',
    slug: 'ministerie-vws',
    role: 'ministry',
    summary:
      'Het ministerie van Volksgezondheid, Welzijn en Sport, verantwoordelijk voor het jeugdstelsel en de zorg, en dat het programma mede financiert.',
    publishedAt: '2020-01-15',
    url: 'https://www.rijksoverheid.nl/ministeries/ministerie-van-volksgezondheid-welzijn-en-sport',
    description: 'VWS is nauw betrokken bij de coalitie en financiert het programma samen met OCW.',
  },
  {
    title: 'Nederlands Jeugdinstituut (NJi)',
    slug: 'nji',
    role: 'knowledge',
    summary: 'Het landelijke kennisinstituut voor jeugd en opvoeding en kennispartner van Met Andere Ogen.',
    publishedAt: '2020-01-15',
    url: 'https://www.nji.nl',
    description:
      'Het NJi bundelt kennis over wat werkt, levert kennisverbinders en ondersteunt de inhoudelijke voorbereiding van de Communities of Practice.',
  },
  {
    title: 'NCJ',
    slug: 'ncj',
    role: 'knowledge',
    summary:
      'Het Nederlands Centrum Jeugdgezondheid: het landelijke kenniscentrum voor de jeugdgezondheidszorg en kennispartner van Met Andere Ogen.',
    publishedAt: '2020-01-15',
    url: 'https://www.ncj.nl',
    description:
      'Het NCJ ondersteunt JGZ-organisaties met kennis en richtlijnen en brengt de blik van de jeugdgezondheidszorg in.',
  },
  {
    title: 'AOb',
    slug: 'aob',
    role: 'agenda',
    summary: 'De Algemene Onderwijsbond, vakbond voor onderwijspersoneel; agendalid van de coalitie.',
    publishedAt: '2020-01-15',
    url: 'https://www.aob.nl',
    description:
      'De AOb volgt de coalitie als agendalid en brengt het perspectief van leraren en ander onderwijspersoneel in.',
  },
  {
    title: 'CNV Onderwijs',
    slug: 'cnv-onderwijs',
    role: 'agenda',
    summary: 'Vakbond voor werknemers in het onderwijs; agendalid van de coalitie.',
    publishedAt: '2020-01-15',
    url: 'https://www.cnvo.nl',
    description:
      'CNV Onderwijs is als agendalid betrokken en let op wat samenwerking met zorg en jeugd vraagt van onderwijsprofessionals.',
  },
  {
    title: 'FNV',
    slug: 'fnv',
    role: 'agenda',
    summary: 'Vakbondsfederatie met leden in onder meer onderwijs, zorg en kinderopvang; agendalid van de coalitie.',
    publishedAt: '2020-01-15',
    url: 'https://www.fnv.nl',
    description:
      'De FNV neemt als agendalid deel en vertegenwoordigt werknemers in de sectoren waar de samenwerking moet plaatsvinden.',
  },
  {
    title: 'AVS',
    slug: 'avs',
    role: 'agenda',
    summary:
      'De Algemene Vereniging Schoolleiders, voor schoolleiders in PO, VO en speciaal onderwijs; agendalid van de coalitie.',
    publishedAt: '2020-01-15',
    url: 'https://www.avs.nl',
    description:
      'De AVS is agendalid en brengt de ervaring in van schoolleiders, die de samenwerking met jeugdhulp in hun school vormgeven.',
  },
]
