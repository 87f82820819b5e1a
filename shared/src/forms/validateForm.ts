import { fieldValues, type FormField, type FormSpec } from './formSpecs'

export type FormValues = Record<string, string>
export type FormErrors = Record<string, string>
export type Validated = { ok: true; values: FormValues } | { ok: false; errors: FormErrors }

// Deliberately plain: one @, a dot in the domain, no spaces. The confirmation mail proves the rest.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE = /^[0-9 +\-()]{6,30}$/

function fieldError(field: FormField, raw: string | undefined): string | undefined {
  const value = (raw ?? '').trim()
  if (field.kind === 'checkbox') return undefined
  if (!value) return field.required ? field.message : undefined
  if (field.maxLength !== undefined && value.length > field.maxLength) return field.message
  if (field.kind === 'email' && !EMAIL.test(value)) return field.message
  if (field.kind === 'tel' && !PHONE.test(value)) return field.message
  if (field.kind === 'select' && !fieldValues(field).includes(value)) return field.message
  return undefined
}

/**
 * Checks posted fields against a form's spec: trimmed values of its fields (checkboxes become
 * 'true' or 'false', emails lower-case), or the Dutch message of every field that is wrong.
 * Fields the spec does not name are ignored.
 */
export function validateForm(spec: FormSpec, posted: Record<string, string | undefined>): Validated {
  const errors: FormErrors = {}
  const values: FormValues = {}
  for (const field of spec.fields) {
    const error = fieldError(field, posted[field.name])
    if (error) errors[field.name] = error
    else if (field.kind === 'checkbox') values[field.name] = posted[field.name] ? 'true' : 'false'
    else {
      const value = (posted[field.name] ?? '').trim()
      values[field.name] = field.kind === 'email' ? value.toLowerCase() : value
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, values }
}
