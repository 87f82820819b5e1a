import type { CollectionConfig } from 'payload'
import { nobody } from '../../access/nobody'

/**
 * State of the rate limiters (src/limits/rateLimiter.ts), in the database so every CMS instance
 * shares it: one row per allowed hit. Never shown, never served; only the limiter writes here.
 */
export const RateLimitHits: CollectionConfig = {
  slug: 'rate-limit-hits',
  labels: { singular: 'Limiettelling', plural: 'Limiettellingen' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  timestamps: false,
  fields: [
    // Hash of limiter, key and window: what is counted.
    { name: 'bucket', type: 'text', required: true, index: true },
    // `<bucket>:<n>` for the n-th hit: the unique index lets exactly one of several racing hits take a place.
    { name: 'slot', type: 'text', required: true, unique: true },
    // Epoch milliseconds after which the row is purged.
    { name: 'expiresAt', type: 'number', required: true, index: true },
  ],
}
