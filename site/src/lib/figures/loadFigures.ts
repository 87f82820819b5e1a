import { CmsError } from '../cms/CmsError'
import { fetchJson } from '../cms/fetchJson'
import { cmsUrl } from '../env'
import { figuresAnswerSchema, type Figure } from './figuresSchema'
import { trackedSource } from '../incremental/trackedSource'
import { perBuild } from '../incremental/perBuild'

/** The CMS's answer as figures; anything else is a CmsError, which fails the build. */
export function parseFigures(value: unknown, url: string): Figure[] {
  const parsed = figuresAnswerSchema.safeParse(value)
  if (!parsed.success) throw new CmsError(`The CMS answer for ${url} is not a list of figures: ${parsed.error.message}`)
  return parsed.data.figures
}

const figures = perBuild<Promise<Figure[]>>()

/** The network's figures against their targets, fetched once per build; a CMS error fails the build. */
export const loadFigures = trackedSource('figures', (fetchImpl: typeof fetch = fetch): Promise<Figure[]> => {
  const slot = figures()
  slot.value ??= (async () => {
    const url = `${cmsUrl()}/api/figures`
    return parseFigures(await fetchJson(url, fetchImpl), url)
  })()
  return slot.value
})
