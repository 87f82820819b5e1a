import type { Payload, TypedUser } from 'payload'
import { brokenLinks } from '../queries/brokenLinks'
import { imagesWithoutAlt } from '../queries/imagesWithoutAlt'
import { staleDrafts } from '../queries/staleDrafts'
import { BrokenLinksSummary } from './BrokenLinksSummary'
import { flat, section } from './styles'

const images = (count: number) => (count === 1 ? '1 afbeelding' : `${count} afbeeldingen`)

/**
 * Content that needs care: images without alternative text, drafts untouched for a month, links
 * the last site build found broken.
 */
export async function ContentHealth({ payload, user }: { payload: Payload; user: TypedUser }) {
  const [alt, drafts, links] = await Promise.all([
    imagesWithoutAlt(payload, user),
    staleDrafts(payload, user),
    brokenLinks(payload),
  ])
  const allWell = alt.count === 0 && drafts.length === 0
  return (
    <section aria-labelledby="werk-inhoud" style={section}>
      <h3 id="werk-inhoud" style={flat}>
        Inhoud op orde
      </h3>
      {allWell ? (
        <p style={flat}>Alle afbeeldingen hebben een alternatieve tekst en er liggen geen oude concepten.</p>
      ) : (
        <ul style={flat}>
          {alt.count > 0 ? (
            <li>
              <a href={alt.href}>{images(alt.count)} zonder alternatieve tekst</a> (en niet als decoratief gemarkeerd)
            </li>
          ) : null}
          {drafts.map(({ collection, label, count, href }) => (
            <li key={collection}>
              <a href={href}>
                {label}: {count} {count === 1 ? 'concept' : 'concepten'} langer dan een maand niet bijgewerkt
              </a>
            </li>
          ))}
        </ul>
      )}
      <BrokenLinksSummary result={links} />
    </section>
  )
}
