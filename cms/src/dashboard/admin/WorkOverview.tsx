import type { Payload, TypedUser } from 'payload'
import { hasEditorRole } from '../../access/hasEditorRole'
import { BuildStatus } from './BuildStatus'
import { ContentHealth } from './ContentHealth'
import { NewsUpdateStatus } from './NewsUpdateStatus'
import { ReviewQueue } from './ReviewQueue'

/** Top of the dashboard, for editors: what needs doing (server component). */
export function WorkOverview({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user || !hasEditorRole(user)) return null
  return (
    <section
      aria-labelledby="werk-overzicht"
      style={{ margin: 'var(--base) 0', display: 'grid', gap: 'calc(var(--base) / 2)' }}
    >
      <h2 id="werk-overzicht" style={{ margin: 0 }}>
        Wat moet er gebeuren
      </h2>
      <BuildStatus payload={payload} />
      <NewsUpdateStatus payload={payload} user={user} />
      <ReviewQueue payload={payload} user={user} />
      <ContentHealth payload={payload} user={user} />
    </section>
  )
}
