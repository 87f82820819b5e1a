import type { Payload, TypedUser } from 'payload'
import { CONTACT_MESSAGES } from '../collections/ContactMessages'
import { messagesOverview } from './messagesOverview'

/** On the dashboard: how many contact messages wait, with links to them (server component). */
export async function MessagesPanel({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  const overview = await messagesOverview(payload, user)
  if (!overview) return null
  const { newCount, officeAddressMissing } = overview
  const list = `${payload.config.routes.admin}/collections/${CONTACT_MESSAGES}`
  const newOnes = `${list}?${new URLSearchParams({ 'where[status][equals]': 'new' }).toString()}`
  return (
    <section
      aria-labelledby="berichten-panel"
      style={{ margin: 'var(--base) 0', display: 'grid', gap: 'calc(var(--base) / 2)' }}
    >
      <h2 id="berichten-panel" style={{ margin: 0 }}>
        Berichten
      </h2>
      <p style={{ margin: 0 }}>
        {newCount === 0
          ? 'Geen nieuwe berichten.'
          : `${newCount} ${newCount === 1 ? 'nieuw bericht' : 'nieuwe berichten'}.`}
      </p>
      {officeAddressMissing ? (
        <p style={{ margin: 0 }}>
          Er staat geen e-mailadres onder Contact in de{' '}
          <a href={`${payload.config.routes.admin}/globals/site-settings`}>site-instellingen</a>: berichten worden
          bewaard, maar niet naar het programmabureau gemaild.
        </p>
      ) : null}
      <p style={{ margin: 0, display: 'flex', gap: 'var(--base)' }}>
        {newCount > 0 ? <a href={newOnes}>Nieuwe berichten bekijken</a> : null}
        <a href={list}>Alle berichten</a>
      </p>
    </section>
  )
}
