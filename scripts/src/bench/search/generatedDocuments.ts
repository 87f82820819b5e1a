/**
 * Generated search documents for benchmarks: the same generator logic, vocabulary and random seed
 * as `pnpm seed --scale N` (scripts/src/seed/scale.ts: of every 10 documents 5 news items, 3
 * practices, 2 experts), turned directly into SearchDocuments, so no CMS is needed.
 */
import { plainText, richText } from '@mao/shared/lexical'
import { slugify } from '@mao/shared/slug'
import type { SearchDocument } from '@mao/shared/search/types'
import { pathFor } from '@mao/shared/urls'
import { regions as seedRegions } from '../../seed/content/regions'
import { themes as seedThemes } from '../../seed/content/themes'
import { body, generatedKind, paragraph, sentence, type GeneratedKind as Kind } from '../../seed/generatedText'
import { createRandom, type Random } from '../../seed/random'
import { actors, firstNames, lastNames, outcomes, places, roles, subjects, titlePatterns } from '../../seed/vocabulary'

function generate(
  kind: Kind,
  index: number,
  random: Random,
  themes: readonly string[],
  regions: readonly string[],
): SearchDocument {
  const place = random.pick(places)
  const subject = random.pick(subjects)
  const date = new Date(Date.UTC(2020, 0, 1) + random.int(0, 6 * 365) * 86_400_000).toISOString()
  const summary = `${sentence(random)} ${random.pick(outcomes)}`.slice(0, 300)
  const docThemes = random.sample(themes, random.int(1, 3))
  const docRegions = random.sample(regions, random.int(0, 2))
  if (kind === 'experts') {
    const name = `${random.pick(firstNames)} ${random.pick(lastNames)} (voorbeeld)`
    const slug = `${slugify(name)}-g${index}`
    const role = random.pick(roles)
    const organisation = `${random.pick(actors).replace(/^(De|Het|Een) /, '')} ${place}`
    const bio = plainText(
      richText([{ p: 'Dit is een gegenereerd voorbeeldprofiel voor tests.' }, { p: paragraph(random) }]),
    )
    random.sample([0, 1, 2], random.int(1, 3)) // offers: keeps the random sequence of scale.ts
    return {
      id: `expert:g${index}`,
      type: 'expert',
      title: name,
      headline: role,
      summary,
      body: bio,
      themes: docThemes,
      regions: docRegions,
      organisation,
      url: pathFor('experts', { slug }),
      date,
    }
  }
  const title = random.pick(titlePatterns)(subject, place)
  const slug = `${slugify(title)}-g${index}`
  const text = plainText(richText(body(random)))
  if (kind === 'practices') {
    const organisation = `${random.pick(actors).replace(/^(De|Het|Een) /, '')} ${place}`
    return {
      id: `practice:g${index}`,
      type: 'practice',
      title,
      summary,
      body: text,
      themes: docThemes,
      regions: docRegions,
      organisation,
      places: [place],
      url: pathFor('practices', { slug }),
      date,
    }
  }
  return {
    id: `news:g${index}`,
    type: 'news',
    title,
    summary,
    body: text,
    themes: docThemes,
    regions: docRegions,
    url: pathFor('news', { slug }),
    date,
  }
}

/** `count` generated documents, deterministic (the same count gives the same documents). */
export function generatedSearchDocuments(count: number): SearchDocument[] {
  const random = createRandom(20_200_415)
  const themes = seedThemes.map((theme) => theme.title)
  const regions = seedRegions.map((region) => region.title)
  return Array.from({ length: count }, (_, index) => generate(generatedKind(index), index, random, themes, regions))
}
