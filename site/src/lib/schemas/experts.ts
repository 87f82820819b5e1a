import { z } from 'astro/zod'
import { documentFields, mediaRefSchema, relationIdsSchema, richTextSchema } from './common'

export const expertOffers = ['presentation', 'workshop', 'advice'] as const

export const expertSchema = z.object({
  ...documentFields,
  role: z.string().nullish(),
  organisation: z.string().nullish(),
  photo: mediaRefSchema,
  bio: richTextSchema,
  offers: z
    .array(z.enum(expertOffers))
    .nullish()
    .transform((offers) => offers ?? []),
  contact: z
    .object({ email: z.string().nullish(), phone: z.string().nullish(), website: z.string().nullish() })
    .nullish(),
  themes: relationIdsSchema,
  regions: relationIdsSchema,
})
