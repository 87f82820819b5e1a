import { useEffect, useRef, useState, type SubmitEvent } from 'react'
import {
  fieldValues,
  formSpecs,
  HONEYPOT_FIELD,
  PRIVACY_VERSION_FIELD,
  type FormName,
  type FormSpec,
} from '@mao/shared/forms/formSpecs'
import { validateForm, type FormErrors } from '@mao/shared/forms/validateForm'
import type { FormConsent } from '../../lib/forms/consent'
import {
  doneMessages,
  generalErrors,
  isGeneralError,
  queryPrefill,
  type GeneralError,
} from '../../lib/forms/formMessages'
import ErrorSummary, { type SummaryItem } from './ErrorSummary'
import PublicFormField, { errorId } from './PublicFormField'

interface Props {
  form: FormName
  /** The CMS's public address plus the form's endpoint (`formAction(form)`). */
  action: string
  consent: FormConsent
  /** Values posted without being shown, such as the registration's `target`. */
  hidden?: Record<string, string>
  /** Starting values, by field name. */
  initial?: Record<string, string>
  /** Level of the headings inside (error summary, done message): one below the section's. */
  headingLevel?: 2 | 3
}

type Status = 'idle' | 'sending' | 'done'
type Focus = 'summary' | 'general' | 'done' | undefined

/** Only errors of this form's own fields; anything else from the server counts as a failure. */
function knownErrors(spec: FormSpec, body: unknown): FormErrors {
  const errors = (body as { errors?: unknown } | undefined)?.errors
  if (!errors || typeof errors !== 'object') return {}
  const known: FormErrors = {}
  for (const field of spec.fields) {
    const message = (errors as Record<string, unknown>)[field.name]
    if (typeof message === 'string' && message) known[field.name] = message
  }
  return known
}

/**
 * Any public form, rendered from its spec (`formSpecs`). Without JavaScript it is a plain HTML form
 * posting to the CMS with the browser's own checks; the CMS redirects to a thank-you page, or back
 * with `?fout=<field>#fout-<field>`, whose message CSS shows through `:target`. With JavaScript it
 * checks with the same rules first, posts in the background, lists the errors at the top (focused)
 * and beside each field while keeping what was typed, and replaces itself with a done message.
 */
