/**
 * Sent news updates for the archive (/nieuwsbrief/archief) of a fresh install: recorded as sent,
 * never mailed. Each was composed on a Monday of the biweekly schedule (`composedAt`, the end of
 * its period) and sent the next morning; its items are what the scheduled job collects then: the
 * news and practices published since the previous edition and the events of the six weeks ahead.
 * The first edition looks back one interval (14 days). Editions are numbered 1, 2, 3 in this order.
 */
export interface SeedEdition {
  title: string
  /** Plain text; an empty line starts a new paragraph. */
  intro: string
  /** ISO date-time with offset (Europe/Amsterdam). */
  composedAt: string
  sentAt: string
}

export const editions: SeedEdition[] = [
  {
    title: 'Nieuwsupdate 1: het lerend netwerk na de zomer',
    intro:
      "Welkom bij de eerste nieuwsupdate van Met Andere Ogen. Voortaan vertellen we je om de twee weken wat er in het lerend netwerk gebeurt: nieuws uit de inspiratieregio's, goede voorbeelden uit de praktijk en de activiteiten van de komende weken.\n\nNa de zomer gaat het netwerk weer aan de slag. Er begint een nieuwe ronde van een Community of Practice en in de agenda staat een werksessie waar je samen met andere regio's aan een lastige vraag werkt.",
    composedAt: '2026-08-31T07:00:00+02:00',
    sentAt: '2026-09-01T10:00:00+02:00',
  },
  {
    title: 'Nieuwsupdate 2: samen financieren in de regio',
    intro:
      'Hoe betaal je zorg die onder schooltijd plaatsvindt, als onderwijs, gemeente en zorgaanbieder elk een eigen geldstroom hebben? In deze nieuwsupdate lees je hoe een inspiratieregio die vraag samen met haar partners aanpakte.\n\nIn de agenda vind je de volgende bijeenkomst van de Community of Practice.',
    composedAt: '2026-10-12T07:00:00+02:00',
    sentAt: '2026-10-13T10:00:00+02:00',
  },
  {
    title: 'Nieuwsupdate 3: op weg naar de aandeelhoudersbijeenkomst',
    intro:
      'Het jaar loopt naar zijn einde, en dat betekent: de jaarlijkse bijeenkomst voor alle aandeelhouders komt eraan. Zet de datum in je agenda en meld je aan, want de plaatsen zijn beperkt.\n\nVerder in deze nieuwsupdate de activiteiten van de komende weken.',
    composedAt: '2026-11-09T07:00:00+01:00',
    sentAt: '2026-11-10T10:00:00+01:00',
  },
]
