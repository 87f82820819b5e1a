'use client'
import { Button, Gutter, useAuth, useConfig } from '@payloadcms/ui'
import { formatDateTime } from '@mao/shared/dates'
import { useCallback, useEffect, useState } from 'react'
import { hasEditorRole } from '../../access/hasEditorRole'
import { formatDuration } from './buildFigures'
import { expectedLiveText } from './expectedLiveText'
import { rebuildProgress } from './rebuildProgress'

type Latest = {
  status: string
  trigger: string
  startedAt?: string | null
  finishedAt?: string | null
  durationMs?: number | null
  liveAt?: string | null
}
type Status = {
  enabled: boolean
  mode: 'local' | 'hook'
  state: 'idle' | 'scheduled' | 'running'
  latest: Latest | null
  /** When a change saved now will probably be live; null when idle or without an estimate. */
  expectedLiveAt: string | null
  /** The server's clock, to count down from. */
  now: string
}

const statusLabels: Record<string, string> = {
  queued: 'wachtend',
  running: 'bezig',
  succeeded: 'geslaagd',
  failed: 'mislukt',
}
const POLL_MS = 2000

// In the site's time zone, as everywhere in the admin, whatever the browser's.
const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso) : '')

function describeLatest(latest: Latest | null): string {
  if (!latest) return 'Nog geen sitebuilds.'
  const parts = [`Laatste sitebuild: ${statusLabels[latest.status] ?? latest.status}`]
  const time = when(latest.finishedAt ?? latest.startedAt)
  if (time) parts.push(time)
  if (typeof latest.durationMs === 'number') parts.push(formatDuration(latest.durationMs))
  return `${parts.join(' · ')} (${latest.trigger})`
}

type PanelProps = { heading?: boolean; gutter?: boolean }

/**
 * Latest build status and the "Site opnieuw bouwen" button, on the dashboard and above the build
 * list. Editors only: the build endpoints refuse contributors, whose dashboard shows nothing of it.
 */
export function RebuildPanel(props: PanelProps) {
  const { user } = useAuth()
  return hasEditorRole(user) ? <BuildPanel {...props} /> : null
}

function BuildPanel({ heading = false, gutter = false }: PanelProps) {
  const { config } = useConfig()
  const base = `${config.serverURL}${config.routes.api}/build-logs`
  const [status, setStatus] = useState<Status | null>(null)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  // Whether this panel saw a build planned or running: only then does it report the outcome.
  const [sawActive, setSawActive] = useState(false)

  const refresh = useCallback(async () => {
    const response = await fetch(`${base}/status`, { credentials: 'include' })
    if (response.ok) setStatus((await response.json()) as Status)
  }, [base])

  useEffect(() => {
    void refresh()
  }, [refresh])

  const active = status?.state === 'scheduled' || status?.state === 'running'
  useEffect(() => {
    if (active) setSawActive(true)
  }, [active])
  const progress = status ? rebuildProgress(status.state, status.latest, { sawActive, now: new Date() }) : null
  const eta = status && active ? expectedLiveText(status) : undefined
  useEffect(() => {
    if (!active) return
    const timer = setInterval(() => void refresh(), POLL_MS)
    return () => clearInterval(timer)
  }, [active, refresh])

  const rebuild = async () => {
    setBusy(true)
    setMessage('')
    setSawActive(false)
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
    <section style={{ margin: 'var(--base) 0', display: 'grid', gap: 'calc(var(--base) / 2)' }}>
      {heading ? <h2 style={{ margin: 0 }}>Website</h2> : null}
      {/* Announces state changes (planned, building, done, failed, the button's answer) only. */}
      <div aria-live="polite" style={{ display: 'grid', gap: 'calc(var(--base) / 2)' }}>
        <p style={{ margin: 0 }}>{status ? describeLatest(status.latest) : 'Status laden…'}</p>
        {progress && progress.phase !== 'idle' ? <p style={{ margin: 0 }}>{progress.text}</p> : null}
        {message ? <p style={{ margin: 0 }}>{message}</p> : null}
      </div>
      {active ? (
        // Outside the live region: the seconds change with every poll.
        <div style={{ display: 'grid', gap: 'calc(var(--base) / 4)' }}>
          {eta ? <span>{eta}</span> : null}
          {progress?.phase === 'running' && progress.elapsed ? <span>{progress.elapsed}</span> : null}
          {/* No value: Payload cannot know how far a build is, only that it runs. */}
          <progress aria-label="Voortgang van de sitebuild" style={{ inlineSize: '100%' }} />
        </div>
      ) : null}
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
    </section>
  )
  return gutter ? <Gutter>{panel}</Gutter> : panel
}
