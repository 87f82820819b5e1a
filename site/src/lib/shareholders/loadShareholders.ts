import { CmsError } from '../cms/CmsError'
import { fetchJson } from '../cms/fetchJson'
import { cmsUrl } from '../env'
import { type PublicShareholders, publicShareholdersSchema } from './publicShareholders'
import { trackedSource } from '../incremental/trackedSource'
import { devServer } from 'virtual:mao/dev-server'
import { perBuild } from '../incremental/perBuild'

/** Where the CMS answers with the public list (see the shareholders feature in the CMS). */
export const publicShareholdersUrl = (base: string): string => `${base}/api/shareholder-applications/public`

/** Checks the CMS's answer; anything else stops the build, as for every other CMS read. */
export function parsePublicShareholders(url: string, body: unknown): PublicShareholders {
  const parsed = publicShareholdersSchema.safeParse(body)
  if (!parsed.success)
    throw new CmsError(`The CMS answer for ${url} is not the public aandeelhouder list: ${parsed.error.message}`)
  return parsed.data
}

const cached = perBuild<Promise<PublicShareholders>>()

async function load(): Promise<PublicShareholders> {
  const url = publicShareholdersUrl(cmsUrl())
  return parsePublicShareholders(url, await fetchJson(url))
}

/** The approved aandeelhouders, fetched once per build (fresh on every request in dev). */
export const loadShareholders = trackedSource('shareholders', (): Promise<PublicShareholders> => {
  if (devServer) return load()
  const slot = cached()
  slot.value ??= load()
  return slot.value
})
