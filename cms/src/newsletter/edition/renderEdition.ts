import type { Payload } from 'payload'
import { editionEmailProps, type EditionContent } from './editionEmailProps'
import { renderNewsletterEmail } from './renderNewsletterEmail'

export type RenderedEdition = { subject: string; html: string; text: string; itemCount: number }

/** The edition as sent (before personalisation): subject, HTML and plain text. */
export async function renderEdition(
  payload: Payload,
  newsletter: EditionContent,
  now = new Date(),
): Promise<RenderedEdition> {
  const props = await editionEmailProps(payload, newsletter, now)
  const { html, text } = await renderNewsletterEmail(props)
  return { subject: props.title, html, text, itemCount: props.items.length }
}
