import { z } from 'astro/zod'
import { optionValues, partnerRoleOptions } from '@mao/shared/selectOptions'
import { idSchema, mediaRefSchema, publishedSchema } from './common'

/** Partners have no page of their own: `/partners` lists them by role, with a link to their website. */
export const partnerSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  summary: z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
  role: z.enum(optionValues(partnerRoleOptions)),
  description: z
    .string()
    .nullish()
    .transform((value) => value?.trim() ?? ''),
  logo: mediaRefSchema,
  url: z.string(),
  _status: publishedSchema,
})
