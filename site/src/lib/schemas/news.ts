import { z } from 'astro/zod'
import { documentFields, mediaRefSchema, relationIdsSchema, richTextSchema } from './common'

export const newsSchema = z.object({
  ...documentFields,
  heroImage: mediaRefSchema,
  body: richTextSchema,
  relatedPractices: relationIdsSchema,
  themes: relationIdsSchema,
  regions: relationIdsSchema,
})
