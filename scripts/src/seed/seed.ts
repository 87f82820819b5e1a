import type { CollectionSlug, Payload } from 'payload'
import { richText } from '@mao/shared/lexical'
import { ensureAdmin } from './admin'
import { advices } from './content/advices'
import { communities } from './content/communities'
import { editions } from './content/editions'
import { events } from './content/events'
import { experts } from './content/experts'
import { news } from './content/news'
import { pages } from './content/pages'
import { partners } from './content/partners'
import { practices } from './content/practices'
import { publications } from './content/publications'
import { regions } from './content/regions'
import { settings } from './content/settings'
import { shareholders } from './content/shareholders'
import { team } from './content/team'
import { themes } from './content/themes'
import { pageLayout } from './pageLayout'
import { placeholderPdf } from './placeholderPdf'
import { placeholderImage, placeholderLogo } from './placeholderImage'
import { seedEditions } from './seedEditions'
import { seedShareholders } from './seedShareholders'
import { seedTeam } from './seedTeam'

export type SeedReport = Partial<Record<CollectionSlug | 'globals' | 'admin', number>>

type Log = (message: string) => void

/**
 * Fills an empty database with the programme's content. Idempotent: documents are matched by
 * slug and globals by a filled-in field, so a second run creates and changes nothing.
 */
export async function seed(payload: Payload, log: Log = () => {}): Promise<SeedReport> {
  const report: SeedReport = {}
  const ids = new Map<string, string | number>()
  const key = (collection: string, slug: string) => `${collection}:${slug}`
  const idOf = (collection: string, slug: string) => {
    const id = ids.get(key(collection, slug))
    if (id === undefined) throw new Error(`Seed content refers to unknown ${collection} "${slug}"`)
    return id
  }
  const idsOf = (collection: string, slugs: string[]) => slugs.map((slug) => idOf(collection, slug))

  async function upsert<T extends { slug: string }>(
    collection: CollectionSlug,
    items: T[],
    toData: (item: T) => Promise<Record<string, unknown>> | Record<string, unknown>,
  ): Promise<void> {
    let created = 0
    for (const item of items) {
      const existing = await payload.find({
        collection,
        where: { slug: { equals: item.slug } },
        limit: 1,
        depth: 0,
        draft: true,
        overrideAccess: true,
        pagination: false,
      })
      const found = existing.docs[0]
      if (found) {
        ids.set(key(collection, item.slug), found.id)
        continue
      }
      const doc = await payload.create({
        collection,
        data: { slug: item.slug, _status: 'published', ...(await toData(item)) } as never,
        overrideAccess: true,
        context: { seeding: true },
      })
      ids.set(key(collection, item.slug), doc.id)
      created += 1
    }
    report[collection] = created
    log(`${collection}: ${created} created, ${items.length - created} already present`)
  }

  const base = (item: { title: string; summary: string; publishedAt: string }) => ({
    title: item.title,
    summary: item.summary,
    publishedAt: new Date(item.publishedAt).toISOString(),
  })

  async function image(label: string, alt: string): Promise<string | number> {
    const doc = await payload.create({
      collection: 'media',
      data: { alt },
      file: { data: await placeholderImage(label), mimetype: 'image/png', name: `${label}.png`, size: 0 },
      overrideAccess: true,
    })
    return doc.id
  }

  /** A generated logo tile; the partner's name is its alt text. */
  async function logo(name: string, slug: string): Promise<string | number> {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: name },
      file: { data: await placeholderLogo(name), mimetype: 'image/png', name: `logo-${slug}.png`, size: 0 },
      overrideAccess: true,
    })
    return doc.id
  }

  /** A generated placeholder PDF for a publication; the real document replaces it in the CMS. */
  async function pdf(title: string, slug: string): Promise<string | number> {
    const data = placeholderPdf(title)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: title },
      file: { data, mimetype: 'application/pdf', name: `${slug}.pdf`, size: data.length },
      overrideAccess: true,
    })
    return doc.id
  }

  report.admin = (await ensureAdmin(payload)) ? 1 : 0

  await upsert('themes', themes, (item) => ({ title: item.title, summary: item.summary }))
  await upsert('advices', advices, (item) => ({ ...base(item), number: item.number, body: richText(item.body) }))
  await upsert('regions', regions, (item) => ({
    ...base(item),
    province: item.province,
    municipalities: item.municipalities,
    description: richText(item.description),
    approach: richText(item.approach),
    developmentPlan: richText(item.developmentPlan),
    learningGoals: item.learningGoals.map((goal) => ({ goal })),
    contacts: item.contacts,
    partners: item.partners,
    coordinates: { lat: item.lat, lng: item.lng },
    themes: idsOf('themes', item.themes),
  }))
  await upsert('partners', partners, async (item) => ({
    ...base(item),
    role: item.role,
    description: item.description,
    url: item.url,
    logo: await logo(item.title, item.slug),
  }))
  await upsert('practices', practices, (item) => ({
    ...base(item),
    body: richText(item.body),
    organisation: item.organisation,
    place: item.place,
    regions: idsOf('regions', item.regions),
    themes: idsOf('themes', item.themes),
    advices: item.advices.map((number) => idOf('advices', advices.find((advice) => advice.number === number)!.slug)),
    links: item.links,
    contact: item.contact,
  }))
  await upsert('experts', experts, (item) => ({
    ...base(item),
    role: item.role,
    organisation: item.organisation,
    themes: idsOf('themes', item.themes),
    regions: idsOf('regions', item.regions),
    bio: richText(item.bio),
    offers: item.offers,
    contact: { contactConsent: item.contactConsent, email: item.email, phone: item.phone },
  }))
  await upsert('news', news, async (item) => ({
    ...base(item),
    body: richText(item.body),
    themes: idsOf('themes', item.themes),
    regions: idsOf('regions', item.regions),
    relatedPractices: idsOf('practices', item.relatedPractices),
    inNewsletter: item.inNewsletter,
    heroImage: await image(item.heroLabel, item.heroAlt),
  }))
  await upsert('communities', communities, (item) => ({
    ...base(item),
    theme: idOf('themes', item.theme),
    description: richText(item.description),
    capacity: item.capacity,
    meetings: item.meetings.map((meeting) => ({ date: new Date(meeting.date).toISOString(), place: meeting.place })),
    facilitator: item.facilitator,
    status: item.status,
  }))
  await upsert('publications', publications, async (item) => ({
    ...base(item),
    kind: item.kind,
    date: new Date(item.date).toISOString(),
    file: await pdf(item.title, item.slug),
    body: richText(item.body),
    themes: idsOf('themes', item.themes),
    regions: idsOf('regions', item.regions),
    communities: idsOf('communities', item.communities),
  }))
  await upsert('events', events, (item) => ({
    ...base(item),
    startsAt: new Date(item.startsAt).toISOString(),
    startsAt_tz: 'Europe/Amsterdam',
    endsAt: new Date(item.endsAt).toISOString(),
    endsAt_tz: 'Europe/Amsterdam',
    kind: item.kind,
    location: item.location,
    onlineUrl: item.onlineUrl,
    registration: item.registration,
    registrationUrl: item.registrationUrl,
    capacity: item.capacity,
    body: richText(item.body),
    themes: idsOf('themes', item.themes),
    regions: idsOf('regions', item.regions),
  }))
  // Parents before children, so nested-docs can build the breadcrumbs.
  const orderedPages = [...pages].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)))
  await upsert('pages', orderedPages, (item) => ({
    ...base(item),
    parent: item.parent ? idOf('pages', item.parent) : undefined,
    layout: pageLayout(item),
  }))
  report['team-members'] = await seedTeam(payload, team)
  log(`team-members: ${report['team-members']} created, ${team.length - report['team-members']} already present`)
  report['shareholder-applications'] = await seedShareholders(payload, shareholders)
  log(`shareholder-applications: ${report['shareholder-applications']} examples created`)

  report.globals = await seedGlobals(payload, idsOf)
  log(`globals: ${report.globals} filled in`)
  // Last: the archive lists the news, practices and events above, under the seeded site name.
  report.newsletters = await seedEditions(payload, editions)
  log(`newsletters: ${report.newsletters} sent editions recorded for the archive (nobody mailed)`)
  return report
}

