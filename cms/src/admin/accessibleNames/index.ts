/** Public API of the admin's accessible names, for the Payload config. */
export { accessibleNamesPlugin } from './plugin'
