import type { CollectionConfig } from 'payload'
import {
  contributedContentAccess,
  contributedContentHooks,
  createdByField,
  EDITOR_PUBLISH_BUTTON,
  reviewField,
} from '../../contributors'
import { contentVersions } from '../../access/contentAccess'
import { submissionField } from '../../contact'
import { contactPersonFields } from '../../fields/contactPerson'
import { linkFields } from '../../fields/link'
import { publishedAtField } from '../../fields/publishedAt'
import { richTextField } from '../../fields/richText'
import { slugField } from '../../fields/slug'
import { summaryField } from '../../fields/summary'
import { regionsField, themesField } from '../../fields/taxonomy'

export const Practices: CollectionConfig = {
  slug: 'practices',
  labels: { singular: 'Goed voorbeeld', plural: 'Goede voorbeelden' },
  access: contributedContentAccess,
  hooks: contributedContentHooks,
  versions: contentVersions,
  defaultSort: '-publishedAt',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organisation', 'place', '_status', 'review'],
    components: { edit: { PublishButton: EDITOR_PUBLISH_BUTTON } },
    group: 'Toolbox',
  },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    summaryField(),
    {
      type: 'row',
      fields: [
        { name: 'organisation', label: 'Organisatie', type: 'text' },
        { name: 'place', label: 'Plaats', type: 'text' },
      ],
    },
    { name: 'heroImage', label: 'Beeld bovenaan', type: 'upload', relationTo: 'media' },
    richTextField('body', 'Tekst', true),
    {
      name: 'advices',
      label: 'Adviezen die dit voorbeeld laat zien',
      type: 'relationship',
      relationTo: 'advices',
      hasMany: true,
    },
    { name: 'links', label: 'Links', type: 'array', fields: linkFields() },
    {
      name: 'files',
      label: 'Downloads',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      admin: { description: 'Bijvoorbeeld een handreiking of convenant als pdf.' },
    },
    { name: 'contact', label: 'Contactpersoon', type: 'group', fields: contactPersonFields({ nameRequired: false }) },
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
    submissionField(),
    reviewField(),
    createdByField(),
  ],
}
