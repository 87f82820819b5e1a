import { z } from 'astro/zod'
import { documentFields, richTextSchema } from './common'

export const adviceSchema = z.object({ ...documentFields, number: z.number().int(), body: richTextSchema })
