import type { Payload } from 'payload'
import { richText } from '@mao/shared/lexical'
import { addNewsletterFixtures } from './newsletterFixtures'

/** Strings that must never appear in the built site. */
export const NEVER_PUBLISHED = {
  draftTitle: 'Conceptbericht-dat-nooit-online-mag',
  draftRevisionTitle: 'Nieuwe-conceptversie-nog-niet-gepubliceerd',
  hiddenContactName: 'Geheime Contactpersoon Zonder Toestemming',
  hiddenExpertEmail: 'verborgen-expert@example.org',
  hiddenTeamMemberName: 'Teamlid-Zonder-Toestemming',
  hiddenTeamMemberEmail: 'verborgen-teamlid@example.org',
}

export const HOSTILE = {
  title: '<script>alert("titel")</script> Bericht met <b>opmaak</b> in de titel',
  summary: 'Samenvatting met <img src=x onerror=alert(1)> erin',
  jsHref: 'javascript:alert(document.cookie)',
  slug: 'bericht-met-opmaak-in-de-titel',
}

export const MINIMAL = {
  practice: 'minimaal-voorbeeld',
  expert: 'minimale-expert',
  region: 'minimale-regio',
  event: 'minimale-activiteit',
  community: 'minimale-community',
  news: 'minimaal-bericht',
  page: 'minimale-pagina',
}

export interface SiteFixtures {
  revisedNewsSlug: string
  linkingNewsSlug: string
  draftNewsSlug: string
}

const create = (
  payload: Payload,
  collection: Parameters<Payload['create']>[0]['collection'],
  data: Record<string, unknown>,
) => payload.create({ collection, data: data as never, overrideAccess: true })

/**
 * Documents that exercise the site's edge cases on top of the normal seed: drafts, a published
 * document with a newer draft, hostile text, documents with only the required fields, and
 * contact details (a team member's among them) without consent.
 */
export async function addSiteFixtures(payload: Payload): Promise<SiteFixtures> {
  const body = richText([{ p: 'Tekst.' }])

  const draft = await create(payload, 'news', {
    title: NEVER_PUBLISHED.draftTitle,
    slug: 'concept-bericht',
    summary: 'Nog niet klaar.',
    body,
    _status: 'draft',
  })

  const revised = await create(payload, 'news', {
    title: 'Gepubliceerde versie van een bericht',
    slug: 'gepubliceerde-versie',
    summary: 'Dit is de versie die online staat.',
    body,
    _status: 'published',
  })
  await payload.update({
    collection: 'news',
    id: revised.id,
    data: { title: NEVER_PUBLISHED.draftRevisionTitle, _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })

  const hostile = await create(payload, 'news', {
    title: HOSTILE.title,
    slug: HOSTILE.slug,
    summary: HOSTILE.summary,
    body: richText([
      { p: 'Een [gewone link](https://example.org) en een [foute link](https://example.org/vervangen).' },
    ]),
    _status: 'published',
  })
  // The CMS refuses javascript: links through validation, so write one straight into the
  // database, as an old or imported document might contain it.
  const hostileBody = richText([
    { p: 'Een [gewone link](https://example.org) en een [foute link](https://example.org/vervangen).' },
  ])
  const serialized = JSON.stringify(hostileBody).replace('https://example.org/vervangen', HOSTILE.jsHref)
  await payload.db.updateOne({
    collection: 'news',
    id: hostile.id,
    data: { body: JSON.parse(serialized) },
    req: {} as never,
  })

  await create(payload, 'news', {
    title: 'Bericht met interne links',
    slug: 'bericht-met-interne-links',
    summary: 'Links naar een gepubliceerd en een niet gepubliceerd bericht.',
    body: {
      root: {
        type: 'root',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            textFormat: 0,
            children: [
              internalLink('news', revised.id, 'link naar gepubliceerd bericht'),
              { type: 'text', text: ' en ', version: 1, format: 0, detail: 0, mode: 'normal', style: '' },
              internalLink('news', draft.id, 'link naar concept'),
            ],
          },
        ],
      },
    },
    _status: 'published',
  })

  const region = await create(payload, 'regions', {
    title: 'Minimale regio',
    slug: MINIMAL.region,
    summary: 'Alleen verplichte velden.',
    province: 'utrecht',
    coordinates: { lat: 52.09, lng: 5.12 },
    contacts: [{ name: NEVER_PUBLISHED.hiddenContactName, email: 'geheim@example.org', publishConsent: false }],
    _status: 'published',
  })
  await create(payload, 'practices', {
    title: 'Minimaal voorbeeld',
    slug: MINIMAL.practice,
    summary: 'Alleen verplichte velden.',
    body,
    regions: [region.id],
    contact: { name: NEVER_PUBLISHED.hiddenContactName, publishConsent: false },
    _status: 'published',
  })
  await create(payload, 'experts', {
    title: 'Minimale expert',
    slug: MINIMAL.expert,
    summary: 'Alleen verplichte velden.',
    contact: { contactConsent: false, email: NEVER_PUBLISHED.hiddenExpertEmail },
    _status: 'published',
  })
  await create(payload, 'events', {
    title: 'Minimale activiteit',
    slug: MINIMAL.event,
    summary: 'Alleen verplichte velden.',
    startsAt: '2030-03-12T12:30:00.000Z',
    startsAt_tz: 'Europe/Amsterdam',
    endsAt: '2030-03-12T15:00:00.000Z',
    endsAt_tz: 'Europe/Amsterdam',
    kind: 'webinar',
    location: 'Utrecht',
    _status: 'published',
  })
  await create(payload, 'communities', {
    title: 'Minimale community',
    slug: MINIMAL.community,
    summary: 'Alleen verplichte velden.',
    capacity: 15,
    status: 'open',
    _status: 'published',
  })
  await create(payload, 'news', {
    title: 'Minimaal bericht',
    slug: MINIMAL.news,
    summary: 'Kort.',
    body,
    _status: 'published',
  })
  await create(payload, 'pages', {
    title: 'Minimale pagina',
    slug: MINIMAL.page,
    summary: 'Alleen verplichte velden.',
    layout: [{ blockType: 'richText', content: body }],
    _status: 'published',
  })
  await create(payload, 'team-members', {
    name: NEVER_PUBLISHED.hiddenTeamMemberName,
    email: NEVER_PUBLISHED.hiddenTeamMemberEmail,
    publishConsent: false,
    group: 'office',
    _status: 'published',
  })
  // A sent edition, so the newsletter archive pages are built and checked too.
  await addNewsletterFixtures(payload)

  return {
    revisedNewsSlug: 'gepubliceerde-versie',
    linkingNewsSlug: 'bericht-met-interne-links',
    draftNewsSlug: 'concept-bericht',
  }
}

function internalLink(relationTo: string, id: number | string, text: string) {
  return {
    type: 'link',
    version: 3,
    direction: 'ltr',
    format: '',
    indent: 0,
    fields: { linkType: 'internal', newTab: false, doc: { relationTo, value: id } },
    children: [{ type: 'text', text, version: 1, format: 0, detail: 0, mode: 'normal', style: '' }],
  }
}
