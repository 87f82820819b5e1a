import { contactTopicOptions, optionValues, provinceOptions, sectorOptions, type SelectOption } from '../selectOptions'

/**
 * One field of a public form. The CMS validates a post against it and the site renders the input
 * from it (label, HTML constraints, the Dutch message beside the field), so the browser's own
 * checks without JavaScript, the island's checks and the server's are the same rules.
 */
export interface FormField {
  name: string
  label: string
  kind: 'text' | 'email' | 'tel' | 'textarea' | 'select' | 'checkbox' | 'hidden'
  required?: boolean
  /** Longer input is refused with `message`, never cut. */
  maxLength?: number
  options?: readonly SelectOption[]
  /** HTML autocomplete token (WCAG 1.3.5). */
  autocomplete?: string
  /** Shown under the label. */
  hint?: string
  /** The Dutch error beside the field when the value is missing or invalid. */
  message: string
}

export interface FormSpec {
  /** Where the CMS takes the post: `/api/<collection>/<action>` on the CMS's public address. */
  endpoint: `/api/${string}`
  /** Dutch label of the submit button. */
  submit: string
  fields: readonly FormField[]
}

/** The honeypot: a field people never see or fill in; a post that fills it is accepted and dropped. */
export const HONEYPOT_FIELD = 'website'
/** Every form posts the version of the consent text it showed (see the CMS's consent texts). */
export const PRIVACY_VERSION_FIELD = 'privacyVersion'

const email = (label = 'E-mailadres'): FormField => ({
  name: 'email',
  label,
  kind: 'email',
  required: true,
  maxLength: 254,
  autocomplete: 'email',
  message: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
})

const name = (label = 'Naam'): FormField => ({
  name: 'name',
  label,
  kind: 'text',
  required: true,
  maxLength: 100,
  autocomplete: 'name',
  message: 'Vul je naam in (hoogstens 100 tekens).',
})

const organisation = (required: boolean): FormField => ({
  name: 'organisation',
  label: 'Organisatie',
  kind: 'text',
  required,
  maxLength: 200,
  autocomplete: 'organization',
  message: 'Vul de naam van je organisatie in (hoogstens 200 tekens).',
})

const longText = (fieldName: string, label: string, message: string, hint?: string): FormField => ({
  name: fieldName,
  label,
  kind: 'textarea',
  required: true,
  maxLength: 5000,
  hint,
  message,
})

const phone: FormField = {
  name: 'phone',
  label: 'Telefoonnummer (niet verplicht)',
  kind: 'tel',
  maxLength: 30,
  autocomplete: 'tel',
  message: 'Vul een telefoonnummer in met alleen cijfers, spaties, +, - en haakjes.',
}

/** The public forms, by the name their consent text and rate limits go by. */
export const formSpecs = {
  aandeelhouder: {
    endpoint: '/api/shareholder-applications/apply',
    submit: 'Aanmelding versturen',
    fields: [
      organisation(true),
      name('Naam contactpersoon'),
      email(),
      phone,
      {
        name: 'sector',
        label: 'Sector',
        kind: 'select',
        required: true,
        options: sectorOptions,
        message: 'Kies de sector van je organisatie.',
      },
      {
        name: 'province',
        label: 'Provincie (niet verplicht)',
        kind: 'select',
        options: provinceOptions,
        message: 'Kies een provincie uit de lijst.',
      },
      {
        name: 'region',
        label: 'Inspiratieregio (niet verplicht)',
        kind: 'text',
        maxLength: 120,
        hint: 'Als je organisatie deel uitmaakt van een inspiratieregio.',
        message: 'Vul de naam van de inspiratieregio in (hoogstens 120 tekens).',
      },
      longText(
        'motivation',
        'Waarom wil je aandeelhouder worden?',
        'Vertel in een paar zinnen waarom je meedoet (hoogstens 5000 tekens).',
        'Aan welk initiatief werk je, hoe wil je bijdragen en wat heb je van het netwerk nodig?',
      ),
      {
        name: 'showPublicly',
        label: 'De naam van onze organisatie mag op de site staan bij de aandeelhouders',
        kind: 'checkbox',
        message: '',
      },
    ],
  },
  aanmelding: {
    endpoint: '/api/registrations/register',
    submit: 'Aanmelden',
    fields: [
      {
        name: 'target',
        label: 'Aanmelden voor',
        kind: 'hidden',
        required: true,
        maxLength: 80,
        message: 'Het formulier mist waarvoor je je aanmeldt. Open de pagina opnieuw.',
      },
      name(),
      email('E-mailadres waarmee je organisatie aandeelhouder is'),
    ],
  },
  contact: {
    endpoint: '/api/contact-messages/send',
    submit: 'Bericht versturen',
    fields: [
      {
        name: 'topic',
        label: 'Onderwerp',
        kind: 'select',
        required: true,
        options: contactTopicOptions,
        message: 'Kies een onderwerp.',
      },
      name(),
      email(),
      organisation(false),
      longText('message', 'Je bericht', 'Schrijf je bericht (hoogstens 5000 tekens).'),
    ],
  },
  'goed-voorbeeld': {
    endpoint: '/api/contributions/practice',
    submit: 'Goed voorbeeld insturen',
    fields: [
      {
        name: 'title',
        label: 'Naam van het voorbeeld',
        kind: 'text',
        required: true,
        maxLength: 150,
        message: 'Geef het voorbeeld een naam (hoogstens 150 tekens).',
      },
      longText(
        'description',
        'Beschrijving',
        'Beschrijf het voorbeeld (hoogstens 5000 tekens).',
        'Wat is er gedaan, voor wie, met wie, en wat leverde het op?',
      ),
      organisation(true),
      name('Naam contactpersoon'),
      email(),
      {
        name: 'publishContact',
        label: 'Mijn naam en e-mailadres mogen bij het voorbeeld op de site staan',
        kind: 'checkbox',
        message: '',
      },
    ],
  },
  expertise: {
    endpoint: '/api/contributions/expert',
    submit: 'Expertise aanbieden',
    fields: [
      name(),
      organisation(true),
      {
        name: 'expertise',
        label: 'Je expertise',
        kind: 'text',
        required: true,
        maxLength: 200,
        hint: 'Bijvoorbeeld: onderwijs-zorgarrangementen in het vso.',
        message: 'Beschrijf je expertise kort (hoogstens 200 tekens).',
      },
      longText('bio', 'Over jou', 'Vertel iets over je werk en ervaring (hoogstens 5000 tekens).'),
      email(),
      phone,
      {
        name: 'publishContact',
        label: 'Mijn e-mailadres en telefoonnummer mogen bij mijn profiel op de site staan',
        kind: 'checkbox',
        message: '',
      },
    ],
  },
} as const satisfies Record<string, FormSpec>

export type FormName = keyof typeof formSpecs
export const formNames = Object.keys(formSpecs) as FormName[]

/** The allowed values of a select field, for validation. */
export const fieldValues = (field: FormField): string[] => (field.options ? optionValues(field.options) : [])
