import { participationPaths } from '@mao/shared/sitePaths'
import { absoluteUrl } from '@mao/shared/urls'
import { siteUrl, type FormEmailMessage } from '../../forms'
import type { RegistrationTarget } from '../targets/loadTarget'
import { dateLines } from './dates'
import { invitation } from './invitation'

type Person = { name: string; email: string }

export const cancelUrl = (token: string): string =>
  `${absoluteUrl(siteUrl(), participationPaths.registrationCancel)}?token=${encodeURIComponent(token)}`

const cancelButton = (token: string) => ({ label: 'Afmelden', url: cancelUrl(token) })
const pageLine = (target: RegistrationTarget) => `Meer informatie: ${absoluteUrl(siteUrl(), target.path)}`

/** The confirmation of a place (with the invitation) or of a waitlist position. */
export function confirmationEmail(
  target: RegistrationTarget,
  person: Person,
  place: { status: 'registered' | 'waitlist'; waitlistPosition: number },
  cancelToken: string,
  key: string,
): FormEmailMessage {
  if (place.status === 'registered') {
    return {
      to: person.email,
      key,
      subject: `Aanmelding bevestigd: ${target.title}`,
      heading: 'Je bent aangemeld',
      paragraphs: [
        `Beste ${person.name},`,
        `Je bent aangemeld voor ${target.title}. Je plaats staat vast.`,
        ...dateLines(target),
        'In de bijlage vind je een uitnodiging voor je agenda.',
        'Kun je toch niet? Meld je dan af met de knop hieronder, dan geven we je plaats aan iemand op de wachtlijst.',
        pageLine(target),
      ],
      button: cancelButton(cancelToken),
      attachments: [invitation(target)],
    }
  }
  return {
    to: person.email,
    key,
    subject: `Je staat op de wachtlijst: ${target.title}`,
    heading: 'Je staat op de wachtlijst',
    paragraphs: [
      `Beste ${person.name},`,
      `${target.title} is vol. Je staat op de wachtlijst, op plaats ${place.waitlistPosition}.`,
      'Komt er een plaats vrij, dan krijg je meteen een e-mail; je plaats staat dan vast.',
      ...dateLines(target),
      'Wil je niet meer op de wachtlijst staan? Meld je dan af met de knop hieronder.',
      pageLine(target),
    ],
    button: cancelButton(cancelToken),
  }
}

/** A place came free: the first on the waitlist has it now. */
export function promotionEmail(
  target: RegistrationTarget,
  person: Person,
  cancelToken: string,
  key: string,
): FormEmailMessage {
  return {
    to: person.email,
    key,
    subject: `Er is een plaats voor je vrijgekomen: ${target.title}`,
    heading: 'Je hebt een plaats',
    paragraphs: [
      `Beste ${person.name},`,
      `Er is een plaats vrijgekomen bij ${target.title}. Je stond bovenaan de wachtlijst, dus de plaats is voor jou: je bent nu aangemeld.`,
      ...dateLines(target),
      'In de bijlage vind je een uitnodiging voor je agenda.',
      'Kun je toch niet? Meld je dan af met de knop hieronder, dan gaat de plaats naar de volgende op de wachtlijst.',
      pageLine(target),
    ],
    button: cancelButton(cancelToken),
    attachments: [invitation(target)],
  }
}

/** The address belongs to no approved aandeelhouder: how to become one. */
export function notShareholderEmail(target: RegistrationTarget, person: Person, key: string): FormEmailMessage {
  return {
    to: person.email,
    key,
    subject: `Aanmelden voor ${target.title}: alleen voor aandeelhouders`,
    heading: 'Aanmelden kan alleen als aandeelhouder',
    paragraphs: [
      `Beste ${person.name},`,
      `Je wilde je aanmelden voor ${target.title}. De Communities of Practice en de aanmeldingen voor activiteiten zijn voor aandeelhouders van Met Andere Ogen: organisaties die zich bij het netwerk hebben aangesloten.`,
      'We vonden geen goedgekeurde aandeelhouder met dit e-mailadres. Je bent dus niet aangemeld.',
      'Is je organisatie al aandeelhouder? Meld je dan aan met het e-mailadres waarmee je organisatie aandeelhouder is geworden.',
      'Nog geen aandeelhouder? Meld je organisatie aan met de knop hieronder. Na goedkeuring kun je je aanmelden.',
    ],
    button: { label: 'Aandeelhouder worden', url: absoluteUrl(siteUrl(), participationPaths.shareholderForm) },
  }
}

/** Registration closed between the form's answer and its processing. */
export function closedEmail(target: RegistrationTarget, person: Person, key: string): FormEmailMessage {
  return {
    to: person.email,
    key,
    subject: `Aanmelding gesloten: ${target.title}`,
    heading: 'De aanmelding is gesloten',
    paragraphs: [
      `Beste ${person.name},`,
      `Je wilde je aanmelden voor ${target.title}, maar de aanmelding is inmiddels gesloten. Je bent niet aangemeld.`,
      pageLine(target),
    ],
  }
}
