import { z } from 'astro/zod'
import { communityStatusOptions, optionValues } from '@mao/shared/selectOptions'
import { documentFields, relationIdSchema, richTextSchema } from './common'

export const communitySchema = z.object({
  ...documentFields,
  theme: relationIdSchema,
  description: richTextSchema,
  capacity: z.number().nullish(),
  status: z.enum(optionValues(communityStatusOptions)),
  facilitator: z.string().nullish(),
  meetings: z
    .array(z.object({ date: z.string(), place: z.string() }))
    .nullish()
    .transform((meetings) => meetings ?? []),
})
