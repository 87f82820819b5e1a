/** Link to a theme or region page, prepared at build time. */
export interface BrowseLink {
  title: string
  href: string
}

/**
 * What the page shows when a query finds nothing: tips, and the themes and regions to browse
 * instead of a blank (links to their pages, from the site's content at build time).
 */
export function NoResults({
  themes,
  regions,
  filtered,
}: {
  themes: readonly BrowseLink[]
  regions: readonly BrowseLink[]
  /** Filters are on: turning them off is the first tip. */
  filtered: boolean
}) {
  return (
    <div className="mao-zoeken__no-results" data-testid="zoeken-niets-gevonden">
      <p className="utrecht-paragraph">Niets gevonden. Probeer dit:</p>
      <ul className="utrecht-unordered-list">
        {filtered ? <li className="utrecht-unordered-list__item">Zet de filters uit.</li> : null}
        <li className="utrecht-unordered-list__item">Controleer de spelling.</li>
        <li className="utrecht-unordered-list__item">
          Gebruik minder of andere woorden, bijvoorbeeld een onderwerp of een plaats.
        </li>
        <li className="utrecht-unordered-list__item">
          Zoek op een afkorting als OOGO of SWV, of schrijf die juist voluit.
        </li>
      </ul>
      <div className="mao-zoeken__browse-columns">
        <BrowseList id="niets-gevonden-themas" title="Bekijk een thema" links={themes} />
        <BrowseList id="niets-gevonden-regios" title="Bekijk een inspiratieregio" links={regions} />
      </div>
    </div>
  )
}

function BrowseList({ id, title, links }: { id: string; title: string; links: readonly BrowseLink[] }) {
  if (links.length === 0) return null
  return (
    <nav aria-labelledby={id}>
      <h3 className="utrecht-heading-3" id={id}>
        {title}
      </h3>
      <ul className="utrecht-unordered-list">
        {links.map((link) => (
          <li className="utrecht-unordered-list__item" key={link.href}>
            <a className="utrecht-link" href={link.href}>
              {link.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
