import type { GlobalConfig } from 'payload'
import { socialPlatformOptions } from '@mao/shared/selectOptions'
import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { urlField } from '../fields/link'
import { targetsField } from '../figures'
import { retentionField } from '../privacy'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site-instellingen',
  access: { read: anyone, update: isEditor },
  admin: { group: 'Beheer' },
  fields: [
    { name: 'siteName', label: 'Naam van de site', type: 'text', required: true, defaultValue: 'Met Andere Ogen' },
    { name: 'tagline', label: 'Ondertitel', type: 'text' },
    {
      name: 'contact',
      label: 'Contact',
      type: 'group',
      fields: [
        { name: 'email', label: 'E-mail', type: 'email' },
        { name: 'phone', label: 'Telefoon', type: 'text' },
        { name: 'address', label: 'Adres', type: 'textarea' },
      ],
    },
    { name: 'footerText', label: 'Tekst in de voettekst', type: 'textarea' },
    {
      name: 'socialLinks',
      label: 'Sociale media',
      labels: { singular: 'Account', plural: 'Accounts' },
      type: 'array',
      maxRows: 8,
      admin: { description: 'Links in de voettekst. Er wordt niets van deze sites geladen.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'platform', label: 'Netwerk', type: 'select', required: true, options: socialPlatformOptions },
            urlField('url', 'Adres van het account', true),
          ],
        },
      ],
    },
    targetsField,
    retentionField,
  ],
}
