'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useId, useState, type SyntheticEvent } from 'react'
import { useNewsletterApiUrl } from './useApiUrl'

type Result = { ok: boolean; message: string }

/** "Verstuur test": the edition, with [TEST] in the subject, to the given addresses only. */
export function SendTestForm() {
  const { id } = useDocumentInfo()
  const url = useNewsletterApiUrl(id, '/send-test')
  const inputId = useId()
  const [addresses, setAddresses] = useState('')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<Result>()
  if (!url) return null

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault()
    setBusy(true)
    setResult(undefined)
    try {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ addresses }),
      })
      const body = (await response.json()) as { ok: boolean; message?: string; sent?: number }
      setResult(
        body.ok
          ? { ok: true, message: `Test verstuurd naar ${body.sent} adres(sen).` }
          : { ok: false, message: body.message ?? 'Versturen mislukt.' },
      )
    } catch {
      setResult({ ok: false, message: 'Geen verbinding met de server.' })
    } finally {
      setBusy(false)
    }
  }

  // A div, not a form: this sits inside the document's own form.
  return (
    <section aria-labelledby={`${inputId}-heading`}>
      <h3 id={`${inputId}-heading`}>Verstuur test</h3>
      <label htmlFor={inputId}>E-mailadressen (hoogstens 5, gescheiden door komma&apos;s)</label>
      <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)', marginTop: 4 }}>
        <input
          id={inputId}
          type="text"
          inputMode="email"
          autoComplete="email"
          value={addresses}
          onChange={(event) => setAddresses(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void submit(event)
          }}
          style={{ flex: 1 }}
        />
        <Button
          buttonStyle="primary"
          size="small"
          margin={false}
          disabled={busy}
          onClick={(event) => void submit(event)}
        >
          {busy ? 'Bezig…' : 'Verstuur test'}
        </Button>
      </div>
      <p role="status" style={{ color: result && !result.ok ? 'var(--theme-error-500)' : undefined }}>
        {result?.message}
      </p>
    </section>
  )
}
