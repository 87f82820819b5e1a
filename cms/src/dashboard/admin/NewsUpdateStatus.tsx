import type { Payload, TypedUser } from 'payload'
import { formatDateTime } from '@mao/shared/dates'
import { newsletterStatuses } from '../../newsletter'
import { nextNewsUpdate } from '../queries/nextNewsUpdate'
import { flat, section } from './styles'

const statusLabel = (status: string) =>
  newsletterStatuses.find(({ value }) => value === status)?.label.toLowerCase() ?? status

/** The next news update: the open edition and its state, or when the next draft comes. */
export async function NewsUpdateStatus({ payload, user }: { payload: Payload; user: TypedUser }) {
  const next = await nextNewsUpdate(payload, user)
  return (
    <section aria-labelledby="werk-nieuwsupdate" style={section}>
      <h3 id="werk-nieuwsupdate" style={flat}>
        Nieuwsupdate
      </h3>
      <p style={flat}>
        {next.kind === 'open' ? (
          <>
            <a href={next.href}>
              Nieuwsupdate {next.edition ?? ''}
              {next.title ? ` “${next.title}”` : ''}
            </a>{' '}
            is {statusLabel(next.status)}.
          </>
        ) : next.kind === 'expected' ? (
          `Alles is verstuurd. Het volgende concept komt op ${formatDateTime(next.from)}, als er nieuws is.`
        ) : (
          'Er is nog geen nieuwsupdate.'
        )}
      </p>
    </section>
  )
}
