import { z } from 'astro/zod'
import { optionValues, participationFormOptions, teamGroupOptions } from '@mao/shared/selectOptions'
import { documentFields, linkSchema, mediaRefSchema, relationIdSchema, richTextSchema } from './common'

const richTextBlock = z.object({ blockType: z.literal('richText'), id: z.string().nullish(), content: richTextSchema })

const callToActionBlock = z.object({
  blockType: z.literal('callToAction'),
  id: z.string().nullish(),
  heading: z.string(),
  text: z.string().nullish(),
  link: linkSchema.nullish(),
})

const mediaBlock = z.object({
  blockType: z.literal('mediaBlock'),
  id: z.string().nullish(),
  media: mediaRefSchema,
  caption: z.string().nullish(),
})

const latestListBlock = z.object({
  blockType: z.literal('latestList'),
  id: z.string().nullish(),
  heading: z.string().nullish(),
  collection: z.enum(['news', 'practices', 'experts']),
  limit: z.number().int().min(1).max(12).default(3),
})

/** One of the public forms (PublicForm); the page shows it at `#formulier`. */
const participationFormBlock = z.object({
  blockType: z.literal('participationForm'),
  id: z.string().nullish(),
  form: z.enum(optionValues(participationFormOptions)),
})

/** The programme team (the chosen groups) and, if asked, the office's general contact details. */
const teamBlock = z.object({
  blockType: z.literal('team'),
  id: z.string().nullish(),
  heading: z.string(),
  groups: z.array(z.enum(optionValues(teamGroupOptions))),
  showOfficeContact: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
})

/** A block type this site does not know yet is kept as `unknown` and rendered as nothing. */
const knownBlockTypes = ['richText', 'callToAction', 'mediaBlock', 'latestList', 'participationForm', 'team']
const unknownBlock = z
  .object({ blockType: z.string().refine((type) => !knownBlockTypes.includes(type)) })
  .transform(({ blockType }) => ({ blockType: 'unknown' as const, original: blockType }))

const pageBlockSchema = z.union([
  richTextBlock,
  callToActionBlock,
  mediaBlock,
  latestListBlock,
  participationFormBlock,
  teamBlock,
  unknownBlock,
])

export const pageSchema = z.object({
  ...documentFields,
  layout: z
    .array(pageBlockSchema)
    .nullish()
    .transform((blocks) => blocks ?? []),
  parent: relationIdSchema,
  breadcrumbs: z
    .array(z.object({ url: z.string().nullish(), label: z.string().nullish(), doc: relationIdSchema }))
    .nullish()
    .transform((crumbs) => crumbs ?? []),
})
