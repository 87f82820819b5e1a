import type { NewsletterSettings } from './settings'

/** What is missing or unsafe in the newsletter's configuration, for a warning at start. */
export function configWarnings(settings: NewsletterSettings, env: NodeJS.ProcessEnv = process.env): string[] {
  const warnings: string[] = []
  if (!settings.resendApiKey)
    warnings.push('RESEND_API_KEY is not set: confirmation mails and editions cannot be sent.')
  if (!settings.webhookSecret)
    warnings.push('RESEND_WEBHOOK_SECRET is not set: bounces and spam complaints from Resend are refused.')
  if (env.NODE_ENV === 'production' && !settings.cmsPublicUrl.startsWith('https://')) {
    warnings.push(
      `CMS_PUBLIC_URL (${settings.cmsPublicUrl}) is not https://: mail providers ignore a List-Unsubscribe URL without HTTPS.`,
    )
  }
  if (env.NODE_ENV === 'production' && !settings.siteUrl.startsWith('https://')) {
    warnings.push(
      `SITE_URL (${settings.siteUrl}) is not https://: links and images in the newsletter would not be secure.`,
    )
  }
  return warnings
}
