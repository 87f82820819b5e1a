'use client'
import { Button, Gutter, useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type Latest = {
  status: string
  trigger: string
  startedAt?: string | null
  finishedAt?: string | null
  durationMs?: number | null
}
type Status = {
  enabled: boolean
  mode: 'local' | 'hook'
  state: 'idle' | 'scheduled' | 'running'
  latest: Latest | null
}

const statusLabels: Record<string, string> = {
  queued: 'wachtend',
  running: 'bezig',
  succeeded: 'geslaagd',
  failed: 'mislukt',
}
const stateLabels: Record<Status['state'], string> = {
  idle: '',
  scheduled: 'Er staat een sitebuild gepland.',
  running: 'De site wordt nu gebouwd.',
}
const POLL_MS = 2000

const when = (iso: string | null | undefined) =>
  iso ? new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : ''

function describeLatest(latest: Latest | null): string {
  if (!latest) return 'Nog geen sitebuilds.'
  const parts = [`Laatste sitebuild: ${statusLabels[latest.status] ?? latest.status}`]
  const time = when(latest.finishedAt ?? latest.startedAt)
  if (time) parts.push(time)
  if (typeof latest.durationMs === 'number') parts.push(`${Math.round(latest.durationMs / 1000)} s`)
  return `${parts.join(' · ')} (${latest.trigger})`
}

/** Latest build status and the "Site opnieuw bouwen" button, on the dashboard and above the build list. */
export function RebuildPanel({ heading = false, gutter = false }: { heading?: boolean; gutter?: boolean }) {
  const { config } = useConfig()
  const base = `${config.serverURL}${config.routes.api}/build-logs`
  const [status, setStatus] = useState<Status | null>(null)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  const refresh = useCallback(async () => {
    const response = await fetch(`${base}/status`, { credentials: 'include' })
    if (response.ok) setStatus((await response.json()) as Status)
  }, [base])

  useEffect(() => {
    void refresh()
  }, [refresh])

  const active = status?.state === 'scheduled' || status?.state === 'running'
  useEffect(() => {
    if (!active) return
    const timer = setInterval(() => void refresh(), POLL_MS)
    return () => clearInterval(timer)
  }, [active, refresh])

  const rebuild = async () => {
    setBusy(true)
    setMessage('')
    try {
      const response = await fetch(`${base}/rebuild`, { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message?: string }[] }
      setMessage(
        response.ok
          ? (body.message ?? 'Sitebuild ingepland.')
          : (body.errors?.[0]?.message ?? `Mislukt (HTTP ${response.status}).`),
      )
      await refresh()
    } catch {
      setMessage('De CMS-server is niet bereikbaar.')
    } finally {
      setBusy(false)
    }
  }

  const panel = (
    <section aria-live="polite" style={{ margin: 'var(--base) 0', display: 'grid', gap: 'calc(var(--base) / 2)' }}>
      {heading ? <h2 style={{ margin: 0 }}>Website</h2> : null}
      <p style={{ margin: 0 }}>{status ? describeLatest(status.latest) : 'Status laden…'}</p>
      {status && active ? <p style={{ margin: 0 }}>{stateLabels[status.state]}</p> : null}
      {status && !status.enabled ? <p style={{ margin: 0 }}>Automatisch herbouwen staat uit op deze server.</p> : null}
      <div>
        <Button
          buttonStyle="secondary"
          disabled={busy || !status?.enabled}
          onClick={() => void rebuild()}
          margin={false}
        >
          Site opnieuw bouwen
        </Button>
      </div>
      {message ? <p style={{ margin: 0 }}>{message}</p> : null}
    </section>
  )
  return gutter ? <Gutter>{panel}</Gutter> : panel
}
