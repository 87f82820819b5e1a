import { formatDate, formatTimeRange } from '@mao/shared/dates'
import { eventKindLabels } from '@mao/shared/selectOptions'
import type { Availability } from '../forms/availability'
import { registrationFact } from '../forms/registrationView'
import type { EventDoc, ExpertDoc, NewsDoc, PracticeDoc } from './types'

const join = (...parts: (string | null | undefined)[]): string | null => {
  const text = parts.filter((part): part is string => Boolean(part?.trim())).join(' · ')
  return text || null
}

export const newsMeta = (doc: NewsDoc): string | null => join(doc.publishedAt ? formatDate(doc.publishedAt) : null)

export const practiceMeta = (doc: PracticeDoc): string | null => join(doc.organisation, doc.place)

export const expertMeta = (doc: ExpertDoc): string | null => join(doc.role, doc.organisation)

export const eventMeta = (doc: EventDoc): string | null =>
  join(
    formatTimeRange(doc.startsAt, doc.endsAt),
    eventKindLabels[doc.kind],
    doc.location ?? (doc.onlineUrl ? 'Online' : null),
  )

/** A community's card says what its page says: the registration engine's state, not the editor's switch. */
export const communityMeta = (availability: Availability | undefined, themeTitle?: string | null): string | null =>
  join(registrationFact(availability), themeTitle)
