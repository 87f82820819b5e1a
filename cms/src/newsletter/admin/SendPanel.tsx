'use client'
import { Button, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import { UncertainBatches, type UncertainBatch } from './UncertainBatches'
import { useNewsletterApiUrl } from './useApiUrl'

type Progress = {
  total?: number | null
  sent?: number | null
  failed?: number | null
  uncertain?: number | null
  pausedReason?: string | null
}
type Live = { status?: string; progress?: Progress | null; uncertainBatches?: UncertainBatch[] }

/**
 * The send button for an approved, saved edition, and the progress (sent / total, failed)
 * while it is being sent, refreshed every two seconds, with the uncertain batches to decide on.
 */
export function SendPanel() {
  const { id, data } = useDocumentInfo()
  const modified = useFormModified()
  const router = useRouter()
  const docUrl = useNewsletterApiUrl(id)
  const [live, setLive] = useState<Live>()
  const [message, setMessage] = useState<{ ok: boolean; text: string }>()
  const [busy, setBusy] = useState(false)
  const status = live?.status ?? (data?.status as string | undefined)
  const progress = live?.progress ?? (data?.progress as Progress | undefined)

  const [refreshes, setRefreshes] = useState(0)

  useEffect(() => {
    if (!docUrl || status !== 'sending') return
    const refresh = async () => {
      const response = await fetch(`${docUrl}/progress`, { credentials: 'include' }).catch(() => undefined)
      if (!response?.ok) return
      const {
        status: current,
        uncertainBatches = [],
        ...counts
      } = (await response.json()) as Progress & { status: string; uncertainBatches?: UncertainBatch[] }
      setLive({ status: current, progress: counts, uncertainBatches })
      if (current === 'sent') router.refresh()
    }
    void refresh()
    const timer = setInterval(() => void refresh(), 2000)
    return () => clearInterval(timer)
  }, [docUrl, status, router, refreshes])

  if (!docUrl) return null

  const send = async () => {
    if (
      !window.confirm(
        'De nieuwsupdate gaat nu naar alle bevestigde abonnees. Dit kan niet ongedaan worden gemaakt. Doorgaan?',
      )
    )
      return
    setBusy(true)
    setMessage(undefined)
    try {
      const response = await fetch(`${docUrl}/send`, { method: 'POST', credentials: 'include' })
      const body = (await response.json()) as { ok: boolean; message?: string; total?: number; warning?: string }
      if (body.ok) {
        setMessage({
          ok: true,
          text: `Versturen gestart naar ${body.total} abonnees.${body.warning ? ` Let op: ${body.warning}` : ''}`,
        })
        setLive({ status: 'sending', progress: { total: body.total, sent: 0, failed: 0 } })
      } else setMessage({ ok: false, text: body.message ?? 'Versturen kon niet starten.' })
    } catch {
      setMessage({ ok: false, text: 'Geen verbinding met de server.' })
    } finally {
      setBusy(false)
    }
  }

  const total = progress?.total ?? 0
  const done = (progress?.sent ?? 0) + (progress?.failed ?? 0)
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      {status === 'draft' ? <p>Keur de nieuwsupdate goed en sla op; daarna kun je hier versturen.</p> : null}
      {status === 'approved' ? (
        <>
          <Button buttonStyle="primary" margin={false} disabled={busy || modified} onClick={() => void send()}>
            {busy ? 'Bezig…' : 'Versturen naar abonnees'}
          </Button>
          {modified ? <p>Sla eerst je wijzigingen op.</p> : null}
        </>
      ) : null}
      {status === 'sending' || status === 'sent' ? (
        <div>
          <p>
            <strong>{status === 'sent' ? 'Verstuurd' : 'Wordt verstuurd'}</strong>: {progress?.sent ?? 0} van {total}{' '}
            e-mails
            {progress?.failed ? `, ${progress.failed} mislukt` : ''}
            {progress?.uncertain ? `, ${progress.uncertain} onzeker` : ''}.
          </p>
          <progress
            max={Math.max(total, 1)}
            value={done}
            aria-label="Voortgang van het versturen"
            style={{ width: '100%' }}
          />
          {progress?.pausedReason && status === 'sending' ? <p>Gepauzeerd: {progress.pausedReason}</p> : null}
          {status === 'sending' ? (
            <UncertainBatches
              docUrl={docUrl}
              batches={live?.uncertainBatches ?? []}
              onDecided={() => setRefreshes((count) => count + 1)}
            />
          ) : null}
        </div>
      ) : null}
      <p role="status" style={{ color: message && !message.ok ? 'var(--theme-error-500)' : undefined }}>
        {message?.text}
      </p>
    </div>
  )
}
