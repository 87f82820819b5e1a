import type { Payload } from 'payload'
import type { ContactMessage } from '@mao/shared/payload-types'
import { contactTopicLabels, type ContactTopic } from '@mao/shared/selectOptions'
import { programmeOfficeAddress, sendFormEmail, type FormSubmission } from '../../forms'
import { adminUrl } from '../../email'
import { CONTACT_MESSAGES } from '../collections/ContactMessages'
import { ANSWER_WITHIN } from './answerTime'

/** The paragraphs of a posted text, as the sender separated them. */
const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)

/**
 * Idempotency key of a message's mails. The creation time is part of it: SQLite may give a new
 * message the id of a deleted one, and Resend would then refuse (or skip) its mails as replays.
 */
const mailKey = (message: ContactMessage): string => `contact-message-${message.id}-${message.createdAt}`

/** Mail the message to the programme office, reply-to the sender; true when it was sent. */
async function forwardToOffice(payload: Payload, message: ContactMessage, office: string): Promise<boolean> {
  const topic = contactTopicLabels[message.topic]
  try {
    await sendFormEmail(payload, {
      to: office,
      replyTo: message.email,
      subject: `Contactformulier: ${topic} – ${message.name}`,
      heading: `Nieuw bericht: ${topic}`,
      paragraphs: [
        `Van: ${message.name} (${message.email})${message.organisation ? `, ${message.organisation}` : ''}`,
        ...paragraphsOf(message.message),
        'Beantwoord deze e-mail om de afzender te antwoorden, en zet de status in het CMS op "In behandeling" of "Afgehandeld".',
      ],
      button: {
        label: 'Bekijk in het CMS',
        url: adminUrl(payload, `/collections/${CONTACT_MESSAGES}/${message.id}`),
      },
      key: `${mailKey(message)}-office`,
    })
    return true
  } catch (error) {
    payload.logger.error({
      err: error,
      msg: `Contact: bericht ${message.id} niet doorgestuurd naar het programmabureau`,
    })
    return false
  }
}

/**
 * Store a contact message, forward it to the programme office and acknowledge it to the sender.
 * Stored first: whatever the mail does, the admin shows the message, and `forwardedAt` stays
 * empty when the office was not mailed (no address in the site settings, or sending failed).
 */
export async function deliverMessage(payload: Payload, { values, consent }: FormSubmission): Promise<void> {
  const { topic = 'vraag', name = '', email = '', organisation, message: text = '' } = values
  const message = await payload.create({
    collection: CONTACT_MESSAGES,
    data: {
      topic: topic as ContactTopic,
      name,
      email,
      organisation: organisation || undefined,
      message: text,
      status: 'new',
      receivedAt: new Date().toISOString(),
      consent,
    },
  })
  const office = await programmeOfficeAddress(payload)
  if (!office) {
    payload.logger.warn({
      msg: `Contact: bericht ${message.id} is niet doorgestuurd: er staat geen e-mailadres onder Contact in de site-instellingen. Het bericht staat in het CMS onder Berichten.`,
    })
  } else if (await forwardToOffice(payload, message, office)) {
    await payload.update({
      collection: CONTACT_MESSAGES,
      id: message.id,
      data: { forwardedAt: new Date().toISOString() },
    })
  }
  await sendFormEmail(payload, {
    to: email,
    subject: 'We hebben je bericht ontvangen',
    heading: 'Bedankt voor je bericht',
    paragraphs: [
      `Beste ${name},`,
      `Je bericht over "${contactTopicLabels[message.topic]}" is aangekomen bij het programmabureau van Met Andere Ogen. Je krijgt binnen ${ANSWER_WITHIN} antwoord.`,
      ...(office ? ['Wil je nog iets toevoegen? Beantwoord dan deze e-mail.'] : []),
    ],
    replyTo: office,
    key: `${mailKey(message)}-ack`,
  })
}
