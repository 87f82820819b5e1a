import type { Payload } from 'payload'
import type { FormSubmission } from '../../forms'
import { announceContribution } from './announceContribution'
import { plainRichText } from './plainRichText'
import { submissionRecord } from './submissionRecord'
import { summaryFrom } from './summaryFrom'

/** A good practice sent in through the site becomes a draft for the editors; nothing is published. */
export async function createPracticeDraft(payload: Payload, { values, consent }: FormSubmission): Promise<void> {
  const { title = '', description = '', organisation = '', name = '', email = '' } = values
  const practice = await payload.create({
    collection: 'practices',
    draft: true,
    data: {
      _status: 'draft',
      title,
      summary: summaryFrom(description),
      organisation,
      body: plainRichText(description),
      contact: {
        name,
        organisation,
        email,
        publishConsent: values.publishContact === 'true',
      },
      // An editor decides whether a contributed practice goes into the newsletter.
      inNewsletter: false,
      // Waits on the dashboard under "Ter beoordeling", with contributors' drafts.
      review: 'submitted',
      submission: submissionRecord(values, consent),
    },
  })
  await announceContribution(payload, {
    collection: 'practices',
    id: practice.id,
    createdAt: practice.createdAt,
    kind: 'goed voorbeeld',
    title,
    values,
  })
}
