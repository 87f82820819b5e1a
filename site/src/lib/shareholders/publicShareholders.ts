import { z } from 'astro/zod'
import { optionValues, provinceOptions, sectorOptions } from '@mao/shared/selectOptions'

/**
 * The CMS's `GET /api/shareholder-applications/public`: the number of approved aandeelhouders
 * and the approved organisations that agreed to be named. Nothing else (no people, no addresses).
 */
export const publicShareholdersSchema = z.object({
  count: z.number().int().nonnegative(),
  organisations: z.array(
    z.object({
      name: z.string().trim().min(1),
      sector: z.enum(optionValues(sectorOptions)),
      province: z.enum(optionValues(provinceOptions)).nullable(),
    }),
  ),
})

export type PublicShareholders = z.output<typeof publicShareholdersSchema>
export type PublicShareholder = PublicShareholders['organisations'][number]
