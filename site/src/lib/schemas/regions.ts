import { z } from 'astro/zod'
import { optionValues, provinceOptions } from '@mao/shared/selectOptions'
import { contactPersonSchema, documentFields, relationIdsSchema, richTextSchema, stringListSchema } from './common'

export const regionSchema = z.object({
  ...documentFields,
  province: z.enum(optionValues(provinceOptions)),
  municipalities: stringListSchema,
  description: richTextSchema,
  approach: richTextSchema,
  contacts: z
    .array(contactPersonSchema)
    .nullish()
    .transform((contacts) => contacts ?? []),
  partners: stringListSchema,
  coordinates: z.object({ lat: z.number().min(50.7).max(53.6), lng: z.number().min(3.3).max(7.3) }),
  themes: relationIdsSchema,
})
