'use client'
import { Button } from '@payloadcms/ui'
import { useState } from 'react'

export type UncertainBatch = { number: number; size: number; firstAttemptAt: string | null; error: string | null }

/**
 * Batches that may or may not have gone out (see "onzeker" in the send log): per batch the
 * editor resends it or marks it as sent. Nothing happens to them by itself.
 */
export function UncertainBatches({
  docUrl,
  batches,
  onDecided,
}: {
  docUrl: string
  batches: UncertainBatch[]
  onDecided: () => void
}) {
  const [busy, setBusy] = useState<number>()
  const [error, setError] = useState<string>()
  if (batches.length === 0) return null

  const decide = async (number: number, decision: 'resend' | 'markSent') => {
    const question =
      decision === 'resend'
        ? `Batch ${number} opnieuw versturen? Wie deze batch al ontving, krijgt hem dan twee keer.`
        : `Batch ${number} als verzonden markeren? Wie hem niet ontving, krijgt hem dan niet meer.`
    if (!window.confirm(question)) return
    setBusy(number)
    setError(undefined)
    try {
      const response = await fetch(`${docUrl}/batches/${number}/decision`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ decision }),
      })
      const body = (await response.json()) as { ok: boolean; message?: string }
      if (body.ok) onDecided()
      else setError(body.message ?? 'Dat lukte niet.')
    } catch {
      setError('Geen verbinding met de server.')
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <div>
      <p>
        <strong>Onzeker</strong>: van deze batches weten we niet of ze zijn aangekomen. Kies per batch.
      </p>
      <ul>
        {batches.map((batch) => (
          <li key={batch.number} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
            Batch {batch.number} ({batch.size} ontvangers)
            {batch.firstAttemptAt ? `, eerste poging ${new Date(batch.firstAttemptAt).toLocaleString('nl-NL')}` : ''}
            {batch.error ? <div>{batch.error}</div> : null}
            <Button
              buttonStyle="secondary"
              size="small"
              disabled={busy !== undefined}
              onClick={() => void decide(batch.number, 'resend')}
            >
              Opnieuw versturen
            </Button>{' '}
            <Button
              buttonStyle="secondary"
              size="small"
              disabled={busy !== undefined}
              onClick={() => void decide(batch.number, 'markSent')}
            >
              Als verzonden markeren
            </Button>
          </li>
        ))}
      </ul>
      {error ? <p style={{ color: 'var(--theme-error-500)' }}>{error}</p> : null}
    </div>
  )
}
