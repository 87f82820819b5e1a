import type { Field } from 'payload'
import { consentedOrEditor } from '../access/consentedOrEditor'

const hiddenWithoutConsent = { read: consentedOrEditor('publishConsent') }

/** A contact person whose details are public only after explicit consent. */
export const contactPersonFields = ({ nameRequired }: { nameRequired: boolean }): Field[] => [
  { name: 'name', label: 'Naam', type: 'text', required: nameRequired, access: hiddenWithoutConsent },
  { name: 'role', label: 'Functie', type: 'text', access: hiddenWithoutConsent },
  { name: 'organisation', label: 'Organisatie', type: 'text', access: hiddenWithoutConsent },
  { name: 'email', label: 'E-mail', type: 'email', access: hiddenWithoutConsent },
  { name: 'phone', label: 'Telefoon', type: 'text', access: hiddenWithoutConsent },
  {
    name: 'publishConsent',
    label: 'Deze persoon geeft toestemming om de gegevens op de website te tonen',
    type: 'checkbox',
    defaultValue: false,
  },
]
