import type { Payload } from 'payload'
import { renderFormEmail, siteName, siteUrl } from '../forms'
import type { RenderedEmail } from '../newsletter'

export type EditorEmailContent = {
  heading: string
  paragraphs: string[]
  button: { label: string; url: string }
}

/** A mail to an editor in the newsletter's style (the forms' notice layout), with the site's name. */
export async function renderEditorEmail(payload: Payload, content: EditorEmailContent): Promise<RenderedEmail> {
  return renderFormEmail({ siteName: await siteName(payload), siteUrl: siteUrl(), ...content })
}
