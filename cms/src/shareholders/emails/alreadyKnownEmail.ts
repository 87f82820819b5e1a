import type { Payload } from 'payload'
import { programmeOfficeAddress, randomToken, sendFormEmail } from '../../forms'

/**
 * Sent instead of a confirmation when the address already has a waiting or approved application:
 * nothing new is created, and only the mailbox's owner learns that it was known.
 */
export async function sendAlreadyKnownEmail(payload: Payload, email: string): Promise<void> {
  const office = await programmeOfficeAddress(payload)
  await sendFormEmail(payload, {
    to: email,
    subject: 'Je aanmelding als aandeelhouder is al bekend',
    heading: 'We kennen je aanmelding al',
    paragraphs: [
      'We kregen opnieuw een aanmelding als aandeelhouder van Met Andere Ogen met dit e-mailadres. Van dit adres is al een aanmelding bekend, die in behandeling of goedgekeurd is. We hebben daarom geen nieuwe aanmelding gemaakt.',
      office
        ? `Wil je iets aan je aanmelding veranderen of heb je een vraag? Mail het programmabureau: ${office}.`
        : 'Wil je iets aan je aanmelding veranderen of heb je een vraag? Neem contact op met het programmabureau.',
      'Heb je dit formulier niet zelf ingevuld? Dan hoef je niets te doen.',
    ],
    replyTo: office,
    // Each such mail is its own message; the form's per-address limit keeps their number down.
    key: `shareholder-known-${randomToken().slice(0, 24)}`,
  })
}
