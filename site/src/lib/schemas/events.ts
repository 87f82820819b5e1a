import { z } from 'astro/zod'
import { eventKindOptions, eventRegistrationOptions, optionValues } from '@mao/shared/selectOptions'
import { documentFields, relationIdsSchema, richTextSchema } from './common'

const isoDate = z.string().refine((value) => !Number.isNaN(Date.parse(value)), { message: 'Not a valid date' })

export const eventSchema = z.object({
  ...documentFields,
  startsAt: isoDate,
  endsAt: isoDate,
  kind: z.enum(optionValues(eventKindOptions)),
  location: z.string().nullish(),
  onlineUrl: z.string().nullish(),
  /** How people sign up; documents from before the choice existed have none (then the URL decides). */
  registration: z.enum(optionValues(eventRegistrationOptions)).nullish(),
  registrationUrl: z.string().nullish(),
  body: richTextSchema,
  themes: relationIdsSchema,
  regions: relationIdsSchema,
})
