import { CmsError } from '../cms/CmsError'
import { fetchJson } from '../cms/fetchJson'
import { cmsUrl } from '../env'
import { figuresAnswerSchema, type Figure } from './figuresSchema'
import { trackedSource } from '../incremental/trackedSource'

/** The CMS's answer as figures; anything else is a CmsError, which fails the build. */
export function parseFigures(value: unknown, url: string): Figure[] {
  const parsed = figuresAnswerSchema.safeParse(value)
  if (!parsed.success) throw new CmsError(`The CMS answer for ${url} is not a list of figures: ${parsed.error.message}`)
  return parsed.data.figures
}

let figures: Promise<Figure[]> | undefined

/** The network's figures against their targets, fetched once per build; a CMS error fails the build. */
export const loadFigures = trackedSource('figures', (fetchImpl: typeof fetch = fetch): Promise<Figure[]> => {
  figures ??= (async () => {
    const url = `${cmsUrl()}/api/figures`
    return parseFigures(await fetchJson(url, fetchImpl), url)
  })()
  return figures
})
