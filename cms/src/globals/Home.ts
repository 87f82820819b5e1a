import type { GlobalConfig } from 'payload'
import { shareholderCtaDefaults } from '@mao/shared/homeDefaults'
import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { linkFields } from '../fields/link'

export const Home: GlobalConfig = {
  slug: 'home',
  label: 'Homepage',
  access: { read: anyone, update: isEditor },
  admin: { group: 'Inhoud' },
  fields: [
    { name: 'heroTitle', label: 'Kop', type: 'text', required: true },
    { name: 'heroText', label: 'Introductie', type: 'textarea' },
    { name: 'heroCta', label: 'Knop', type: 'group', fields: linkFields(false) },
    { name: 'heroImage', label: 'Beeld', type: 'upload', relationTo: 'media' },
    {
      name: 'featuredPractices',
      label: 'Uitgelichte goede voorbeelden',
      type: 'relationship',
      relationTo: 'practices',
      hasMany: true,
      maxRows: 6,
    },
    {
      name: 'featuredExperts',
      label: 'Uitgelichte experts',
      type: 'relationship',
      relationTo: 'experts',
      hasMany: true,
      maxRows: 6,
    },
    {
      name: 'shareholderCta',
      label: 'Oproep om aandeelhouder te worden',
      type: 'group',
      admin: {
        description:
          'Staat op de homepage met het actuele aantal aandeelhouders en links naar het aanmeldformulier en de lijst.',
      },
      fields: [
        { name: 'heading', label: 'Kop', type: 'text', defaultValue: shareholderCtaDefaults.heading },
        { name: 'text', label: 'Tekst', type: 'textarea', defaultValue: shareholderCtaDefaults.text },
      ],
    },
  ],
}
