import type { z } from 'astro/zod'
import type { Config } from '@mao/shared/payload-types'
import type { SiteCollections, SiteGlobals } from '../collections'

/**
 * Compile-time link between the generated Payload types and the zod schemas: every document
 * the REST API can return for a published document of a site collection, and every global,
 * must be valid schema input. When a field is renamed or retyped in the CMS, `astro check`
 * fails here (naming the collection) instead of the site silently losing the field.
 */
type Published<Doc> = Omit<Doc, '_status' | 'slug'> & { _status: 'published' } & ('slug' extends keyof Doc
    ? { slug: string }
    : unknown)

type Accepts<Schema extends z.ZodType, Doc> = [Doc] extends [z.input<Schema>] ? true : false

type AllTrue<Checks extends Record<string, true>> = Checks

export type PayloadTypesFitSchemas = AllTrue<
  {
    [Slug in keyof SiteCollections]: Accepts<SiteCollections[Slug]['schema'], Published<Config['collections'][Slug]>>
  } & {
    [Name in keyof SiteGlobals]: Accepts<SiteGlobals[Name]['schema'], Config['globals'][SiteGlobals[Name]['slug']]>
  }
>
