/**
 * The participation forms of the built site (tests/dist/site, built by site-build.int.spec.ts from
 * the seed plus the site fixtures, with CMS_PUBLIC_URL=https://cms.example.org) against a live
 * CMS: a worker fixture starts the Payload REST API on a fresh database filled the same way (so
 * the ids in the built pages, such as a form's `target`, are the live CMS's), and a Resend stub.
 * Pages from `live.page()` send the browser's requests for https://cms.example.org to that API.
 * Worker-scoped: the spec files that use it share one CMS, and run in a worker of their own
 * (Payload keeps one instance per process, on the database of the first start).
 */
import { expect, test as base, type Browser, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { startResendStub, type DeliveredEmail, type ResendStub } from '@mao/resend-stub'
import type { User } from '@mao/shared/payload-types'

export const PUBLIC_CMS = 'https://cms.example.org'

export interface LiveCms {
  payload: Payload
  /** Address of the REST API (what https://cms.example.org stands for). */
  url: string
  stub: ResendStub
  /** A page in a context of its own, with or without JavaScript, whose CMS requests reach `url`. */
  page: (browser: Browser, javaScriptEnabled?: boolean) => Promise<Page>
  /** The first email to `to` whose subject contains `subject`, waiting for it to arrive. */
  mail: (to: string, subject: string) => Promise<DeliveredEmail>
  /** An editor account, for decisions taken through the Local API with its access rules. */
  editor: () => Promise<User>
}

/** The site path and query of the first link in the email that leads to `sitePath`. */
export function linkIn(email: DeliveredEmail, sitePath: string): string {
  const escaped = sitePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const link = new RegExp(`https?://[^\\s"'<>()]+${escaped}(\\?[^\\s"'<>()]*)?`).exec(email.text ?? '')?.[0]
  expect(link, `a link to ${sitePath} in "${email.subject}"`).toBeTruthy()
  const url = new URL(link!.replace(/&amp;/g, '&'))
  return url.pathname + url.search
}

/** An attachment's text (the API carries it base64-encoded). */
export const attachmentText = (email: DeliveredEmail, filenameEnd: string): string | undefined => {
  const attachment = email.attachments.find((candidate) => candidate.filename?.endsWith(filenameEnd))
  return attachment?.content === undefined ? undefined : Buffer.from(attachment.content, 'base64').toString('utf8')
}

/** An approved aandeelhouder application of this address (what registrations check). */
export async function approvedShareholder(payload: Payload, email: string, organisation: string): Promise<void> {
  await payload.create({
    collection: 'shareholder-applications',
    data: {
      organisation,
      name: 'Test Aandeelhouder',
      email,
      sector: 'gemeente',
      status: 'approved',
      reviewNote: 'Aangemaakt door de test.',
    },
    overrideAccess: true,
    // As the seed does: no decision email, no rebuild request.
    context: { seeding: true },
  })
}

export const test = base.extend<object, { live: LiveCms }>({
  live: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the object pattern
    async ({}, use) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'mao-participation-e2e-'))
      const stub = await startResendStub()
      Object.assign(process.env, {
        DATABASE_URL: `file:${path.join(dir, 'cms.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        PAYLOAD_SECRET: 'participation-e2e-secret',
        // The seed's first admin (outside vitest NODE_ENV is not 'test', so it needs these).
        ADMIN_EMAIL: 'beheer-participatie@example.org',
        ADMIN_PASSWORD: 'e2e-wachtwoord-voor-participatie',
        SITE_URL: process.env.SITE_E2E_URL,
        CMS_PUBLIC_URL: PUBLIC_CMS,
        RESEND_API_KEY: 're_e2e',
        RESEND_BASE_URL: stub.url,
        NEWSLETTER_AUTORUN: 'false',
        REBUILD_ENABLED: 'false',
        // Every post comes from 127.0.0.1; the per-client limit has its own tests in the CMS.
        FORMS_RATE_LIMIT_PER_IP: '1000',
      })
      // Imported after the environment is set: the Payload config reads DATABASE_URL once.
      const { startSeededCms } = await import('./cmsFixture')
      const { createUser } = await import('@mao/cms/testing')
      const cms = await startSeededCms()
      let editor: User | undefined

      const live: LiveCms = {
        payload: cms.payload,
        url: cms.url,
        stub,
        page: async (browser, javaScriptEnabled = true) => {
          const context = await browser.newContext({ javaScriptEnabled })
          // Redirects are the browser's to follow: the CMS answers plain posts with 303s to the site.
          await context.route(`${PUBLIC_CMS}/**`, async (route) => {
            const url = route.request().url().replace(PUBLIC_CMS, cms.url)
            await route.fulfill({ response: await route.fetch({ url, maxRedirects: 0 }) })
          })
          return context.newPage()
        },
        mail: async (to, subject) => {
          const find = () => stub.emails.find((email) => email.to.includes(to) && email.subject.includes(subject))
          await stub.waitFor(() => find() !== undefined, 30_000)
          return find()!
        },
        editor: async () => (editor ??= await createUser(cms.payload, 'editor', 'redacteur-e2e@example.org')),
      }
      await use(live)
      await cms.close()
      await stub.close()
      rmSync(dir, { recursive: true, force: true })
    },
    { scope: 'worker', timeout: 180_000 },
  ],
})

export { expect }
