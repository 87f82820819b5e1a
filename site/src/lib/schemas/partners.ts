import { z } from 'astro/zod'
import { idSchema, mediaRefSchema, publishedSchema } from './common'

/** Coalition partners have no page of their own: they are shown with a link to their website. */
export const partnerSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  summary: z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
  logo: mediaRefSchema,
  url: z.string(),
  _status: publishedSchema,
})
