import type { Plugin } from 'payload'
import { consentEndpoint } from './consentEndpoint'

/**
 * The public forms' shared parts: GET /api/forms/consent for the site. Each form's own endpoint
 * (formEndpoint) lives on its feature's collection.
 */
export const formsPlugin = (): Plugin => (config) => ({
  ...config,
  endpoints: [...(config.endpoints ?? []), consentEndpoint],
})
