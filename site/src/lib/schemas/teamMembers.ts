import { z } from 'astro/zod'
import { optionValues, teamGroupOptions } from '@mao/shared/selectOptions'
import { idSchema, mediaRefSchema, publishedSchema } from './common'

/**
 * A member of the programme team. Name, role, organisation, contact details and photo reach the
 * site only when the person consented (field access in the CMS); without consent the anonymous
 * API returns the member without them, and the team block leaves the member out.
 */
export const teamMemberSchema = z.object({
  id: idSchema,
  name: z.string().nullish(),
  role: z.string().nullish(),
  organisation: z.string().nullish(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  publishConsent: z.boolean().nullish(),
  group: z.enum(optionValues(teamGroupOptions)),
  photo: mediaRefSchema,
  order: z
    .number()
    .nullish()
    .transform((value) => value ?? 0),
  _status: publishedSchema,
})
