import type { Payload } from 'payload'

/** What erasing did in one place. `kept`: records found but deliberately left (see each place). */
export type EraseCount = { deleted: number; anonymised: number; kept: number }

/** One place where data tied to an email address is kept. */
export interface PersonalDataPlace {
  /** Its section in the export and its line in the erasure summary. */
  key: string
  /** Dutch, for the admin view and the command line. */
  label: string
  /** What is kept there about the address (exact, case-insensitive match), as it goes in the export. */
  find: (payload: Payload, address: string) => Promise<unknown[]>
  /** Deletes or anonymises it; running it again finds nothing left to do. */
  erase: (payload: Payload, address: string) => Promise<EraseCount>
}

export const noChange = (): EraseCount => ({ deleted: 0, anonymised: 0, kept: 0 })
