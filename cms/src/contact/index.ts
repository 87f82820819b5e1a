/** Public API of the contact and contributions feature, for the Payload config and the collections. */
export { submissionField } from './contributions/submissionField'
export { contactPlugin } from './plugin'
