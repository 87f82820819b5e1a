import type { CreateBatchOptions } from 'resend'
import { newsletterPaths } from '@mao/shared/sitePaths'
import { UNSUBSCRIBE_PLACEHOLDER } from '../edition/editionEmailProps'
import type { NewsletterSettings } from '../settings'
import { unsubscribeToken } from '../subscribe/tokens'

export type Snapshot = { subject: string; html: string; text: string }
type BatchEmail = CreateBatchOptions[number]

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')

/** The site page with the unsubscribe button (the footer link). */
export const unsubscribePageUrl = (settings: NewsletterSettings, token: string): string =>
  `${settings.siteUrl}${newsletterPaths.unsubscribe}?token=${encodeURIComponent(token)}`

/** The RFC 8058 one-click URL in the List-Unsubscribe header: a POST there unsubscribes at once. */
export const oneClickUnsubscribeUrl = (settings: NewsletterSettings, token: string): string =>
  `${settings.cmsPublicUrl}/api/subscribers/unsubscribe?token=${encodeURIComponent(token)}`

export function unsubscribeHeaders(settings: NewsletterSettings, token: string): Record<string, string> {
  const links = [`<${oneClickUnsubscribeUrl(settings, token)}>`]
  if (settings.unsubscribeMailto) links.push(`<mailto:${settings.unsubscribeMailto}?subject=afmelden>`)
  return { 'List-Unsubscribe': links.join(', '), 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
}

/** One recipient's copy: their own unsubscribe link in the footer and in the headers. */
export function personaliseEmail(
  snapshot: Snapshot,
  recipient: { id: string; email: string },
  settings: NewsletterSettings,
  secret: string,
  tags: BatchEmail['tags'] = [],
): BatchEmail {
  const token = unsubscribeToken(secret, recipient.id)
  const pageUrl = unsubscribePageUrl(settings, token)
  return {
    from: settings.from,
    to: [recipient.email],
    subject: snapshot.subject,
    html: snapshot.html.replaceAll(UNSUBSCRIBE_PLACEHOLDER, escapeAttribute(pageUrl)),
    text: snapshot.text.replaceAll(UNSUBSCRIBE_PLACEHOLDER, pageUrl),
    headers: unsubscribeHeaders(settings, token),
    ...(settings.replyTo ? { replyTo: settings.replyTo } : {}),
    tags,
  }
}
