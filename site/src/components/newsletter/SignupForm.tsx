import { useEffect, useRef, useState, type SubmitEvent } from 'react'
import { signupMessages, type SignupError } from './signupMessages'

interface Props {
  /** The CMS endpoint the form posts to (POST /api/subscribers/subscribe). */
  action: string
  consentText: string
  privacyVersion: string
  privacyUrl: string
}

type State =
  { kind: 'idle' } | { kind: 'sending' } | { kind: 'done'; email: string } | { kind: 'error'; error: SignupError }

const isSignupError = (value: string | null): value is SignupError =>
  value === 'email' || value === 'te-vaak' || value === 'onbekend'

/**
 * The newsletter sign-up. Rendered as a plain HTML form that posts to the CMS and works without
 * JavaScript (the CMS redirects to the thank-you page, or back here with ?fout=… whose message
 * CSS shows through :target). With JavaScript it posts in the background, keeps the visitor on
 * the page and announces the outcome: success in a status region, errors as an alert next to
 * the field, which gets focus.
 */
export default function SignupForm({ action, consentText, privacyVersion, privacyUrl }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' })
  const [enhanced, setEnhanced] = useState(false)
  const emailRef = useRef<HTMLInputElement>(null)
  const doneRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    setEnhanced(true)
    const error = new URLSearchParams(window.location.search).get('fout')
    if (isSignupError(error)) setState({ kind: 'error', error })
  }, [])

  useEffect(() => {
    if (state.kind === 'done') doneRef.current?.focus()
    if (state.kind === 'error' && state.error === 'email') emailRef.current?.focus()
  }, [state])

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    const email = String(data.get('email') ?? '').trim()
    if (!emailRef.current?.validity.valid || !email) {
      setState({ kind: 'error', error: 'email' })
      return
    }
    setState({ kind: 'sending' })
    try {
      const response = await fetch(action, {
        method: 'POST',
        headers: { Accept: 'application/json' },
        body: new URLSearchParams(data as unknown as Record<string, string>),
      })
      if (response.status === 202) setState({ kind: 'done', email })
      else if (response.status === 400) setState({ kind: 'error', error: 'email' })
      else if (response.status === 429) setState({ kind: 'error', error: 'te-vaak' })
      else setState({ kind: 'error', error: 'onbekend' })
    } catch {
      setState({ kind: 'error', error: 'onbekend' })
    }
  }

  if (state.kind === 'done') {
    return (
      <div
        className="mao-newsletter__done"
        ref={doneRef}
        tabIndex={-1}
        role="status"
        aria-labelledby="nieuwsbrief-klaar"
      >
        <h2 className="utrecht-heading-2" id="nieuwsbrief-klaar">
          Bijna klaar: bevestig je aanmelding
        </h2>
        <p className="utrecht-paragraph">
          Als <strong>{state.email}</strong> nog niet op de lijst staat, krijg je binnen een paar minuten een e-mail met
          een knop om je aanmelding te bevestigen. Pas daarna sturen we je de nieuwsupdate.
        </p>
        <p className="utrecht-paragraph">
          Geen e-mail gekregen? Kijk in de map met ongewenste e-mail, of probeer het over een tijdje opnieuw.
        </p>
      </div>
    )
  }

  const error = state.kind === 'error' ? state.error : undefined
  const emailError = error === 'email'
  return (
    <form
      className="mao-newsletter"
      action={action}
      method="post"
      noValidate={enhanced}
      onSubmit={submit}
      aria-labelledby="nieuwsbrief-aanmelden"
    >
      <h2 className="utrecht-heading-2" id="nieuwsbrief-aanmelden">
        Aanmelden
      </h2>
      {/* Without JavaScript the CMS sends visitors back to #fout-…; :target shows that message. */}
      <p
        id="fout-te-vaak"
        className={`mao-newsletter__error${error === 'te-vaak' || error === 'onbekend' ? ' mao-newsletter__error--shown' : ''}`}
        role={error === 'te-vaak' || error === 'onbekend' ? 'alert' : undefined}
      >
        {error === 'onbekend' ? signupMessages.onbekend : signupMessages['te-vaak']}
      </p>
      <input type="hidden" name="form" value="nieuwsbrief-pagina" />
      <input type="hidden" name="privacyVersion" value={privacyVersion} />
      <div className={`utrecht-form-field${emailError ? ' utrecht-form-field--invalid' : ''}`}>
        <label className="utrecht-form-label" htmlFor="nieuwsbrief-email">
          E-mailadres
        </label>
        <p
          id="fout-email"
          className={`mao-newsletter__error${emailError ? ' mao-newsletter__error--shown' : ''}`}
          role={emailError ? 'alert' : undefined}
        >
          {signupMessages.email}
        </p>
        <input
          ref={emailRef}
          className="utrecht-textbox utrecht-textbox--html-input mao-newsletter__email"
          type="email"
          id="nieuwsbrief-email"
          name="email"
          autoComplete="email"
          inputMode="email"
          maxLength={254}
          required
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? 'fout-email' : undefined}
        />
      </div>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="nieuwsbrief-naam">
          Naam <span className="mao-newsletter__optional">(niet verplicht)</span>
        </label>
        <input
          className="utrecht-textbox utrecht-textbox--html-input mao-newsletter__name"
          type="text"
          id="nieuwsbrief-naam"
          name="name"
          autoComplete="name"
          maxLength={100}
        />
      </div>
      <div className="mao-visually-hidden" aria-hidden="true">
        <label htmlFor="nieuwsbrief-website">Laat dit veld leeg</label>
        <input type="text" id="nieuwsbrief-website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <p className="utrecht-paragraph mao-newsletter__consent" id="nieuwsbrief-toestemming">
        {consentText}{' '}
        <a className="utrecht-link utrecht-link--html-a" href={privacyUrl}>
          Lees de privacyverklaring
        </a>
        .
      </p>
      <button
        className="utrecht-button utrecht-button--primary-action utrecht-button--html-button"
        type="submit"
        aria-describedby="nieuwsbrief-toestemming"
        disabled={state.kind === 'sending'}
      >
        {state.kind === 'sending' ? 'Bezig met aanmelden…' : 'Aanmelden voor de nieuwsupdate'}
      </button>
    </form>
  )
}
