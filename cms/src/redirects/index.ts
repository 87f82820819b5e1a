/** Public API of the redirects feature, for the Payload config. */
export { redirectsFeature } from './plugin'
export { REDIRECTS_SLUG } from './redirectStore'
