import { z } from 'astro/zod'
import { expertOfferOptions, optionValues } from '@mao/shared/selectOptions'
import { documentFields, mediaRefSchema, relationIdsSchema, richTextSchema } from './common'

export const expertSchema = z.object({
  ...documentFields,
  role: z.string().nullish(),
  organisation: z.string().nullish(),
  photo: mediaRefSchema,
  bio: richTextSchema,
  offers: z
    .array(z.enum(optionValues(expertOfferOptions)))
    .nullish()
    .transform((offers) => offers ?? []),
  contact: z
    .object({ email: z.string().nullish(), phone: z.string().nullish(), website: z.string().nullish() })
    .nullish(),
  themes: relationIdsSchema,
  regions: relationIdsSchema,
})
