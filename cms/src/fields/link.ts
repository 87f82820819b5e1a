import type { Field, TextField } from 'payload'
import { isSafeHref } from '@mao/shared/urls'

export const validateHref = (value: string | null | undefined, required: boolean): string | true => {
  if (value == null || value === '') return required ? 'Vul een webadres in.' : true
  return (
    isSafeHref(value) || 'Gebruik een webadres dat begint met https://, mailto:, tel: of / (een pagina op deze site).'
  )
}

export const urlField = (name: string, label: string, required = false): TextField => ({
  name,
  label,
  type: 'text',
  required,
  validate: (value: string | null | undefined) => validateHref(value, required),
})

/** A labelled link: visible text plus a safe URL. */
export const linkFields = (required = true): Field[] => [
  { name: 'label', label: 'Linktekst', type: 'text', required },
  urlField('url', 'Webadres', required),
]
