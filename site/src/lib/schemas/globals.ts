import { z } from 'astro/zod'
import { shareholderCtaDefaults } from '@mao/shared/homeDefaults'
import { optionValues, socialPlatformOptions } from '@mao/shared/selectOptions'
import { isSafeHref } from '@mao/shared/urls'
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
  /** Only absolute web addresses are kept: an account lives on another site. */
  socialLinks: z
    .array(z.object({ platform: z.enum(optionValues(socialPlatformOptions)), url: z.string() }))
    .nullish()
    .transform((links) =>
      (links ?? [])
        .map(({ platform, url }) => ({ platform, url: url.trim() }))
        .filter(({ url }) => isSafeHref(url) && /^https?:\/\//i.test(url)),
    ),
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
  /** Empty fields (or a global saved before they existed) fall back to the defaults the CMS offers. */
  shareholderCta: z
    .object({ heading: z.string().nullish(), text: z.string().nullish() })
    .nullish()
    .transform((cta) => ({
      heading: cta?.heading?.trim() || shareholderCtaDefaults.heading,
      text: cta?.text?.trim() || shareholderCtaDefaults.text,
    })),
})
