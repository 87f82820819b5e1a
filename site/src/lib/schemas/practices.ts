import { z } from 'astro/zod'
import {
  contactPersonSchema,
  documentFields,
  linkSchema,
  mediaRefSchema,
  relationIdsSchema,
  richTextSchema,
} from './common'

export const practiceSchema = z.object({
  ...documentFields,
  organisation: z.string().nullish(),
  place: z.string().nullish(),
  heroImage: mediaRefSchema,
  body: richTextSchema,
  advices: relationIdsSchema,
  links: z
    .array(linkSchema)
    .nullish()
    .transform((links) => links ?? []),
  files: z
    .array(mediaRefSchema)
    .nullish()
    .transform((files) => (files ?? []).filter((file) => file !== null)),
  contact: contactPersonSchema.nullish(),
  themes: relationIdsSchema,
  regions: relationIdsSchema,
})
