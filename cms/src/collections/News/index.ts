import type { CollectionConfig } from 'payload'
import {
  contributedContentAccess,
  contributedContentHooks,
  createdByField,
  EDITOR_PUBLISH_BUTTON,
  reviewField,
} from '../../contributors'
import { contentVersions } from '../../access/contentAccess'
import { publishedAtField } from '../../fields/publishedAt'
import { richTextField } from '../../fields/richText'
import { slugField } from '../../fields/slug'
import { summaryField } from '../../fields/summary'
import { regionsField, themesField } from '../../fields/taxonomy'

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: 'Nieuwsbericht', plural: 'Nieuws' },
  access: contributedContentAccess,
  hooks: contributedContentHooks,
  versions: contentVersions,
  defaultSort: '-publishedAt',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', 'inNewsletter', '_status', 'review'],
    components: { edit: { PublishButton: EDITOR_PUBLISH_BUTTON } },
    group: 'Inhoud',
  },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    summaryField(),
    { name: 'heroImage', label: 'Beeld bovenaan', type: 'upload', relationTo: 'media' },
    richTextField('body', 'Tekst', true),
    {
      name: 'relatedPractices',
      label: 'Gerelateerde goede voorbeelden',
      type: 'relationship',
      relationTo: 'practices',
      hasMany: true,
    },
    slugField(),
    publishedAtField(),
    {
      name: 'inNewsletter',
      label: 'Opnemen in de nieuwsbrief',
      type: 'checkbox',
      defaultValue: true,
      admin: { position: 'sidebar' },
    },
    themesField(),
    regionsField(),
    reviewField(),
    createdByField(),
  ],
}
