import { z } from 'astro/zod'
import { documentFields, relationIdSchema, richTextSchema } from './common'

export const communityStatuses = ['open', 'full', 'closed'] as const

export const communitySchema = z.object({
  ...documentFields,
  theme: relationIdSchema,
  description: richTextSchema,
  capacity: z.number().nullish(),
  status: z.enum(communityStatuses),
  facilitator: z.string().nullish(),
  meetings: z
    .array(z.object({ date: z.string(), place: z.string() }))
    .nullish()
    .transform((meetings) => meetings ?? []),
})
