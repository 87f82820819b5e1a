import type { Plugin } from 'payload'
import { figuresEndpoint } from './figuresEndpoint'

/**
 * "Beweging in cijfers": the public `GET /api/figures` the site builds its figures page from. The
 * targets live in the site settings (`targetsField`); the page is rebuilt by the features whose
 * counts change (publishing, approvals, registrations, sent editions), not from here.
 */
export const figuresPlugin = (): Plugin => (config) => ({
  ...config,
  endpoints: [...(config.endpoints ?? []), figuresEndpoint],
})
