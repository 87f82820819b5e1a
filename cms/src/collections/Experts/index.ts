import type { CollectionConfig, Field } from 'payload'
import { expertOfferOptions } from '@mao/shared/selectOptions'
import { consentedOrEditor } from '../../access/consentedOrEditor'
import { contentAccess, contentVersions } from '../../access/contentAccess'
import { submissionField } from '../../contact'
import { urlField } from '../../fields/link'
import { publishedAtField } from '../../fields/publishedAt'
import { richTextField } from '../../fields/richText'
import { slugField } from '../../fields/slug'
import { summaryField } from '../../fields/summary'
import { regionsField, themesField } from '../../fields/taxonomy'

const hiddenWithoutConsent = { read: consentedOrEditor('contactConsent') }

const contactFields: Field[] = [
  {
    name: 'contactConsent',
    label: 'De expert geeft toestemming om deze contactgegevens op de website te tonen',
    type: 'checkbox',
    defaultValue: false,
  },
  { name: 'email', label: 'E-mail', type: 'email', access: hiddenWithoutConsent },
  { name: 'phone', label: 'Telefoon', type: 'text', access: hiddenWithoutConsent },
  { ...urlField('website', 'Website'), access: hiddenWithoutConsent },
]

export const Experts: CollectionConfig = {
  slug: 'experts',
  labels: { singular: 'Expertiseprofiel', plural: 'Expertiseprofielen' },
  access: contentAccess,
  versions: contentVersions,
  defaultSort: 'title',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organisation', 'contactConsent', '_status'],
    group: 'Toolbox',
  },
  fields: [
    { name: 'title', label: 'Naam', type: 'text', required: true },
    summaryField(),
    {
      type: 'row',
      fields: [
        { name: 'role', label: 'Functie', type: 'text' },
        { name: 'organisation', label: 'Organisatie', type: 'text' },
      ],
    },
    { name: 'photo', label: 'Foto', type: 'upload', relationTo: 'media' },
    richTextField('bio', 'Over deze expert'),
    {
      name: 'offers',
      label: 'Wat biedt deze expert aan?',
      type: 'select',
      hasMany: true,
      options: expertOfferOptions,
    },
    { name: 'contact', label: 'Contactgegevens', type: 'group', fields: contactFields },
    slugField(),
    publishedAtField(),
    themesField('Expertise (thema’s)'),
    regionsField('Werkzaam in regio’s'),
    {
      name: 'ambassador',
      label: 'Ambassadeur van de beweging',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description:
          'Ambassadeurs zijn boegbeelden van Met Andere Ogen die de beweging uitdragen met lezingen en presentaties. Gepubliceerde ambassadeurs tellen mee op Beweging in cijfers.',
      },
    },
    submissionField(),
  ],
}
