import { startResendStub, type ResendStub, type StubOptions } from '@mao/resend-stub'

export const WEBHOOK_SECRET = `whsec_${Buffer.from('test-webhook-secret-0123456789').toString('base64')}`

/** A Resend stub and the environment that points the newsletter at it, with fast retries. */
export async function useResendStub(options: StubOptions = {}): Promise<ResendStub> {
  const stub = await startResendStub(options)
  Object.assign(process.env, {
    RESEND_API_KEY: 're_test_key',
    RESEND_BASE_URL: stub.url,
    RESEND_WEBHOOK_SECRET: WEBHOOK_SECRET,
    RESEND_RATE_PER_SECOND: '50',
    NEWSLETTER_BACKOFF_BASE_MS: '20',
    NEWSLETTER_BACKOFF_MAX_MS: '200',
    NEWSLETTER_FROM: 'Met Andere Ogen <nieuwsbrief@example.org>',
    NEWSLETTER_UNSUBSCRIBE_MAILTO: 'afmelden@example.org',
    SITE_URL: 'https://site.example',
    CMS_PUBLIC_URL: 'https://cms.example',
  })
  return stub
}
