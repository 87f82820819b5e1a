import type { SeedCommunity } from './types'

/**
 * The five Communities of Practice of Met Andere Ogen. The first round started in April 2020;
 * some communities have a later round (dates below describe the round shown on the site).
 * Facilitators are invented; their names end with " (voorbeeld)".
 */
export const communities: SeedCommunity[] = [
  {
    title: 'Community of Practice Onderwijs-zorgarrangementen en poreuze randen',
    slug: 'cop-onderwijs-zorgarrangementen',
    summary:
      'Een vaste groep professionals uit onderwijs, jeugdhulp, zorg en gemeenten onderzoekt hoe je onderwijs en zorg op maat combineert en budgetten zo inzet dat ze elkaar aanvullen.',
    publishedAt: '2026-11-02',
    theme: 'onderwijs-zorgarrangementen',
    description: [
      {
        p: 'Voor een deel van de leerlingen is onderwijs alleen haalbaar met zorg erbij, soms onder schooltijd en soms in het klaslokaal. In deze community wisselen deelnemers uit hoe zij zulke onderwijs-zorgarrangementen opzetten, wie ze financiert en hoe ze overeind blijven als de omstandigheden veranderen.',
      },
      {
        ul: [
          'Casussen uit de eigen praktijk: waar liep het vast en wat bracht het weer in beweging?',
          'Voorbeelden van groepsgewijze financiering van zorg in onderwijstijd.',
          'Wat mag wel en niet binnen de Jeugdwet, de Wlz, de Zvw en de regels voor passend onderwijs?',
        ],
      },
      {
        p: 'Dit is de tweede ronde van deze community; de eerste groep startte in het voorjaar van 2020. Deelname staat open voor aandeelhouders van Met Andere Ogen. Meld je daarom eerst aan als aandeelhouder.',
      },
    ],
    capacity: 25,
    meetings: [
      { date: '2027-02-11T13:30:00+01:00', place: 'Utrecht, kantoor PO-Raad' },
      { date: '2027-03-25T13:30:00+01:00', place: "'s-Hertogenbosch (te gast bij inspiratieregio De Meierij)" },
      { date: '2027-05-20T13:30:00+02:00', place: 'Online' },
      { date: '2027-06-24T13:30:00+02:00', place: 'Utrecht, kantoor PO-Raad' },
    ],
    facilitator: 'Annemiek Rutten (voorbeeld)',
    status: 'open',
  },
  {
    title: 'Community of Practice Interprofessioneel samenwerken',
    slug: 'cop-interprofessioneel-samenwerken',
    summary:
      'Leraren, intern begeleiders, jeugdhulpverleners, jeugdverpleegkundigen en beleidsmakers leren van elkaar hoe een breed team op en rond de school echt samen gaat werken.',
    publishedAt: '2026-08-31',
    theme: 'interprofessioneel-samenwerken',
    description: [
      {
        p: 'Een breed team samenstellen is niet zo moeilijk; samen een gedeelde werkwijze vinden is dat wel. Deze community gaat over de dagelijkse praktijk van interprofessionele teams: hoe verdeel je rollen, hoe ga je om met privacy en gegevensdeling, en hoe houd je de leerkracht en de ouders aan boord?',
      },
      {
        p: 'De bijeenkomsten combineren inzichten uit onderzoek met ervaringen van deelnemers en van ouders en jongeren. Deelnemers brengen een eigen vraagstuk mee en werken daar tussen de bijeenkomsten aan.',
      },
      {
        p: 'Deze ronde is volgeboekt. Wil je op de hoogte blijven van een volgende ronde? Schrijf je in voor de nieuwsbrief.',
      },
    ],
    capacity: 20,
    meetings: [
      { date: '2026-10-08T14:00:00+02:00', place: 'Almere (te gast bij inspiratieregio Almere)' },
      { date: '2026-11-12T14:00:00+01:00', place: 'Online' },
      { date: '2027-01-21T14:00:00+01:00', place: 'Enschede (te gast bij inspiratieregio Twente)' },
      { date: '2027-03-11T14:00:00+01:00', place: 'Utrecht, kantoor PO-Raad' },
    ],
    facilitator: 'Jeroen Mulder (voorbeeld)',
    status: 'closed',
  },
  {
    title: 'Community of Practice Positief en preventief jeugdbeleid',
    slug: 'cop-positief-preventief-jeugdbeleid',
    summary:
      'Hoe zorg je dat kinderen eerder en lichter ondersteund worden? Deze community verkent preventie en vroegsignalering met kinderopvang, school, JGZ en gemeente.',
    publishedAt: '2026-11-16',
    theme: 'preventief-jeugdbeleid',
    description: [
      {
        p: 'Jeugdbeleid draait vaak om het oplossen van problemen. Deze community kijkt de andere kant op: wat hebben kinderen nodig om gezond en veilig op te groeien, en hoe organiseer je dat samen met kinderopvang, onderwijs, jeugdgezondheidszorg en het voorveld?',
      },
      {
        ul: [
          'Vroegsignalering in de voorschoolse periode en in de eerste schooljaren.',
          'Laagdrempelige ondersteuning op school zonder verwijzing of beschikking.',
          'Het gesprek met bestuurders over investeren in preventie als de jeugdhulpkosten onder druk staan.',
        ],
      },
      {
        p: 'Er is plaats voor 25 deelnemers. Deelname is bedoeld voor aandeelhouders van Met Andere Ogen.',
      },
    ],
    capacity: 25,
    meetings: [
      { date: '2027-01-28T10:00:00+01:00', place: 'Online' },
      { date: '2027-03-04T10:00:00+01:00', place: 'Heerlen (te gast bij inspiratieregio Zuid-Limburg)' },
      { date: '2027-04-15T10:00:00+02:00', place: 'Leeuwarden (te gast bij inspiratieregio Leeuwarden)' },
      { date: '2027-06-03T10:00:00+02:00', place: 'Den Haag, kantoor VNG' },
    ],
    facilitator: 'Sanne Veenstra (voorbeeld)',
    status: 'open',
  },
  {
    title: 'Community of Practice Monitoring',
    slug: 'cop-monitoring',
    summary:
      'In 2020 werkten deelnemers uit gemeenten, samenwerkingsverbanden en onderzoek aan indicatoren om te volgen of samenwerking tussen onderwijs, zorg en jeugd kinderen echt verder helpt.',
    publishedAt: '2020-03-12',
    theme: 'monitoring',
    description: [
      {
        p: 'Welke gegevens laten zien of de ontwikkelkansen van kinderen toenemen? Deze community zocht naar een bruikbare set indicatoren, zoals de duur van thuiszitten, voortijdig schoolverlaten en het verschil tussen het schooladvies in groep 8 en de plek van een leerling enkele jaren later.',
      },
      {
        p: 'Deelnemers combineerden cijfers uit bestaande monitors met kwalitatieve informatie, zoals de tevredenheid van ouders over de samenwerking. De opbrengsten zijn gebruikt voor de monitoring van het programma en gedeeld met het hele netwerk.',
      },
      {
        p: 'Deze ronde is afgerond.',
      },
    ],
    capacity: 15,
    meetings: [
      { date: '2020-04-16T13:30:00+02:00', place: 'Online' },
      { date: '2020-06-11T13:30:00+02:00', place: 'Online' },
      { date: '2020-09-10T13:30:00+02:00', place: 'Utrecht, kantoor PO-Raad' },
      { date: '2020-10-15T13:30:00+02:00', place: 'Utrecht, kantoor PO-Raad' },
    ],
    facilitator: 'Wouter Smit (voorbeeld)',
    status: 'closed',
  },
  {
    title: 'Community of Practice Bindende afspraken voor onderwijs, jeugd en zorg',
    slug: 'cop-bindende-afspraken',
    summary:
      'Bestuurders en beleidsmakers van gemeenten, samenwerkingsverbanden en zorgpartners deelden hoe je van goede voornemens komt tot duurzame, bindende afspraken over jeugd.',
    publishedAt: '2020-03-12',
    theme: 'oogo-en-bindende-afspraken',
    description: [
      {
        p: "Veel regio's hebben een convenant of een gezamenlijke visie, maar merken dat afspraken in de praktijk weinig verschil maken. In deze community onderzochten deelnemers wat afspraken bindend en duurzaam maakt: de rol van de gemeente als regisseur, de inrichting van het OOGO, de betrokkenheid van zorgaanbieders en de manier waarop je afspraken samen evalueert.",
      },
      {
        ul: [
          'Voorbeelden van regionale convenanten en wat ze hebben opgeleverd.',
          'Het OOGO als plek voor inhoudelijk gesprek in plaats van een formaliteit.',
          'Hoe ouders een plek krijgen in het maken en toetsen van afspraken.',
        ],
      },
      {
        p: 'Deze ronde is afgerond. De lessen zijn verwerkt in de werksessies over het OOGO.',
      },
    ],
    capacity: 20,
    meetings: [
      { date: '2020-04-23T14:00:00+02:00', place: 'Online' },
      { date: '2020-06-25T14:00:00+02:00', place: 'Online' },
      { date: '2020-09-24T14:00:00+02:00', place: 'Den Haag, kantoor VNG' },
      { date: '2020-11-19T14:00:00+01:00', place: 'Online' },
    ],
    facilitator: 'Hanneke Bos (voorbeeld)',
    status: 'closed',
  },
]
