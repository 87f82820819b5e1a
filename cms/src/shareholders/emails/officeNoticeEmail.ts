import type { Payload } from 'payload'
import { programmeOfficeAddress, sendFormEmail } from '../../forms'
import { applicationAdminUrl } from '../adminUrl'

/** Tells the programme office an application waits for review; only the organisation is named. */
export async function sendOfficeNoticeEmail(
  payload: Payload,
  application: { id: number | string; organisation: string },
): Promise<void> {
  const office = await programmeOfficeAddress(payload)
  if (!office) {
    payload.logger.warn({
      msg: 'Aandeelhouders: geen e-mailadres van het programmabureau in de site-instellingen; een nieuwe aanmelding wacht in het CMS.',
    })
    return
  }
  await sendFormEmail(payload, {
    to: office,
    subject: `Aanmelding aandeelhouder te beoordelen: ${application.organisation}`,
    heading: 'Nieuwe aanmelding te beoordelen',
    paragraphs: [
      `${application.organisation} heeft zich aangemeld als aandeelhouder en het e-mailadres bevestigd. De aanmelding wacht op beoordeling in het CMS.`,
      'Keur de aanmelding goed of wijs haar af met een toelichting; de aanvrager krijgt daarover een e-mail.',
    ],
    button: { label: 'Aanmelding bekijken', url: applicationAdminUrl(application.id) },
    key: `shareholder-pending-${application.id}`,
  })
}
