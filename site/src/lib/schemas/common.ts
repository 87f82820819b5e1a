import { z } from 'astro/zod'
import { isValidSlug } from '@mao/shared/slug'
import { compactLexical } from '../richtext/compactLexical'

/** Payload ids are numbers on SQLite and strings on MongoDB; the site uses strings. */
export const idSchema = z.union([z.number(), z.string().min(1)]).transform(String)

const idOf = (item: number | string | { id: number | string }): string =>
  typeof item === 'object' ? String(item.id) : String(item)

const relationItem = z.union([z.number(), z.string(), z.object({ id: z.union([z.number(), z.string()]) })])

/**
 * A hasMany relationship, populated or not, reduced to ids. Documents the anonymous API did
 * not populate (drafts) stay ids and are dropped later when they are not in the published set.
 */
export const relationIdsSchema = z
  .array(relationItem)
  .nullish()
  .transform((items) => (items ?? []).map(idOf))

export const relationIdSchema = relationItem.nullish().transform((item) => (item == null ? null : idOf(item)))

const imageSizeSchema = z.object({
  url: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
})

export const mediaSchema = z.object({
  id: idSchema,
  alt: z
    .string()
    .nullish()
    .transform((alt) => alt ?? ''),
  decorative: z.boolean().nullish(),
  caption: z.string().nullish(),
  credit: z.string().nullish(),
  url: z.string().nullish(),
  filename: z.string().nullish(),
  mimeType: z.string().nullish(),
  filesize: z.number().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  focalX: z.number().nullish(),
  focalY: z.number().nullish(),
  /** Saved with every change to the file or its crops: the version in the URL the build fetches. */
  updatedAt: z.string().nullish(),
  sizes: z
    .object({
      thumbnail: imageSizeSchema.nullish(),
      card: imageSizeSchema.nullish(),
      hero: imageSizeSchema.nullish(),
      portrait: imageSizeSchema.nullish(),
      content: imageSizeSchema.nullish(),
      og: imageSizeSchema.nullish(),
    })
    .partial()
    .nullish(),
})

export type MediaDoc = z.output<typeof mediaSchema>

/** An upload field: the populated media document, or null when it is missing or not populated. */
export const mediaRefSchema = z
  .union([mediaSchema, z.number(), z.string(), z.null()])
  .nullish()
  .transform((value) => (value && typeof value === 'object' ? value : null))

export interface RichTextValue {
  root: { type?: string; children: unknown[]; [key: string]: unknown }
  [key: string]: unknown
}

/**
 * Lexical JSON, checked for its outer shape (the renderer copes with any node inside) and
 * stripped of editor-only keys (`compactLexical`) to keep the content held during the build small.
 */
export const richTextSchema = z
  .custom<RichTextValue>(
    (value) =>
      value == null ||
      (typeof value === 'object' && Array.isArray((value as { root?: { children?: unknown } }).root?.children)),
    { message: 'Rich text must be Lexical JSON with root.children' },
  )
  .nullish()
  .transform((value) => (value ? compactLexical(value) : null))

const seoMetaSchema = z
  .object({ title: z.string().nullish(), description: z.string().nullish(), image: mediaRefSchema })
  .nullish()
  .transform((meta) => meta ?? { title: null, description: null, image: null })

const slugSchema = z.string().refine(isValidSlug, { message: 'Slug must be lowercase letters, digits and hyphens' })

/** Only published documents may ever reach a page: anything else fails the build. */
export const publishedSchema = z.literal('published', {
  message: 'Only published documents may be built into the site',
})

/** Fields every routed content document shares. */
export const documentFields = {
  id: idSchema,
  title: z.string().min(1),
  summary: z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
  slug: slugSchema,
  publishedAt: z.string().nullish(),
  updatedAt: z.string(),
  createdAt: z.string(),
  _status: publishedSchema,
  meta: seoMetaSchema,
}

export const linkSchema = z.object({ label: z.string().nullish(), url: z.string().nullish() })

/** A contact person; name and details are only present when the person consented (field access). */
export const contactPersonSchema = z.object({
  name: z.string().nullish(),
  role: z.string().nullish(),
  organisation: z.string().nullish(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
})

export const stringListSchema = z
  .array(z.string())
  .nullish()
  .transform((items) => (items ?? []).filter((item) => item.trim() !== ''))
