import type { CollectionSlug, Payload } from 'payload'
import { richText } from '@mao/shared/lexical'
import { expertOfferOptions, optionValues } from '@mao/shared/selectOptions'
import { slugify } from '@mao/shared/slug'
import { body, generatedKind, paragraph, sentence, type GeneratedKind as Kind } from './generatedText'
import { createRandom, type Random } from './random'
import { actors, firstNames, lastNames, outcomes, places, roles, subjects, titlePatterns } from './vocabulary'

function documentFor(
  kind: Kind,
  index: number,
  random: Random,
  themes: (string | number)[],
  regions: (string | number)[],
) {
  const place = random.pick(places)
  const subject = random.pick(subjects)
  const publishedAt = new Date(Date.UTC(2020, 0, 1) + random.int(0, 6 * 365) * 86_400_000).toISOString()
  const common = {
    summary: `${sentence(random)} ${random.pick(outcomes)}`.slice(0, 300),
    publishedAt,
    themes: random.sample(themes, random.int(1, 3)),
    regions: random.sample(regions, random.int(0, 2)),
    _status: 'published' as const,
  }
  if (kind === 'experts') {
    const name = `${random.pick(firstNames)} ${random.pick(lastNames)} (voorbeeld)`
    return {
      ...common,
      title: name,
      slug: `${slugify(name)}-g${index}`,
      role: random.pick(roles),
      organisation: `${random.pick(actors).replace(/^(De|Het|Een) /, '')} ${place}`,
      bio: richText([{ p: 'Dit is een gegenereerd voorbeeldprofiel voor tests.' }, { p: paragraph(random) }]),
      offers: random.sample(optionValues(expertOfferOptions), random.int(1, 3)),
      contact: { contactConsent: false },
    }
  }
  const title = random.pick(titlePatterns)(subject, place)
  return {
    ...common,
    title,
    slug: `${slugify(title)}-g${index}`,
    body: richText(body(random)),
    ...(kind === 'practices'
      ? { organisation: `${random.pick(actors).replace(/^(De|Het|Een) /, '')} ${place}`, place }
      : {}),
  }
}

/**
 * Adds `count` generated, realistic Dutch documents for benchmarks. Deterministic: the same count
 * gives the same documents, and documents already present (by slug) are skipped.
 */
export async function seedScale(
  payload: Payload,
  count: number,
  log: (message: string) => void = () => {},
): Promise<number> {
  const random = createRandom(20_200_415)
  const idsOf = async (collection: CollectionSlug) =>
    (await payload.find({ collection, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs.map(
      (doc) => doc.id,
    )
  const [themes, regions] = await Promise.all([idsOf('themes'), idsOf('regions')])
  const started = Date.now()
  let created = 0
  let lastReported = -1
  for (let index = 0; index < count; index += 1) {
    const kind = generatedKind(index)
    const data = documentFor(kind, index, random, themes, regions)
    const exists = await payload.count({
      collection: kind,
      where: { slug: { equals: data.slug } },
      overrideAccess: true,
    })
    if (exists.totalDocs === 0) {
      await payload.create({ collection: kind, data: data as never, overrideAccess: true, context: { seeding: true } })
      created += 1
    }
    const percent = Math.floor(((index + 1) / count) * 20) * 5
    if (percent !== lastReported) {
      lastReported = percent
      const seconds = (Date.now() - started) / 1000
      log(
        `scale: ${index + 1}/${count} (${percent}%), ${created} created, ${Math.round((index + 1) / Math.max(seconds, 0.001))} docs/s`,
      )
    }
  }
  return created
}
