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
import { contactPlugin } from './contact'
import { bodyEditor } from './fields/richText'
import { figuresPlugin } from './figures'
import { Home } from './globals/Home'
import { Navigation } from './globals/Navigation'
import { SiteSettings } from './globals/SiteSettings'
import { loadRootEnv } from './loadEnv'
import { formsPlugin } from './forms'
import { newsletterPlugin } from './newsletter'
import { privacyPlugin } from './privacy'
import { multipartBodyLimit } from './http/bodyLimits'
import { cmsRoot } from './paths'
import { rebuildPlugin } from './rebuild'
import { registrationsPlugin } from './registrations'
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
    timezones: {
      supportedTimezones: [{ label: 'Nederland (Europe/Amsterdam)', value: 'Europe/Amsterdam' }],
      defaultTimezone: 'Europe/Amsterdam',
    },
  },
  i18n: { supportedLanguages: { nl }, fallbackLanguage: 'nl' },
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
    rebuildPlugin({ collections: [...publicCollections, 'media'], ignoreCreateIn: ['media'] }),
    newsletterPlugin(),
    formsPlugin(),
    contactPlugin(),
    figuresPlugin(),
    shareholdersPlugin(),
    registrationsPlugin(),
    privacyPlugin(),
  ],
  onInit: (payload) => {
    payload.logger.info(`Database: ${database.description}`)
  },
})
