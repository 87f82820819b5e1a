import type { RichTextField } from 'payload'
import {
  BlockquoteFeature,
  BlocksFeature,
  BoldFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  ItalicFeature,
  LinkFeature,
  lexicalEditor,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
  UploadFeature,
} from '@payloadcms/richtext-lexical'
import { validateHref } from './link'
import { videoBlock } from './videoBlock'

/** The body editor: headings (h2–h4), lists, links, images, quotes and videos. No raw HTML. */
export const bodyEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    BoldFeature(),
    ItalicFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    UnorderedListFeature(),
    OrderedListFeature(),
    BlockquoteFeature(),
    HorizontalRuleFeature(),
    LinkFeature({
      enabledCollections: ['pages', 'news', 'practices', 'experts', 'regions', 'communities', 'events'],
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          'name' in field && field.name === 'url'
            ? ({ ...field, validate: (value: unknown) => validateHref(value as string, false) } as typeof field)
            : field,
        ),
    }),
    UploadFeature({
      collections: { media: { fields: [{ name: 'caption', label: 'Bijschrift', type: 'text' }] } },
    }),
    BlocksFeature({ blocks: [videoBlock] }),
  ],
})

export const richTextField = (name: string, label: string, required = false): RichTextField => ({
  name,
  label,
  type: 'richText',
  required,
  editor: bodyEditor,
})
