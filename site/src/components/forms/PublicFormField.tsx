import type { FormField } from '@mao/shared/forms/formSpecs'

interface Props {
  field: FormField
  /** Id of the input; the hint gets `<id>-uitleg`. */
  id: string
  /** The message shown now (from the island); without it the spec's message waits for `:target`. */
  error: string | undefined
  initial: string | undefined
}

/** The element the CMS's no-JavaScript redirect points at (`#fout-<field>`). */
export const errorId = (fieldName: string): string => `fout-${fieldName}`

const controlClass = {
  text: 'utrecht-textbox utrecht-textbox--html-input',
  email: 'utrecht-textbox utrecht-textbox--html-input',
  tel: 'utrecht-textbox utrecht-textbox--html-input',
  textarea: 'utrecht-textarea utrecht-textarea--html-textarea',
  select: 'utrecht-select utrecht-select--html-select',
  checkbox: 'utrecht-checkbox utrecht-checkbox--html-input',
} as const

const invalidClass = {
  text: 'utrecht-textbox--invalid',
  email: 'utrecht-textbox--invalid',
  tel: 'utrecht-textbox--invalid',
  textarea: 'utrecht-textarea--invalid',
  select: 'utrecht-select--invalid',
  checkbox: '',
} as const

/**
 * One visible field of a public form with its label, hint and error message. The HTML
 * constraints (required, maxlength, type, the select's options) come from the spec, so the
 * browser checks the same rules as the CMS when JavaScript is off.
 */
export default function PublicFormField({ field, id, error, initial }: Props) {
  if (field.kind === 'hidden') return null
  const kind = field.kind
  const hintId = field.hint ? `${id}-uitleg` : undefined
  const describedBy = [hintId, error ? errorId(field.name) : undefined].filter(Boolean).join(' ') || undefined
  const className = `${controlClass[kind]}${error ? ` ${invalidClass[kind]}` : ''}`.trim()
  const common = {
    id,
    name: field.name,
    className,
    required: field.required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  }
  const label = (
    <label className={`utrecht-form-label${kind === 'checkbox' ? ' utrecht-form-label--checkbox' : ''}`} htmlFor={id}>
      {field.label}
    </label>
  )
  const hint = field.hint && (
    <p className="utrecht-form-field-description" id={hintId}>
      {field.hint}
    </p>
  )
  const message = field.message && (
    <p
      className={`utrecht-form-field-error-message mao-form__error${error ? ' mao-form__error--shown' : ''}`}
      id={errorId(field.name)}
    >
      {error ?? field.message}
    </p>
  )

  if (kind === 'checkbox') {
    return (
      <div className="utrecht-form-field utrecht-form-field--checkbox mao-form__checkbox">
        <input {...common} type="checkbox" value="true" defaultChecked={initial === 'true'} />
        {label}
        {hint}
      </div>
    )
  }

  let control
  if (kind === 'textarea')
    control = <textarea {...common} rows={6} maxLength={field.maxLength} defaultValue={initial} />
  else if (kind === 'select') {
    control = (
      <select {...common} defaultValue={initial ?? ''}>
        <option value="">Maak een keuze</option>
        {field.options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    )
  } else {
    control = (
      <input
        {...common}
        type={kind}
        maxLength={field.maxLength}
        autoComplete={field.autocomplete}
        spellCheck={kind === 'email' ? false : undefined}
        defaultValue={initial}
      />
    )
  }
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">{label}</div>
      {hint}
      {message}
      <div className="utrecht-form-field__input">{control}</div>
    </div>
  )
}
