import { z } from 'astro/zod'
import { documentFields, relationIdsSchema, richTextSchema } from './common'

export const eventKinds = ['meeting', 'community', 'webinar', 'conference', 'worksession'] as const

const isoDate = z.string().refine((value) => !Number.isNaN(Date.parse(value)), { message: 'Not a valid date' })

export const eventSchema = z.object({
  ...documentFields,
  startsAt: isoDate,
  endsAt: isoDate,
  kind: z.enum(eventKinds),
  location: z.string().nullish(),
  onlineUrl: z.string().nullish(),
  registrationUrl: z.string().nullish(),
  body: richTextSchema,
  themes: relationIdsSchema,
  regions: relationIdsSchema,
})
