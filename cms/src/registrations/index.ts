/** Public API of the registrations feature, for the Payload config, the collections and tests. */
export { participantsFields } from './admin/participantsFields'
export { guardCapacity } from './engine/guardCapacity'
export { promoteOnCapacity } from './engine/promoteOnCapacity'
export { registrationNoticesSent } from './engine/noticeQueue'
export { registrationsPlugin } from './plugin'
export { DAYS_KEPT_AFTER_END, purgeEndedRegistrations } from './engine/purgeEnded'
