import { z } from 'astro/zod'
import { optionValues, publicationKindOptions } from '@mao/shared/selectOptions'
import { isReservedSlug } from '../content/paths'
import { documentFields, mediaRefSchema, relationIdsSchema, richTextSchema } from './common'

export const publicationSchema = z.object({
  ...documentFields,
  slug: documentFields.slug.refine((slug) => !isReservedSlug('publications', slug), {
    message: 'This slug is used by the filter pages under /publicaties; give the publication another slug',
  }),
  kind: z.enum(optionValues(publicationKindOptions)),
  date: z.string(),
  /** Null when the PDF is missing or not populated: the page then offers no download. */
  file: mediaRefSchema,
  body: richTextSchema,
  communities: relationIdsSchema,
  themes: relationIdsSchema,
  regions: relationIdsSchema,
})
