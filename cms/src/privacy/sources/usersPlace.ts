import { findByAddress } from './findByAddress'
import type { PersonalDataPlace } from './types'

/**
 * CMS accounts: exported, never erased from here (an editor's or admin's account is removed by an
 * admin under Gebruikers, which also decides who takes over their work). Counted as kept.
 */
export const usersPlace: PersonalDataPlace = {
  key: 'users',
  label: 'Accounts in het CMS',
  find: async (payload, address) =>
    (await findByAddress(payload, 'users', ['email'], address)).map(({ id, name, email, role, createdAt }) => ({
      id,
      name,
      email,
      role,
      createdAt,
    })),
  erase: async (payload, address) => ({
    deleted: 0,
    anonymised: 0,
    kept: (await findByAddress(payload, 'users', ['email'], address)).length,
  }),
}
