import { z } from 'astro/zod'
import { figureKeys } from '@mao/shared/figures'

const figureSchema = z.object({
  key: z.enum(figureKeys),
  label: z.string().min(1),
  value: z.number().int().nonnegative(),
  target: z.number().int().positive().nullable(),
})

export const figuresAnswerSchema = z.object({ figures: z.array(figureSchema) })

export type Figure = z.infer<typeof figureSchema>
