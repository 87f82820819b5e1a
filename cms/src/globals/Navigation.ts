import type { Field, GlobalConfig } from 'payload'
import { anyone } from '../access/anyone'
import { authenticated } from '../access/authenticated'
import { linkFields } from '../fields/link'

const menu = (name: string, label: string): Field => ({
  name,
  label,
  type: 'array',
  maxRows: 12,
  fields: linkFields(),
})

export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: 'Navigatie',
  access: { read: anyone, update: authenticated },
  admin: { group: 'Beheer' },
  fields: [menu('mainMenu', 'Hoofdmenu'), menu('footerMenu', 'Menu in de voettekst')],
}
