import { z } from 'astro/zod'

/** The figures of "Beweging in cijfers" (GET /api/figures), in the CMS's order. */
export const figureKeys = [
  'shareholders',
  'regions',
  'practices',
  'ambassadors',
  'communityParticipants',
  'editionsSent',
] as const

export type FigureKey = (typeof figureKeys)[number]

const figureSchema = z.object({
  key: z.enum(figureKeys),
  label: z.string().min(1),
  value: z.number().int().nonnegative(),
  target: z.number().int().positive().nullable(),
})

export const figuresAnswerSchema = z.object({ figures: z.array(figureSchema) })

export type Figure = z.infer<typeof figureSchema>
