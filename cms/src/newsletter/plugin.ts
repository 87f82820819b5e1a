import type { Plugin } from 'payload'

/** Subscribers, editions, sending and webhooks for the biweekly news update. */
export const newsletterPlugin = (): Plugin => (config) => config
