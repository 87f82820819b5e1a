import type { Field, Validate } from 'payload'
import { collectionsWithPages } from '@mao/shared/collections'
import { normalizeRedirectPath, normalizeRedirectTarget } from '@mao/shared/redirects'

type Target = { type?: string } | undefined

const PATH_HELP =
  'Een pad op de site, bijvoorbeeld /nieuws/oude-titel: begint met /, alleen letters, cijfers, punten, streepjes en liggende streepjes.'

const validateFrom: Validate<string> = (value) => (normalizeRedirectPath(value) ? true : PATH_HELP)

const validateUrl: Validate<string> = (value, { siblingData }) =>
  (siblingData as Target)?.type !== 'custom' || normalizeRedirectTarget(value)
    ? true
    : 'Vul een pad op de site (/…) of een volledig webadres (https://…) in, zonder spaties of aanhalingstekens.'

const validateReference: Validate<unknown> = (value, { siblingData }) =>
  (siblingData as Target)?.type !== 'reference' || value ? true : 'Kies de pagina waarheen wordt doorverwezen.'

/**
 * The fields of a redirect: the plugin's `from` and `to` (reference or custom URL), plus a third
 * kind of target, "verwijderd": the old path answers 410 Gone with the site's removal page.
 */
export const redirectFields: Field[] = [
  {
    name: 'from',
    label: 'Oud pad',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: { description: PATH_HELP },
    hooks: { beforeValidate: [({ value }) => normalizeRedirectPath(value) ?? value] },
    validate: validateFrom,
  },
  {
    name: 'to',
    type: 'group',
    label: false,
    fields: [
      {
        name: 'type',
        label: 'Bestemming',
        type: 'radio',
        required: true,
        defaultValue: 'reference',
        admin: { layout: 'horizontal' },
        options: [
          { label: 'Pagina op de site', value: 'reference' },
          { label: 'Ander adres', value: 'custom' },
          { label: 'Verwijderd (410)', value: 'gone' },
        ],
      },
      {
        name: 'reference',
        label: 'Pagina',
        type: 'relationship',
        relationTo: [...collectionsWithPages],
        admin: {
          condition: (_, siblingData) => (siblingData as Target)?.type === 'reference',
          description: 'Verandert het webadres van deze pagina later, dan volgt de doorverwijzing vanzelf.',
        },
        validate: validateReference,
      },
      {
        name: 'url',
        label: 'Adres',
        type: 'text',
        admin: { condition: (_, siblingData) => (siblingData as Target)?.type === 'custom' },
        hooks: {
          beforeValidate: [({ value, siblingData }) => ((siblingData as Target)?.type === 'custom' ? value : null)],
        },
        validate: validateUrl,
      },
    ],
  },
]