export default function PublicForm({ form, action, consent, hidden = {}, initial = {}, headingLevel = 2 }: Props) {
  const spec: FormSpec = formSpecs[form]
  const [enhanced, setEnhanced] = useState(false)
  const [status, setStatus] = useState<Status>('idle')
  const [errors, setErrors] = useState<FormErrors>({})
  const [general, setGeneral] = useState<GeneralError | undefined>()
  const [focus, setFocus] = useState<{ target: Focus }>({ target: undefined })
  const formRef = useRef<HTMLFormElement>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const generalRef = useRef<HTMLParagraphElement>(null)
  const doneRef = useRef<HTMLDivElement>(null)
  const id = (name: string) => `${form}-${name}`

  useEffect(() => {
    setEnhanced(true)
    const params = new URLSearchParams(window.location.search)
    const prefill = queryPrefill[form]
    const prefillField = prefill && spec.fields.find((field) => field.name === prefill.field)
    const prefillValue = prefill ? params.get(prefill.param) : null
    const element = prefillField && formRef.current?.elements.namedItem(prefillField.name)
    if (
      prefillField &&
      prefillValue &&
      element instanceof HTMLSelectElement &&
      fieldValues(prefillField).includes(prefillValue)
    ) {
      element.value = prefillValue
    }
    const fout = params.get('fout')
    const field = spec.fields.find((candidate) => candidate.name === fout)
    if (field?.message) {
      setErrors({ [field.name]: field.message })
      setFocus({ target: 'summary' })
    } else if (isGeneralError(fout)) {
      setGeneral(fout)
      setFocus({ target: 'general' })
    }
  }, [form, spec])

  useEffect(() => {
    if (focus.target) ({ summary: summaryRef, general: generalRef, done: doneRef })[focus.target].current?.focus()
  }, [focus])

  const fail = (next: FormErrors | GeneralError) => {
    setStatus('idle')
    if (typeof next === 'string') {
      setErrors({})
      setGeneral(next)
      setFocus({ target: 'general' })
    } else {
      setErrors(next)
      setGeneral(undefined)
      setFocus({ target: 'summary' })
    }
  }

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (status === 'sending') return
    const posted = new URLSearchParams()
    for (const [name, value] of new FormData(event.currentTarget))
      if (typeof value === 'string') posted.append(name, value)
    const checked = validateForm(spec, Object.fromEntries(posted))
    if (!checked.ok) return fail(checked.errors)
    setStatus('sending')
    try {
      const response = await fetch(action, { method: 'POST', headers: { Accept: 'application/json' }, body: posted })
      if (response.status === 202) {
        setStatus('done')
        setFocus({ target: 'done' })
      } else if (response.status === 400) {
        const found = knownErrors(spec, await response.json().catch(() => undefined))
        fail(Object.keys(found).length > 0 ? found : 'onbekend')
      } else fail(response.status === 429 ? 'te-vaak' : 'onbekend')
    } catch {
      fail('onbekend')
    }
  }

  const Heading = headingLevel === 3 ? 'h3' : 'h2'
  if (status === 'done') {
    const done = doneMessages[form]
    return (
      <div
        className="mao-form__done"
        id={id('klaar')}
        ref={doneRef}
        tabIndex={-1}
        role="status"
        aria-labelledby={id('klaar-titel')}
      >
        <Heading className={`utrecht-heading-${headingLevel}`} id={id('klaar-titel')}>
          {done.heading}
        </Heading>
        {done.paragraphs.map((paragraph) => (
          <p className="utrecht-paragraph" key={paragraph}>
            {paragraph}
          </p>
        ))}
      </div>
    )
  }

  const summary: SummaryItem[] = spec.fields
    .filter((field) => errors[field.name])
    .map((field) => ({ message: errors[field.name]!, inputId: field.kind === 'hidden' ? undefined : id(field.name) }))
  const hiddenFields = spec.fields.filter((field) => field.kind === 'hidden')
  const extraHidden = Object.entries(hidden).filter(([name]) => !spec.fields.some((field) => field.name === name))
  return (
    <form
      className={`mao-form${enhanced ? ' mao-form--enhanced' : ''}`}
      id={id('formulier')}
      ref={formRef}
      action={action}
      method="post"
      noValidate={enhanced}
      onSubmit={submit}
    >
      {summary.length > 0 && (
        <ErrorSummary id={id('fouten')} ref={summaryRef} headingLevel={headingLevel} items={summary} />
      )}
      {/* Without JavaScript the CMS sends visitors back to #fout-…; :target shows that message. */}
      {(Object.keys(generalErrors) as GeneralError[]).map((key) => (
        <p
          key={key}
          id={errorId(key)}
          ref={general === key ? generalRef : undefined}
          tabIndex={general === key ? -1 : undefined}
          role={general === key ? 'alert' : undefined}
          className={`utrecht-form-field-error-message mao-form__error${general === key ? ' mao-form__error--shown' : ''}`}
        >
          {generalErrors[key]}
        </p>
      ))}
      {hiddenFields.map((field) => (
        <p key={field.name} id={errorId(field.name)} className="utrecht-form-field-error-message mao-form__error">
          {field.message}
        </p>
      ))}
      {hiddenFields.map((field) => (
        <input
          key={field.name}
          type="hidden"
          name={field.name}
          value={hidden[field.name] ?? initial[field.name] ?? ''}
        />
      ))}
      {extraHidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name={PRIVACY_VERSION_FIELD} value={consent.version} />
      {spec.fields.map((field) => (
        <PublicFormField
          key={field.name}
          field={field}
          id={id(field.name)}
          error={errors[field.name]}
          initial={initial[field.name]}
        />
      ))}
      <div className="mao-visually-hidden" aria-hidden="true">
        <label htmlFor={id(HONEYPOT_FIELD)}>Laat dit veld leeg</label>
        <input type="text" id={id(HONEYPOT_FIELD)} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
      </div>
      <p className="utrecht-paragraph mao-form__consent" id={id('toestemming')}>
        {consent.text}{' '}
        <a className="utrecht-link utrecht-link--html-a" href={consent.privacyUrl}>
          Lees de privacyverklaring
        </a>
        .
      </p>
      <button
        className="utrecht-button utrecht-button--primary-action utrecht-button--html-button"
        type="submit"
        id={id('versturen')}
        aria-describedby={id('toestemming')}
      >
        {status === 'sending' ? 'Bezig met versturen…' : spec.submit}
      </button>
    </form>
  )
}
