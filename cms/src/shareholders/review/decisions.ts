import type { ApplicationStatus } from '@mao/shared/selectOptions'

/** The statuses an editor decides on; each is mailed to the applicant once. */
export type Decision = Extract<ApplicationStatus, 'approved' | 'declined'>

export const isDecision = (status: unknown): status is Decision => status === 'approved' || status === 'declined'
