import type { FormName } from '@mao/shared/forms/formSpecs'

/**
 * Errors that belong to no field, by the `fout` value the CMS redirects plain posts back with
 * (`?fout=te-vaak#fout-te-vaak`); the island shows the same ones after a background post.
 */
export const generalErrors = {
  'te-vaak': 'Er komen te veel berichten vanaf jouw internetverbinding. Probeer het over een uur opnieuw.',
  onbekend: 'Het versturen lukte niet door een storing. Probeer het later opnieuw.',
} as const

export type GeneralError = keyof typeof generalErrors

export const isGeneralError = (value: string | null | undefined): value is GeneralError =>
  value === 'te-vaak' || value === 'onbekend'

export interface DoneMessage {
  heading: string
  paragraphs: readonly string[]
}

/**
 * What the island says after the CMS accepted a post, and what the thank-you page after a plain
 * post says. Never whether an address was known: the CMS answers the same either way and tells
 * the person by email.
 */
export const doneMessages: Record<FormName, DoneMessage> = {
  aandeelhouder: {
    heading: 'Bijna klaar: bevestig je e-mailadres',
    paragraphs: [
      'We sturen je binnen een paar minuten een e-mail met een link. Op de pagina achter die link bevestig je je aanmelding met een knop.',
      'Daarna beoordeelt het programmabureau de aanmelding van je organisatie. Je krijgt per e-mail bericht of je organisatie aandeelhouder is geworden.',
      'Geen e-mail gekregen? Kijk in de map met ongewenste e-mail.',
    ],
  },
  aanmelding: {
    heading: 'Bedankt, we sturen je een e-mail',
    paragraphs: [
      'Als je organisatie aandeelhouder is, krijg je binnen een paar minuten een e-mail die je aanmelding bevestigt, of die zegt dat je op de wachtlijst staat. In die e-mail staat ook een link om je af te melden.',
      'Anders krijg je een e-mail met uitleg hoe je organisatie aandeelhouder wordt.',
      'Geen e-mail gekregen? Kijk in de map met ongewenste e-mail.',
    ],
  },
  contact: {
    heading: 'Bedankt voor je bericht',
    paragraphs: [
      'Het programmabureau heeft je bericht ontvangen en reageert zo snel mogelijk. Je krijgt binnen een paar minuten een e-mail die bevestigt dat je bericht is aangekomen.',
    ],
  },
  'goed-voorbeeld': {
    heading: 'Bedankt voor je goede voorbeeld',
    paragraphs: [
      'De redactie bekijkt je voorbeeld en neemt contact met je op als er vragen zijn. Niets komt op de site voordat de redactie het heeft bekeken.',
    ],
  },
  expertise: {
    heading: 'Bedankt voor je aanbod',
    paragraphs: [
      'De redactie bekijkt je gegevens en neemt contact met je op. Je profiel komt pas op de site als de redactie het heeft bekeken.',
    ],
  },
}

/**
 * Forms that take a starting value from the page's address with JavaScript, so a link such as
 * `/contact?onderwerp=aandeelhouder#formulier` opens the form with that topic chosen.
 */
export const queryPrefill: Partial<Record<FormName, { param: string; field: string }>> = {
  contact: { param: 'onderwerp', field: 'topic' },
}
