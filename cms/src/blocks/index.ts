import type { Block } from 'payload'
import { participationFormOptions } from '@mao/shared/selectOptions'
import { linkFields } from '../fields/link'
import { richTextField } from '../fields/richText'
import { TeamBlock } from './TeamBlock'

export const RichTextBlock: Block = {
  slug: 'richText',
  labels: { singular: 'Tekst', plural: 'Tekstblokken' },
  fields: [richTextField('content', 'Tekst', true)],
}

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  labels: { singular: 'Oproep tot actie', plural: 'Oproepen tot actie' },
  fields: [
    { name: 'heading', label: 'Kop', type: 'text', required: true },
    { name: 'text', label: 'Tekst', type: 'textarea' },
    { name: 'link', label: 'Knop', type: 'group', fields: linkFields() },
  ],
}

export const MediaBlock: Block = {
  slug: 'mediaBlock',
  labels: { singular: 'Afbeelding', plural: 'Afbeeldingen' },
  fields: [
    { name: 'media', label: 'Afbeelding', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', label: 'Bijschrift', type: 'text' },
  ],
}

export const LatestListBlock: Block = {
  slug: 'latestList',
  labels: { singular: 'Lijst met het nieuwste', plural: 'Lijsten met het nieuwste' },
  fields: [
    { name: 'heading', label: 'Kop', type: 'text' },
    {
      name: 'collection',
      label: 'Wat tonen?',
      type: 'select',
      required: true,
      defaultValue: 'news',
      options: [
        { label: 'Nieuws', value: 'news' },
        { label: 'Goede voorbeelden', value: 'practices' },
        { label: 'Experts', value: 'experts' },
      ],
    },
    { name: 'limit', label: 'Aantal', type: 'number', required: true, defaultValue: 3, min: 1, max: 12 },
  ],
}

/** One of the site's public forms on a page (the site renders it at `#formulier`). */
export const ParticipationFormBlock: Block = {
  slug: 'participationForm',
  labels: { singular: 'Formulier', plural: 'Formulieren' },
  fields: [
    {
      name: 'form',
      label: 'Welk formulier?',
      type: 'select',
      required: true,
      options: participationFormOptions,
      admin: {
        description:
          'Het formulier staat op de pagina op de plek van dit blok. Links naar dit formulier eindigen op #formulier.',
      },
    },
  ],
}

export const layoutBlocks = [
  RichTextBlock,
  CallToActionBlock,
  MediaBlock,
  LatestListBlock,
  ParticipationFormBlock,
  TeamBlock,
]
