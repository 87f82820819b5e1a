import type { Payload } from 'payload'
import type { FormSubmission } from '../../forms'
import { announceContribution } from './announceContribution'
import { plainRichText } from './plainRichText'
import { submissionRecord } from './submissionRecord'
import { summaryFrom } from './summaryFrom'

/** Expertise offered through the site becomes a draft expert profile for the editors; nothing is published. */
export async function createExpertDraft(payload: Payload, { values, consent }: FormSubmission): Promise<void> {
  const { name = '', expertise = '', organisation = '', bio = '', email = '', phone } = values
  const expert = await payload.create({
    collection: 'experts',
    draft: true,
    data: {
      _status: 'draft',
      title: name,
      summary: summaryFrom(expertise),
      organisation,
      bio: plainRichText(bio),
      contact: {
        contactConsent: values.publishContact === 'true',
        email,
        phone: phone || undefined,
      },
      submission: submissionRecord(values, consent),
    },
  })
  await announceContribution(payload, {
    collection: 'experts',
    id: expert.id,
    createdAt: expert.createdAt,
    kind: 'expertiseprofiel',
    title: name,
    values,
  })
}
