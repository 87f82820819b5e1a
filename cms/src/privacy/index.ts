/** Public API of the privacy feature, for the Payload config, the site settings and the command line. */
export { erasePersonalData, type ErasureSummary } from './erasePersonalData'
export { exportPersonalData, type PersonalDataExport } from './exportPersonalData'
export { privacyPlugin } from './plugin'
export { InvalidAddressError } from './requireAddress'
export { purgeExpired, retentionTerms, type PurgeResult, type RetentionTerms } from './retention/purgeExpired'
export { RETENTION_DEFAULTS, retentionField } from './retention/retentionField'
