'use client'
import { Button, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import { useNewsletterApiUrl } from './useApiUrl'

type Progress = { total?: number | null; sent?: number | null; failed?: number | null; pausedReason?: string | null }
type Live = { status?: string; progress?: Progress | null }

/**
 * The send button for an approved, saved edition, and the progress (sent / total, failed)
 * while it is being sent, refreshed every two seconds.
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

  useEffect(() => {
    if (!docUrl || status !== 'sending') return
    const timer = setInterval(async () => {
      const response = await fetch(`${docUrl}/progress`, { credentials: 'include' }).catch(() => undefined)
      if (!response?.ok) return
      const { status: current, ...counts } = (await response.json()) as Progress & { status: string }
      setLive({ status: current, progress: counts })
      if (current === 'sent') router.refresh()
    }, 2000)
    return () => clearInterval(timer)
  }, [docUrl, status, router])

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
            {progress?.failed ? `, ${progress.failed} mislukt` : ''}.
          </p>
          <progress
            max={Math.max(total, 1)}
            value={done}
            aria-label="Voortgang van het versturen"
            style={{ width: '100%' }}
          />
          {progress?.pausedReason && status === 'sending' ? <p>Gepauzeerd: {progress.pausedReason}</p> : null}
        </div>
      ) : null}
      <p role="status" style={{ color: message && !message.ok ? 'var(--theme-error-500)' : undefined }}>
        {message?.text}
      </p>
    </div>
  )
}
