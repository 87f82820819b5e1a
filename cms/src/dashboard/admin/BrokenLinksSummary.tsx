import type { BrokenLinks } from '../queries/brokenLinks'
import { flat } from './styles'

const links = (count: number) => (count === 1 ? '1 kapotte link' : `${count} kapotte links`)

/** The broken links of the live site, as the newest successful build found them. */
export function BrokenLinksSummary({ result }: { result: BrokenLinks }) {
  if (result.kind === 'none')
    return <p style={flat}>Nog geen linkcontrole: die loopt na elke geslaagde sitebuild op deze server.</p>
  if (result.kind === 'failed')
    return (
      <p style={flat}>
        De linkcontrole na de laatste sitebuild is mislukt; de site staat wel online.{' '}
        <a href={result.href}>Log bekijken</a>
      </p>
    )
  if (result.count === 0) return <p style={flat}>De laatste sitebuild vond geen kapotte links.</p>
  const more = result.count - result.links.length
  return (
    <div>
      <p style={flat}>
        De laatste sitebuild vond <a href={result.href}>{links(result.count)}</a>:
      </p>
      <ul style={flat}>
        {result.links.map(({ page, pageUrl, url, reason }, index) => (
          <li key={`${index}-${page}-${url}`}>
            <a href={pageUrl}>{page}</a> → <code>{url}</code> ({reason})
          </li>
        ))}
      </ul>
      {more > 0 ? (
        <p style={flat}>
          En nog {more}; zie <a href={result.href}>het log van die sitebuild</a>.
        </p>
      ) : null}
    </div>
  )
}
