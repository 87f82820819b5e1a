import type { RichBlock } from '@mao/shared/lexical'
import type { Random } from './random'
import { actors, capitalise, outcomes, places, subjects, verbs } from './vocabulary'

export type GeneratedKind = 'news' | 'practices' | 'experts'

/** Of every 10 generated documents: 5 news items, 3 practices, 2 experts. */
const KINDS: readonly GeneratedKind[] = [
  'news',
  'news',
  'news',
  'news',
  'news',
  'practices',
  'practices',
  'practices',
  'experts',
  'experts',
]

export const generatedKind = (index: number): GeneratedKind => KINDS[index % KINDS.length]!

/** Generated Dutch text for benchmark documents, shared by `seed --scale` and the search bench. */
export function sentence(random: Random): string {
  return `${random.pick(actors)} in ${random.pick(places)} ${random.pick(verbs)} ${random.pick(subjects)}.`
}

export function paragraph(random: Random): string {
  const sentences = Array.from({ length: random.int(4, 7) }, () => sentence(random))
  sentences.push(random.pick(outcomes))
  return sentences.join(' ')
}

export function body(random: Random): RichBlock[] {
  const blocks: RichBlock[] = []
  for (let section = 0; section < random.int(2, 3); section += 1) {
    blocks.push({ h2: capitalise(random.pick(subjects)) })
    blocks.push({ p: paragraph(random) }, { p: paragraph(random) })
  }
  blocks.push({ ul: [random.pick(outcomes), random.pick(outcomes), random.pick(outcomes)] })
  return blocks
}
