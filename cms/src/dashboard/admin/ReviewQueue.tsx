import type { Payload, TypedUser } from 'payload'
import { awaitingReview } from '../queries/awaitingReview'
import { flat, section } from './styles'

/** Contributors' drafts submitted for review, per collection, linked to the filtered list. */
export async function ReviewQueue({ payload, user }: { payload: Payload; user: TypedUser }) {
  const counts = await awaitingReview(payload, user)
  const waiting = counts.filter(({ count }) => count > 0)
  return (
    <section aria-labelledby="werk-beoordeling" style={section}>
      <h3 id="werk-beoordeling" style={flat}>
        Ter beoordeling
      </h3>
      {waiting.length === 0 ? (
        <p style={flat}>Er wachten geen bijdragen op beoordeling.</p>
      ) : (
        <ul style={flat}>
          {waiting.map(({ collection, label, count, href }) => (
            <li key={collection}>
              <a href={href}>
                {label}: {count} ter beoordeling
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
