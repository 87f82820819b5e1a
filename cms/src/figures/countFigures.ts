import type { CollectionSlug, Payload, Where } from 'payload'
import { figureKeys, type FigureKey } from '@mao/shared/figures'
import { figureDefinitions } from './figureDefinitions'

export interface Figure {
  key: FigureKey
  label: string
  value: number
  target: number | null
}

const published: Where = { _status: { equals: 'published' } }

/** What each figure counts: only what is public, approved or actually registered. */
const counted: Record<FigureKey, { collection: CollectionSlug; where: Where }> = {
  shareholders: { collection: 'shareholder-applications', where: { status: { equals: 'approved' } } },
  regions: { collection: 'regions', where: published },
  practices: { collection: 'practices', where: published },
  ambassadors: { collection: 'experts', where: { and: [published, { ambassador: { equals: true } }] } },
  communityParticipants: {
    collection: 'registrations',
    where: { and: [{ status: { equals: 'registered' } }, { 'target.relationTo': { equals: 'communities' } }] },
  },
  editionsSent: { collection: 'newsletters', where: { status: { equals: 'sent' } } },
}

async function count(payload: Payload, { collection, where }: (typeof counted)[FigureKey]): Promise<number> {
  const { totalDocs } = await payload.count({ collection, where, overrideAccess: true })
  return totalDocs
}

/** Positive whole numbers only; anything else (an unset field) means "no target". */
const asTarget = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null

/** The network's live figures against the targets in the site settings: counts only, no documents. */
export async function countFigures(payload: Payload): Promise<Figure[]> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  const targets = settings.targets ?? {}
  return Promise.all(
    figureKeys.map(async (key) => ({
      key,
      label: figureDefinitions[key].label,
      value: await count(payload, counted[key]),
      target: asTarget(targets[key]),
    })),
  )
}
