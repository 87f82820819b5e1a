import type { CollectionConfig } from 'payload'
import { connectorRoleOptions, provinceOptions } from '@mao/shared/selectOptions'
import { contentAccess, contentVersions } from '../../access/contentAccess'
import { contactPersonFields } from '../../fields/contactPerson'
import { publishedAtField } from '../../fields/publishedAt'
import { richTextField } from '../../fields/richText'
import { slugField } from '../../fields/slug'
import { summaryField } from '../../fields/summary'
import { themesField } from '../../fields/taxonomy'

export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: { singular: 'Inspiratieregio', plural: "Inspiratieregio's" },
  access: contentAccess,
  versions: contentVersions,
  defaultSort: 'title',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'province', '_status'], group: 'Netwerk' },
  fields: [
    { name: 'title', label: 'Naam', type: 'text', required: true },
    summaryField(),
    { name: 'province', label: 'Provincie', type: 'select', required: true, options: provinceOptions },
    {
      name: 'municipalities',
      label: 'Gemeenten',
      type: 'text',
      hasMany: true,
      admin: { description: 'De gemeenten die aan de regio deelnemen.' },
    },
    richTextField('description', 'Beschrijving'),
    richTextField('approach', 'Aanpak'),
    richTextField('developmentPlan', 'Ontwikkelplan'),
    {
      name: 'learningGoals',
      label: 'Leerdoelen',
      labels: { singular: 'Leerdoel', plural: 'Leerdoelen' },
      type: 'array',
      maxRows: 12,
      admin: { description: 'Wat de regio in het netwerk wil leren, elk in één zin.' },
      fields: [{ name: 'goal', label: 'Leerdoel', type: 'text', required: true, maxLength: 300 }],
    },
    {
      name: 'contacts',
      label: 'Contactpersonen',
      labels: { singular: 'Contactpersoon', plural: 'Contactpersonen' },
      type: 'array',
      fields: [
        ...contactPersonFields({ nameRequired: true }),
        {
          name: 'connectorRole',
          label: 'Rol als verbinder',
          type: 'select',
          options: connectorRoleOptions,
          admin: { description: 'Leeg laten als deze persoon geen verbinder is.' },
        },
      ],
    },
    {
      name: 'partners',
      label: 'Betrokken partners',
      type: 'text',
      hasMany: true,
    },
    {
      name: 'coordinates',
      label: 'Ligging op de kaart',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'lat', label: 'Breedtegraad', type: 'number', min: 50.7, max: 53.6, required: true },
            { name: 'lng', label: 'Lengtegraad', type: 'number', min: 3.3, max: 7.3, required: true },
          ],
        },
      ],
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Gekoppelde inhoud',
          fields: [
            { name: 'practices', label: 'Goede voorbeelden', type: 'join', collection: 'practices', on: 'regions' },
            { name: 'news', label: 'Nieuws', type: 'join', collection: 'news', on: 'regions' },
            { name: 'experts', label: 'Experts', type: 'join', collection: 'experts', on: 'regions' },
          ],
        },
      ],
    },
    slugField(),
    publishedAtField(),
    themesField(),
  ],
}
