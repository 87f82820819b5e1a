import type { Field, GlobalConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { linkFields } from '../fields/link'

const menu = (name: string, label: string, description: string): Field => ({
  name,
  label,
  type: 'array',
  maxRows: 12,
  admin: { description },
  fields: linkFields(),
})

export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: 'Navigatie',
  access: { read: anyone, update: isEditor },
  admin: { group: 'Beheer' },
  fields: [
    menu(
      'mainMenu',
      'Hoofdmenu',
      'Houd het bij zeven korte links of minder: op een smal scherm lopen ze over meerdere regels boven de inhoud.',
    ),
    menu(
      'footerMenu',
      'Menu in de voettekst',
      'Staat in de voettekst onder "Over deze site". De onderdelen van het programma en de manieren om mee te doen staan er vanzelf naast.',
    ),
  ],
}
