import { z } from 'astro/zod'
import { documentFields } from './common'

export const themeSchema = z.object({ ...documentFields })
