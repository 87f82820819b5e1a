/** Public API of the "Beweging in cijfers" feature, for the Payload config and the site settings. */
export { figuresPlugin } from './plugin'
export { targetsField } from './targetsField'
