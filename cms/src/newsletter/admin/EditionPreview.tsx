'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'
import { useNewsletterApiUrl } from './useApiUrl'

/**
 * The email exactly as it is sent, in a sandboxed frame (no scripts), refreshed after each save.
 * The sample unsubscribe link stands in for each subscriber's own.
 */
export function EditionPreview() {
  const { id, lastUpdateTime } = useDocumentInfo()
  const [reloads, setReloads] = useState(0)
  const url = useNewsletterApiUrl(id, '/preview')
  if (!url) return <p>Sla de nieuwsupdate eerst op; daarna zie je hier hoe de e-mail eruitziet.</p>
  const version = `v=${lastUpdateTime}-${reloads}`
  return (
    <section aria-labelledby="newsletter-preview-heading" style={{ marginBottom: 'var(--base)' }}>
      <h3 id="newsletter-preview-heading">Voorbeeld van de e-mail</h3>
      <p>
        Zo ziet de e-mail eruit na de laatste keer opslaan.{' '}
        <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setReloads((n) => n + 1)}>
          Vernieuwen
        </Button>{' '}
        <a href={`${url}?format=text&${version}`} target="_blank" rel="noreferrer">
          Tekstversie openen
        </a>
      </p>
      <iframe
        key={version}
        title="Voorbeeld van de nieuwsupdate"
        src={`${url}?${version}`}
        sandbox=""
        style={{ width: '100%', height: '80vh', border: '1px solid var(--theme-elevation-150)', background: '#fff' }}
      />
    </section>
  )
}
