import type { CollectionConfig } from 'payload'
import { nobody } from '../../../access/nobody'

/**
 * Who may send an edition right now: at most one row per edition (the unique `newsletter`), so
 * claiming is an insert that the database lets only one process win. An expired row (its holder
 * crashed) is deleted by the next claimant with a conditional delete. See send/lease.ts.
 */
export const NewsletterSendLeases: CollectionConfig = {
  slug: 'newsletter-send-leases',
  labels: { singular: 'Verzendclaim', plural: 'Verzendclaims' },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  admin: { hidden: true },
  fields: [
    // The claim's random owner token: ids are never reused, so renewing by id can only ever touch
    // our own claim (SQLite would hand a deleted row's numeric id to the next insert).
    { name: 'id', type: 'text', required: true },
    { name: 'newsletter', type: 'text', required: true, unique: true, index: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
