import type { FormName } from '@mao/shared/forms/formSpecs'
import { participationPaths } from '@mao/shared/sitePaths'

/** One version of what a visitor agrees to when sending a form. */
export type ConsentText = { version: string; text: string }

/** What was agreed to, stored with each submission: the text shown, its version and when. */
export type ConsentRecord = { text: string; privacyVersion: string; givenAt: string }

/** The privacy statement every consent text refers to. */
export const privacyPath = participationPaths.privacy

/**
 * The consent text beside each public form, oldest version first. The site shows the newest
 * (GET /api/forms/consent at build time) and posts its version; a submission stores the text of
 * the version it was shown, so we can always show what someone agreed to. Change a text by adding
 * a version, never by editing one that has been shown.
 */
export const consentTexts: Record<FormName, readonly ConsentText[]> = {
  aandeelhouder: [
    {
      version: '2026-12',
      text:
        'Met Andere Ogen bewaart wat je in dit formulier invult (je organisatie, naam, e-mailadres, telefoonnummer als je dat geeft, sector, regio en motivatie) om je aanmelding als aandeelhouder te beoordelen en daarna contact met je te houden over het netwerk. ' +
        'Alleen als je dat aanvinkt, noemen we de naam van je organisatie op de site. ' +
        'We bewaren je gegevens zolang je organisatie aandeelhouder is; een afgewezen aanmelding verwijderen we na een vaste termijn. ' +
        'We delen je gegevens niet met anderen. Meer hierover lees je in de privacyverklaring.',
    },
  ],
  aanmelding: [
    {
      version: '2026-12',
      text:
        'Met Andere Ogen bewaart je naam en e-mailadres om je aan te melden, je een bevestiging te sturen en je te laten weten als er iets verandert of als er een plek vrijkomt. ' +
        'De organisatoren zien wie er meedoet. ' +
        'We bewaren je aanmelding tot kort na afloop van de Community of bijeenkomst en delen haar niet met anderen. Meer hierover lees je in de privacyverklaring.',
    },
  ],
  contact: [
    {
      version: '2026-12',
      text:
        'Met Andere Ogen bewaart je naam, e-mailadres, organisatie en bericht om je vraag te beantwoorden; het programmabureau krijgt je bericht per e-mail. ' +
        'We verwijderen het bericht een vaste termijn na ontvangst en delen het niet met anderen. Meer hierover lees je in de privacyverklaring.',
    },
  ],
  'goed-voorbeeld': [
    {
      version: '2026-12',
      text:
        'Met Andere Ogen bewaart je voorbeeld en je gegevens als contactpersoon om het voorbeeld te beoordelen, met je af te stemmen en het eventueel op de site te zetten. ' +
        'Je naam en e-mailadres staan alleen bij het voorbeeld op de site als je dat aanvinkt. ' +
        'We bewaren je gegevens zolang het voorbeeld op de site staat; plaatsen we het niet, dan verwijderen we ze een vaste termijn na ontvangst. Meer hierover lees je in de privacyverklaring.',
    },
  ],
  expertise: [
    {
      version: '2026-12',
      text:
        'Met Andere Ogen bewaart wat je in dit formulier invult om je aanbod te beoordelen, contact met je op te nemen en eventueel een profiel van je op de site te zetten. ' +
        'Je e-mailadres en telefoonnummer staan alleen bij je profiel als je dat aanvinkt. ' +
        'We bewaren je gegevens zolang je profiel op de site staat; plaatsen we het niet, dan verwijderen we ze een vaste termijn na ontvangst. Meer hierover lees je in de privacyverklaring.',
    },
  ],
}

export const currentConsentText = (form: FormName): ConsentText => consentTexts[form].at(-1)!

/** The consent of the version a form posted, or the current one for an unknown or missing version. */
export function consentRecord(form: FormName, postedVersion: unknown, givenAt: Date = new Date()): ConsentRecord {
  const consent = consentTexts[form].find((entry) => entry.version === postedVersion) ?? currentConsentText(form)
  return { text: consent.text, privacyVersion: consent.version, givenAt: givenAt.toISOString() }
}
