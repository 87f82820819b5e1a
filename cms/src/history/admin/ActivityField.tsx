import type { CollectionSlug, UIFieldServerProps } from 'payload'
import { formatDateTime } from '@mao/shared/dates'
import { documentActivity } from '../documentActivity'

const statusLabel = { published: 'Gepubliceerd', draft: 'Concept' } as const

/** Sidebar "Activiteit": the document's newest versions with date, author and status (server component). */
export async function ActivityField({ collectionSlug, id, payload, user }: UIFieldServerProps) {
  if (!collectionSlug || id === undefined || id === null) return null
  const entries = await documentActivity(payload, collectionSlug as CollectionSlug, id, user)
  if (!entries) return null
  const versions = `${payload.config.routes.admin}/collections/${collectionSlug}/${String(id)}/versions`
  return (
    <section aria-labelledby="activiteit" style={{ display: 'grid', gap: 'calc(var(--base) / 4)' }}>
      <h3 id="activiteit" style={{ margin: 0, fontSize: 'inherit' }}>
        Activiteit
      </h3>
      {entries.length === 0 ? (
        <p style={{ margin: 0 }}>Nog geen versies.</p>
      ) : (
        <ol style={{ margin: 0, paddingLeft: '1.25em' }}>
          {entries.map((entry) => (
            <li key={String(entry.versionId)}>
              <a href={`${versions}/${String(entry.versionId)}`}>{formatDateTime(entry.at)}</a>
              {` · ${entry.author ?? 'systeem'} · ${statusLabel[entry.status]}`}
            </li>
          ))}
        </ol>
      )}
      <p style={{ margin: 0 }}>
        <a href={versions}>Alle versies</a>
      </p>
    </section>
  )
}