async function seedGlobals(payload: Payload, idsOf: (collection: string, slugs: string[]) => (string | number)[]) {
  let filled = 0
  const siteSettings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
  if (!siteSettings.tagline) {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: {
        siteName: settings.siteName,
        tagline: settings.tagline,
        contact: settings.contact,
        footerText: settings.footerText,
        socialLinks: settings.socialLinks,
        targets: settings.targets,
      },
      overrideAccess: true,
    })
    filled += 1
  }
  const navigation = await payload.findGlobal({ slug: 'navigation', overrideAccess: true })
  if (!navigation.mainMenu?.length) {
    await payload.updateGlobal({
      slug: 'navigation',
      data: { mainMenu: settings.mainMenu, footerMenu: settings.footerMenu },
      overrideAccess: true,
    })
    filled += 1
  }
  const home = await payload.findGlobal({ slug: 'home', overrideAccess: true })
  if (!home.heroTitle) {
    await payload.updateGlobal({
      slug: 'home',
      data: {
        heroTitle: settings.home.heroTitle,
        heroText: settings.home.heroText,
        heroCta: settings.home.heroCta,
        featuredPractices: idsOf('practices', settings.home.featuredPractices) as number[],
        featuredExperts: idsOf('experts', settings.home.featuredExperts) as number[],
      },
      overrideAccess: true,
    })
    filled += 1
  }
  return filled
}
