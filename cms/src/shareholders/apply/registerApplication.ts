import type { Payload } from 'payload'
import type { ShareholderApplication } from '@mao/shared/payload-types'
import type { FormSubmission } from '../../forms'
import { sendAlreadyKnownEmail } from '../emails/alreadyKnownEmail'
import { sendConfirmationEmail } from '../emails/confirmationEmail'
import { SHAREHOLDER_APPLICATIONS } from '../slug'
import { newConfirmToken } from './confirmToken'

/**
 * The work of the aandeelhouder form, after the answer has gone out: a new unconfirmed
 * application with a confirmation mail, or, when the address already has a waiting or approved
 * application, only a mail saying so. An earlier unconfirmed application of the address is
 * replaced, so only the newest link confirms.
 */
export async function registerApplication(payload: Payload, { values, consent }: FormSubmission): Promise<void> {
  const email = values.email ?? ''
  const known = await payload.count({
    collection: SHAREHOLDER_APPLICATIONS,
    where: { and: [{ email: { equals: email } }, { status: { in: ['pending', 'approved'] } }] },
    overrideAccess: true,
  })
  if (known.totalDocs > 0) {
    await sendAlreadyKnownEmail(payload, email)
    return
  }
  await payload.delete({
    collection: SHAREHOLDER_APPLICATIONS,
    where: { and: [{ email: { equals: email } }, { status: { equals: 'unconfirmed' } }] },
    overrideAccess: true,
  })
  const { token, confirmTokenHash, confirmTokenExpiresAt } = newConfirmToken()
  const application = await payload.create({
    collection: SHAREHOLDER_APPLICATIONS,
    data: {
      organisation: values.organisation ?? '',
      name: values.name ?? '',
      email,
      phone: values.phone || null,
      sector: values.sector as ShareholderApplication['sector'],
      province: (values.province || null) as ShareholderApplication['province'],
      region: values.region || null,
      motivation: values.motivation || null,
      showPublicly: values.showPublicly === 'true',
      status: 'unconfirmed',
      consent,
      confirmTokenHash,
      confirmTokenExpiresAt,
    },
    depth: 0,
    overrideAccess: true,
  })
  await sendConfirmationEmail(payload, application, token)
}
