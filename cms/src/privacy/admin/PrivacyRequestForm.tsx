'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useState, type FormEvent } from 'react'

type Count = { label: string; deleted: number; anonymised: number; kept: number }
type Summary = { counts: Record<string, Count>; total: { deleted: number; anonymised: number; kept: number } }
type State =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'confirm'; email: string }
  | { step: 'error'; message: string }
  | { step: 'exported'; email: string; found: number }
  | { step: 'erased'; email: string; summary: Summary }

async function errorOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
  return body.errors?.[0]?.message ?? `Mislukt (HTTP ${response.status}).`
}

function download(data: unknown, filename: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.click()
  URL.revokeObjectURL(url)
}

const filenameOf = (response: Response) =>
  /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'persoonsgegevens.json'

/** Export (download) or erase (after confirming) everything stored about one address. */
export function PrivacyRequestForm() {
  const {
    config: { serverURL, routes },
  } = useConfig()
  const [email, setEmail] = useState('')
  const [state, setState] = useState<State>({ step: 'idle' })
  const post = (action: 'export' | 'erase', address: string) =>
    fetch(`${serverURL ?? ''}${routes.api}/privacy/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: address }),
    })

  const exportData = async (event: FormEvent) => {
    event.preventDefault()
    setState({ step: 'busy' })
    try {
      const response = await post('export', email)
      if (!response.ok) return setState({ step: 'error', message: await errorOf(response) })
      const data = (await response.json()) as { email: string; data: Record<string, { records: unknown[] }> }
      download(data, filenameOf(response))
      const found = Object.values(data.data).reduce((sum, { records }) => sum + records.length, 0)
      setState({ step: 'exported', email: data.email, found })
    } catch {
      setState({ step: 'error', message: 'De CMS-server is niet bereikbaar.' })
    }
  }

  const erase = async (address: string) => {
    setState({ step: 'busy' })
    try {
      const response = await post('erase', address)
      if (!response.ok) return setState({ step: 'error', message: await errorOf(response) })
      setState({ step: 'erased', email: address, summary: (await response.json()) as Summary })
    } catch {
      setState({ step: 'error', message: 'De CMS-server is niet bereikbaar.' })
    }
  }

  const busy = state.step === 'busy'
  return (
    <div style={{ maxWidth: '40rem' }}>
      <p>
        Vraagt iemand welke gegevens we van hem of haar hebben, of wil iemand dat we die wissen? Vul het e-mailadres in.
        Het overzicht omvat nieuwsbriefabonnementen, aanmeldingen als aandeelhouder, inschrijvingen, contactberichten,
        ingestuurde voorbeelden en profielen, contactpersonen en ontvangerslijsten van nieuwsupdates. Hoofdletters maken
        niet uit.
      </p>
      <form onSubmit={exportData}>
        <label htmlFor="privacy-email" style={{ display: 'block', fontWeight: 600 }}>
          E-mailadres
        </label>
        <input
          id="privacy-email"
          type="email"
          required
          autoComplete="off"
          value={email}
          onChange={(event) => {
            setEmail(event.target.value)
            if (state.step !== 'busy') setState({ step: 'idle' })
          }}
          style={{ width: '100%', padding: '0.5rem', margin: '0.25rem 0 1rem' }}
        />
        <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
          <Button type="submit" disabled={busy || !email}>
            Gegevens downloaden (JSON)
          </Button>
          <Button
            type="button"
            buttonStyle="secondary"
            disabled={busy || !email}
            onClick={() => setState({ step: 'confirm', email: email.trim() })}
          >
            Gegevens wissen…
          </Button>
        </div>
      </form>
      <div role="status" aria-live="polite" style={{ marginTop: '1.5rem' }}>
        {busy && <p>Bezig…</p>}
        {state.step === 'error' && <p style={{ color: 'var(--theme-error-500)' }}>{state.message}</p>}
        {state.step === 'exported' && (
          <p>
            Export van {state.email} gedownload: {state.found} gegeven(s) gevonden. Stuur het bestand alleen naar dit
            adres.
          </p>
        )}
        {state.step === 'erased' && (
          <>
            <p>
              Gegevens van {state.email} gewist: {state.summary.total.deleted} verwijderd,{' '}
              {state.summary.total.anonymised} geanonimiseerd
              {state.summary.total.kept > 0 ? `, ${state.summary.total.kept} bewaard` : ''}.
            </p>
            <ul>
              {Object.entries(state.summary.counts)
                .filter(([, count]) => count.deleted + count.anonymised + count.kept > 0)
                .map(([key, count]) => (
                  <li key={key}>
                    {count.label}: {count.deleted} verwijderd, {count.anonymised} geanonimiseerd
                    {count.kept > 0 ? `, ${count.kept} bewaard` : ''}
                  </li>
                ))}
            </ul>
            {state.summary.total.kept > 0 && (
              <p>
                Bewaard: een account in het CMS (verwijder dat zelf onder Gebruikers) of een nieuwsupdate die nu
                verstuurd wordt (wis dan later nog eens).
              </p>
            )}
          </>
        )}
      </div>
      {state.step === 'confirm' && (
        <div role="alertdialog" aria-labelledby="privacy-confirm" style={{ marginTop: '1.5rem' }}>
          <p id="privacy-confirm">
            <strong>Alles wat we van {state.email} bewaren wissen?</strong> Dit kan niet ongedaan worden gemaakt.
            Aanmeldingen en inschrijvingen verdwijnen; wie op de wachtlijst staat, schuift door.
          </p>
          <div style={{ display: 'flex', gap: '1rem' }}>
            <Button type="button" onClick={() => void erase(state.email)}>
              Ja, definitief wissen
            </Button>
            <Button type="button" buttonStyle="secondary" onClick={() => setState({ step: 'idle' })}>
              Annuleren
            </Button>
          </div>
        </div>
      )}
    </div>
  )
}
