import type { Payload } from 'payload'
import { programmeOfficeAddress, sendFormEmail, type FormValues } from '../../forms'
import { adminUrl as adminAddress } from '../../email'

export interface Contribution {
  collection: 'practices' | 'experts'
  id: number | string
  /** With the id, names the document's mails for idempotency (ids of deleted documents may come back). */
  createdAt: string
  /** How the office mail names it: "goed voorbeeld", "expertiseprofiel". */
  kind: string
  title: string
  values: FormValues
}

/**
 * Tell the programme office a draft waits for review (reply-to: the sender) and thank the sender.
 * Without an office address only the log says so: the draft is in the admin either way.
 */
export async function announceContribution(
  payload: Payload,
  { collection, id, createdAt, kind, title, values }: Contribution,
): Promise<void> {
  const { name = '', email = '', organisation } = values
  const office = await programmeOfficeAddress(payload)
  const adminUrl = adminAddress(payload, `/collections/${collection}/${id}`)
  if (!office) {
    payload.logger.warn({
      msg: `Bijdrage: nieuw ${kind} "${title}" staat als concept klaar (${adminUrl}), maar er staat geen e-mailadres in de site-instellingen (Contact) om het programmabureau te mailen.`,
    })
  } else {
    try {
      await sendFormEmail(payload, {
        to: office,
        replyTo: email,
        subject: `Nieuw ${kind} ingestuurd, te beoordelen: ${title}`,
        heading: `Nieuw ${kind} ingestuurd`,
        paragraphs: [
          `${name} (${email})${organisation ? ` van ${organisation}` : ''} stuurde via de site "${title}" in.`,
          'Het staat als concept in het CMS. Niets komt op de site voordat een redacteur het bekijkt, aanvult en publiceert.',
        ],
        button: { label: 'Beoordelen in het CMS', url: adminUrl },
        key: `contribution-${collection}-${id}-${createdAt}-office`,
      })
    } catch (error) {
      payload.logger.error({ err: error, msg: `Bijdrage: programmabureau niet gemaild over ${collection} ${id}` })
    }
  }
  await sendFormEmail(payload, {
    to: email,
    subject: `Bedankt voor je ${kind}`,
    heading: `Bedankt voor je ${kind}`,
    paragraphs: [
      `Beste ${name},`,
      `We hebben "${title}" ontvangen. De redactie van Met Andere Ogen bekijkt het en neemt contact met je op voordat het op de site komt.`,
    ],
    replyTo: office,
    key: `contribution-${collection}-${id}-${createdAt}-ack`,
  })
}
