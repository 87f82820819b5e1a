import path from 'node:path'
import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig } from 'payload'
import { publicCollections } from '@mao/shared/collections'
import { Advices } from './collections/Advices'
import { Communities } from './collections/Communities'
import { Events } from './collections/Events'
import { Experts } from './collections/Experts'
import { Media } from './collections/Media'
import { limitedSharp } from './collections/Media/limitedSharp'
import { maxUploadBytes, tooLargeMessage } from './collections/Media/uploadLimits'
import { News } from './collections/News'
import { Pages } from './collections/Pages'
import { Partners } from './collections/Partners'
import { Publications } from './collections/Publications'
import { TeamMembers } from './collections/TeamMembers'
import { Practices } from './collections/Practices'
import { Regions } from './collections/Regions'
import { Themes } from './collections/Themes'
import { RateLimitHits } from './collections/RateLimitHits'
import { Users } from './collections/Users'
import { chooseDatabase, databaseAdapter } from './database'
import { cmsUrl, payloadSecret } from './env'
import { accessibleNamesPlugin } from './admin/accessibleNames'
import { dutchDateFormatsPlugin } from './admin/dutchDateFormats'
import { contactPlugin } from './contact'
import { dashboardPlugin } from './dashboard'
import { hideFromContributors } from './contributors'
import { resendEmailAdapter } from './email'
import { bodyEditor } from './fields/richText'
import { figuresPlugin } from './figures'
import { Home } from './globals/Home'
import { historyPlugin } from './history'
import { keepPublicErrorMessages } from './http/keepPublicErrorMessages'
import { Navigation } from './globals/Navigation'
import { SiteSettings } from './globals/SiteSettings'
import { loadRootEnv } from './loadEnv'
import { formsPlugin } from './forms'
import { newsletterPlugin } from './newsletter'
import { previewPlugin } from './preview'
import { privacyPlugin } from './privacy'
import { multipartBodyLimit } from './http/bodyLimits'
import { cmsRoot } from './paths'
import { rebuildPlugin } from './rebuild'
import { redirectsFeature } from './redirects'
import { registrationsPlugin } from './registrations'
import { schedulingPlugin } from './scheduling'
import { seoCollections, seoDescription, seoTitle, seoUrl } from './seo'
import { shareholdersPlugin } from './shareholders'

loadRootEnv()
const database = chooseDatabase(process.env.DATABASE_URL)

export default buildConfig({
  serverURL: process.env.CMS_PUBLIC_URL ?? '',
  secret: payloadSecret(),
  // Payload reports usage to telemetry.payloadcms.com from every process (benches and tests too);
  // nothing of ours leaves the machine unasked.
  telemetry: false,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' – Met Andere Ogen CMS' },
    importMap: { baseDir: cmsRoot },
    // Payload's icon, drawn in the page: the default (Gravatar) sends a hash of each editor's email
    // to a third party and shows a broken image offline.
    avatar: 'default',
    timezones: {
      supportedTimezones: [{ label: 'Nederland (Europe/Amsterdam)', value: 'Europe/Amsterdam' }],
      defaultTimezone: 'Europe/Amsterdam',
    },
  },
  i18n: {
    supportedLanguages: { nl },
    fallbackLanguage: 'nl',
    // The list's "Nieuw aanmaken" button is named by this label: it must contain the visible text
    // (WCAG 2.5.3, label in name), which Payload's "Nieuw(e) … aanmaken" does not.
    translations: { nl: { general: { createNewLabel: 'Nieuw aanmaken: {{label}}' } } },
  },
  collections: [
    News,
    Practices,
    Experts,
    Regions,
    Communities,
    Events,
    Pages,
    Themes,
    Advices,
    Partners,
    Publications,
    TeamMembers,
    Media,
    Users,
    RateLimitHits,
  ],
  globals: [SiteSettings, Navigation, Home],
  editor: bodyEditor,
  email: resendEmailAdapter(),
  hooks: { afterError: [keepPublicErrorMessages] },
  db: databaseAdapter(database),
  sharp: limitedSharp,
  // Only the CMS itself is trusted with editors' cookies (Payload adds serverURL to csrf). The site's
  // scripts call public endpoints only, which answer the site origin without credentials.
  cors: [cmsUrl()],
  csrf: [cmsUrl()],
  // One file per request; the whole multipart body is counted while it streams (413 past the cap).
  upload: {
    limits: { fileSize: maxUploadBytes(), files: 1 },
    requestSizeLimit: multipartBodyLimit(),
    responseOnLimit: tooLargeMessage(maxUploadBytes()),
  },
  typescript: { outputFile: path.resolve(cmsRoot, '../shared/src/payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  plugins: [
    nestedDocsPlugin({
      collections: ['pages'],
      generateLabel: (_, doc) => String(doc.title ?? ''),
      generateURL: (docs) => docs.reduce((url, doc) => `${url}/${String(doc.slug ?? '')}`, ''),
    }),
    seoPlugin({
      collections: seoCollections,
      uploadsCollection: 'media',
      generateTitle: seoTitle,
      generateDescription: seoDescription,
      generateURL: seoUrl,
    }),
    historyPlugin({ collections: publicCollections }),
    // Before the rebuild plugin: redirects are public data, so their changes rebuild the site too.
    redirectsFeature(),
    rebuildPlugin({ collections: [...publicCollections, 'media', 'redirects'], ignoreCreateIn: ['media'] }),
    newsletterPlugin(),
    formsPlugin(),
    contactPlugin(),
    figuresPlugin(),
    shareholdersPlugin(),
    registrationsPlugin(),
    privacyPlugin(),
    schedulingPlugin(),
    previewPlugin(),
    // After every plugin that puts a panel on the dashboard: it arranges them.
    dashboardPlugin(),
    // After every plugin that adds date fields: Dutch date formats with a 24-hour clock.
    dutchDateFormatsPlugin(),
    // Names for Payload's own unnamed admin controls (icon buttons, editors, date and select inputs).
    accessibleNamesPlugin(),
    // Last: hides every collection and global added above from contributors' admin.
    hideFromContributors(['news', 'practices', 'media']),
  ],
  onInit: (payload) => {
    payload.logger.info(`Database: ${database.description}`)
  },
})
