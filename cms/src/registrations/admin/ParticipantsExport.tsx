'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Availability = { capacity: number; registered: number; waitlist: number; state: 'open' | 'waitlist' | 'closed' }

const STATE_LABELS: Record<Availability['state'], string> = {
  open: 'aanmelden kan',
  waitlist: 'vol, nieuwe aanmeldingen komen op de wachtlijst',
  closed: 'aanmelding gesloten',
}

/**
 * On a community's or event's edit view: how many are registered and waiting, and the link to
 * download the participants as CSV for Excel. The list itself is the join field beside it.
 */
export function ParticipantsExport() {
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: { serverURL, routes },
  } = useConfig()
  const [summary, setSummary] = useState<Availability>()
  const api = `${serverURL ?? ''}${routes.api}/registrations`
  const target = id === undefined ? undefined : `${collectionSlug}:${id}`

  useEffect(() => {
    if (!target) return
    void fetch(`${api}/availability`, { credentials: 'include' })
      .then((response) =>
        response.ok ? (response.json() as Promise<{ targets: Record<string, Availability> }>) : undefined,
      )
      .then((body) => setSummary(body?.targets[target]))
      .catch(() => undefined)
  }, [api, target])

  if (!target) return null
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      {summary && (
        <p>
          {summary.registered} van de {summary.capacity} plaatsen bezet, {summary.waitlist} op de wachtlijst;{' '}
          {STATE_LABELS[summary.state]}.
        </p>
      )}
      <a
        className="btn btn--style-secondary btn--size-small"
        href={`${api}/export.csv?target=${encodeURIComponent(target)}`}
        download
      >
        Deelnemers exporteren (CSV)
      </a>
    </div>
  )
}
