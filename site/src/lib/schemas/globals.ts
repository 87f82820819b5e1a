import { z } from 'astro/zod'
import { linkSchema, mediaRefSchema, relationIdsSchema } from './common'

const menuSchema = z
  .array(linkSchema)
  .nullish()
  .transform((items) => items ?? [])

export const siteSettingsSchema = z.object({
  siteName: z
    .string()
    .nullish()
    .transform((value) => value?.trim() || 'Met Andere Ogen'),
  tagline: z.string().nullish(),
  contact: z
    .object({ email: z.string().nullish(), phone: z.string().nullish(), address: z.string().nullish() })
    .nullish()
    .transform((contact) => contact ?? {}),
  footerText: z.string().nullish(),
})

export const navigationSchema = z.object({ mainMenu: menuSchema, footerMenu: menuSchema })

/** The home global may never have been saved: every field is optional and falls back at render. */
export const homeSchema = z.object({
  heroTitle: z.string().nullish(),
  heroText: z.string().nullish(),
  heroCta: linkSchema.nullish(),
  heroImage: mediaRefSchema,
  featuredPractices: relationIdsSchema,
  featuredExperts: relationIdsSchema,
})
