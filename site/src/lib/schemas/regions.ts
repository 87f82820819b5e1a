import { z } from 'astro/zod'
import { connectorRoleOptions, optionValues, provinceOptions } from '@mao/shared/selectOptions'
import { contactPersonSchema, documentFields, relationIdsSchema, richTextSchema, stringListSchema } from './common'

/** A region contact; `connectorRole` marks the region's connectors (regioverbinder, coalitieverbinder). */
export const regionContactSchema = contactPersonSchema.extend({
  connectorRole: z.enum(optionValues(connectorRoleOptions)).nullish(),
})

export const regionSchema = z.object({
  ...documentFields,
  province: z.enum(optionValues(provinceOptions)),
  municipalities: stringListSchema,
  description: richTextSchema,
  approach: richTextSchema,
  developmentPlan: richTextSchema,
  learningGoals: z
    .array(z.object({ goal: z.string() }))
    .nullish()
    .transform((goals) => (goals ?? []).map(({ goal }) => goal.trim()).filter(Boolean)),
  contacts: z
    .array(regionContactSchema)
    .nullish()
    .transform((contacts) => contacts ?? []),
  partners: stringListSchema,
  coordinates: z.object({ lat: z.number().min(50.7).max(53.6), lng: z.number().min(3.3).max(7.3) }),
  themes: relationIdsSchema,
})

export type RegionContact = z.output<typeof regionContactSchema>
