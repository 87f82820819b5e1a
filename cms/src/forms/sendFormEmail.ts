import type { Payload } from 'payload'
import { newsletterSettings, sendSingleEmail } from '../newsletter'
import { siteUrl } from '../env'
import { renderFormEmail } from './renderFormEmail'
import { formSettings } from './settings'
import { siteName } from './siteName'

export type FormEmailAttachment = { filename: string; content: string; contentType: string }

export type FormEmailMessage = {
  to: string
  subject: string
  heading: string
  paragraphs: string[]
  button?: { label: string; url: string }
  replyTo?: string
  /** `content` is text (an .ics invitation, a CSV); it is sent as UTF-8. */
  attachments?: FormEmailAttachment[]
  /** Idempotency key: the same key never sends twice, so a retried job cannot mail twice. */
  key: string
}

/**
 * Renders a form notice in the newsletter's style and sends it through the newsletter's paced,
 * retried sending path (FORMS_FROM, else the newsletter's sender). Throws when it was not sent.
 */
export async function sendFormEmail(payload: Payload, message: FormEmailMessage): Promise<void> {
  const name = await siteName(payload)
  const { html, text } = await renderFormEmail({
    siteName: name,
    siteUrl: siteUrl(),
    heading: message.heading,
    paragraphs: message.paragraphs,
    button: message.button,
  })
  const outcome = await sendSingleEmail(
    {
      from: formSettings().from ?? newsletterSettings().from,
      to: [message.to],
      subject: message.subject,
      html,
      text,
      ...(message.replyTo ? { replyTo: message.replyTo } : {}),
      ...(message.attachments?.length
        ? {
            attachments: message.attachments.map(({ filename, content, contentType }) => ({
              filename,
              content: Buffer.from(content, 'utf8'),
              contentType,
            })),
          }
        : {}),
    },
    `form-${message.key}`,
  )
  if (!outcome.ok) throw new Error(`E-mail niet verstuurd: ${outcome.error.name} ${outcome.error.message}`)
}
