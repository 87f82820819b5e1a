import type { Payload } from 'payload'
import type { ShareholderApplication } from '@mao/shared/payload-types'
import { collectionPaths } from '@mao/shared/urls'
import { programmeOfficeAddress, sendFormEmail, siteUrl } from '../../forms'
import type { Decision } from '../review/decisions'

const contactLine = (office: string | undefined) =>
  office
    ? `Vragen? Mail het programmabureau: ${office}.`
    : 'Vragen? Neem contact op met het programmabureau via de website.'

/**
 * The applicant hears about the editor's decision, either way. The key makes a retry (or a
 * second attempt for the same decision) one email at Resend.
 */
export async function sendDecisionEmail(
  payload: Payload,
  application: Pick<ShareholderApplication, 'id' | 'email' | 'organisation' | 'reviewNote' | 'showPublicly'>,
  decision: Decision,
): Promise<void> {
  const office = await programmeOfficeAddress(payload)
  const key = `shareholder-decision-${application.id}-${decision}`
  if (decision === 'approved') {
    await sendFormEmail(payload, {
      to: application.email,
      subject: 'Welkom als aandeelhouder van Met Andere Ogen',
      heading: 'Welkom als aandeelhouder',
      paragraphs: [
        `${application.organisation} is vanaf nu aandeelhouder van Met Andere Ogen. Fijn dat jullie meedoen!`,
        'Wat je nu kunt doen: meld je met dit e-mailadres aan voor een Community of Practice, kom naar onze bijeenkomsten en deel jullie goede voorbeelden met het netwerk.',
        ...(application.showPublicly
          ? ['De naam van jullie organisatie komt op de site bij de aandeelhouders te staan.']
          : []),
        contactLine(office),
      ],
      button: { label: 'Bekijk de Communities of Practice', url: `${siteUrl()}${collectionPaths.communities}` },
      replyTo: office,
      key,
    })
    return
  }
  await sendFormEmail(payload, {
    to: application.email,
    subject: 'Over je aanmelding als aandeelhouder van Met Andere Ogen',
    heading: 'Over je aanmelding',
    paragraphs: [
      `Bedankt voor de aanmelding van ${application.organisation} als aandeelhouder van Met Andere Ogen. We hebben besloten de aanmelding niet goed te keuren.`,
      `Toelichting: ${application.reviewNote?.trim() ?? ''}`,
      contactLine(office),
    ],
    replyTo: office,
    key,
  })
}
