import type { CreateBatchOptions } from 'resend'
import { newsletterPaths } from '@mao/shared/sitePaths'
import { UNSUBSCRIBE_PLACEHOLDER } from '../edition/editionEmailProps'
import type { NewsletterSettings } from '../settings'

type BatchEmail = CreateBatchOptions[number]

/** Everything besides the content that a copy depends on, frozen with the snapshot. */
export type Envelope = Pick<NewsletterSettings, 'from' | 'siteUrl' | 'cmsPublicUrl'> & {
  replyTo?: string
  unsubscribeMailto?: string
}

/** The rendered edition, before personalising. */
export type EmailContent = { subject: string; html: string; text: string }

export type Snapshot = EmailContent & { envelope: Envelope }

export const envelopeOf = (settings: NewsletterSettings): Envelope => ({
  from: settings.from,
  siteUrl: settings.siteUrl,
  cmsPublicUrl: settings.cmsPublicUrl,
  ...(settings.replyTo ? { replyTo: settings.replyTo } : {}),
  ...(settings.unsubscribeMailto ? { unsubscribeMailto: settings.unsubscribeMailto } : {}),
})

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')

/** The site page with the unsubscribe button (the footer link). */
export const unsubscribePageUrl = (urls: Pick<Envelope, 'siteUrl'>, token: string): string =>
  `${urls.siteUrl}${newsletterPaths.unsubscribe}?token=${encodeURIComponent(token)}`

/** The RFC 8058 one-click URL in the List-Unsubscribe header: a POST there unsubscribes at once. */
export const oneClickUnsubscribeUrl = (urls: Pick<Envelope, 'cmsPublicUrl'>, token: string): string =>
  `${urls.cmsPublicUrl}/api/subscribers/unsubscribe?token=${encodeURIComponent(token)}`

export function unsubscribeHeaders(envelope: Envelope, token: string): Record<string, string> {
  const links = [`<${oneClickUnsubscribeUrl(envelope, token)}>`]
  if (envelope.unsubscribeMailto) links.push(`<mailto:${envelope.unsubscribeMailto}?subject=afmelden>`)
  return { 'List-Unsubscribe': links.join(', '), 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
}

/** One recipient's copy: their own unsubscribe link in the footer and in the headers. */
export function personaliseEmail(
  snapshot: Snapshot,
  recipient: { email: string; token: string },
  tags: BatchEmail['tags'] = [],
): BatchEmail {
  const { envelope } = snapshot
  const pageUrl = unsubscribePageUrl(envelope, recipient.token)
  return {
    from: envelope.from,
    to: [recipient.email],
    subject: snapshot.subject,
    html: snapshot.html.replaceAll(UNSUBSCRIBE_PLACEHOLDER, escapeAttribute(pageUrl)),
    text: snapshot.text.replaceAll(UNSUBSCRIBE_PLACEHOLDER, pageUrl),
    headers: unsubscribeHeaders(envelope, recipient.token),
    ...(envelope.replyTo ? { replyTo: envelope.replyTo } : {}),
    tags,
  }
}
