import type { CollectionConfig } from 'payload'
import { userRoleOptions } from '@mao/shared/selectOptions'
import { authenticated } from '../../access/authenticated'
import { isAdmin } from '../../access/isAdmin'
import { isAdminOrSelf } from '../../access/isAdminOrSelf'
import { isEditorOrSelf } from '../../access/isEditorOrSelf'
import { requireContributorRegions } from './requireContributorRegions'
import { forgotPasswordEmail } from '../../email'
import { inviteNewUser } from './hooks/inviteNewUser'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { resetLinkExpiry } from './hooks/resetLinkExpiry'
import { throttleLogin } from './hooks/throttleLogin'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Gebruiker', plural: 'Gebruikers' },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    // Far above the per-client throttle (throttleLogin): one client needs 50 minutes of failures
    // to lock an account; the lock remains against guessing from many addresses.
    maxLoginAttempts: 50,
    lockTime: 10 * 60 * 1000,
    forgotPassword: forgotPasswordEmail,
  },
  access: {
    // Every account opens the admin; what it shows there follows the role.
    admin: authenticated,
    create: isAdmin,
    read: isEditorOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: 'Beheer' },
  hooks: {
    beforeOperation: [throttleLogin, resetLinkExpiry],
    beforeChange: [makeFirstUserAdmin],
    afterChange: [inviteNewUser],
  },
  fields: [
    { name: 'name', label: 'Naam', type: 'text', required: true },
    {
      name: 'role',
      label: 'Rol',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      access: { create: isAdmin, update: isAdmin },
      options: userRoleOptions,
    },
    {
      name: 'regions',
      label: "Inspiratieregio's",
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
      access: { create: isAdmin, update: isAdmin },
      validate: requireContributorRegions,
      admin: {
        description: 'Een bijdrager schrijft alleen over deze regio’s.',
        condition: (data) => data?.role === 'contributor',
      },
    },
  ],
}
