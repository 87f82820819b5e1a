/** Public API of the aandeelhouders feature, for the Payload config and the registrations. */
export { approvedShareholder } from './approvedShareholder'
export type { PublicShareholders } from './endpoints/publicList'
export { shareholdersPlugin } from './plugin'
export { SHAREHOLDER_APPLICATIONS } from './slug'
