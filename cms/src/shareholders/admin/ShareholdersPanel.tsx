import type { Payload, TypedUser } from 'payload'
import { shareholdersPanelData } from './panelData'

const when = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' }).format(new Date(iso))

/**
 * On the dashboard: how many applications wait for review, the oldest few with links, and
 * decisions whose email could not be sent. Nothing for a visitor who is not logged in.
 */
export async function ShareholdersPanel({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  const data = await shareholdersPanelData(payload, user)
  if (!data) return null
  const { count, oldest, listHref, failures } = data
  return (
    <section
      aria-labelledby="aandeelhouders-panel"
      style={{ margin: 'var(--base) 0', display: 'grid', gap: 'calc(var(--base) / 2)' }}
    >
      <h2 id="aandeelhouders-panel" style={{ margin: 0 }}>
        Aanmeldingen aandeelhouders
      </h2>
      <p style={{ margin: 0 }}>
        {count === 0
          ? 'Er wachten geen aanmeldingen op beoordeling.'
          : `${count} ${count === 1 ? 'aanmelding wacht' : 'aanmeldingen wachten'} op beoordeling.`}
      </p>
      {oldest.length > 0 ? (
        <ul style={{ margin: 0 }}>
          {oldest.map((item) => (
            <li key={item.id}>
              <a href={item.href}>{item.organisation}</a>
              {item.since ? ` (sinds ${when(item.since)})` : null}
            </li>
          ))}
        </ul>
      ) : null}
      {count > oldest.length ? (
        <p style={{ margin: 0 }}>
          <a href={listHref}>Alle {count} te beoordelen aanmeldingen</a>
        </p>
      ) : null}
      {failures.length > 0 ? (
        <div role="alert">
          <p style={{ margin: 0 }}>De e-mail over het besluit kon niet worden verstuurd aan:</p>
          <ul style={{ margin: 0 }}>
            {failures.map((item) => (
              <li key={item.id}>
                <a href={item.href}>{item.organisation}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}
