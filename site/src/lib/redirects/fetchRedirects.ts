import { z } from 'astro/zod'
import { collectionsWithPages } from '@mao/shared/collections'
import { CmsError } from '../cms/CmsError'
import { fetchJson } from '../cms/fetchJson'

const PAGE_SIZE = 500

/** What a routed document needs for its path; other fields are left out of the answer. */
const targetSchema = z.object({
  slug: z.string().nullish(),
  _status: z.string().nullish(),
  breadcrumbs: z.array(z.object({ url: z.string().nullish() })).nullish(),
})

export const redirectDocSchema = z.object({
  from: z.string(),
  to: z.object({
    type: z.enum(['reference', 'custom', 'gone']),
    url: z.string().nullish(),
    // An id alone when the target is not public (a draft): such a redirect is left out.
    reference: z.object({ relationTo: z.string(), value: z.union([targetSchema, z.number(), z.string()]) }).nullish(),
  }),
})

export type RedirectDoc = z.output<typeof redirectDocSchema>

/** Only the fields of a referenced document its path is made of. */
const populateTargets = (): string =>
  collectionsWithPages
    .flatMap((slug) => ['slug', '_status', 'breadcrumbs'].map((field) => `populate[${slug}][${field}]=true`))
    .join('&')

/** Every redirect in the CMS, with the documents they lead to as far as they are public. */
export async function fetchRedirects(cmsUrl: string, fetchImpl?: typeof fetch): Promise<RedirectDoc[]> {
  const docs: RedirectDoc[] = []
  for (let page = 1; ; page += 1) {
    const url = `${cmsUrl}/api/redirects?limit=${PAGE_SIZE}&page=${page}&depth=1&sort=id&${populateTargets()}`
    const answer = z
      .object({ docs: z.array(z.unknown()), hasNextPage: z.boolean() })
      .safeParse(await fetchJson(url, fetchImpl))
    if (!answer.success) throw new CmsError(`The CMS answer for ${url} is not a paginated list.`)
    for (const doc of answer.data.docs) {
      const parsed = redirectDocSchema.safeParse(doc)
      if (!parsed.success) throw new CmsError(`A redirect from ${url} does not fit its schema: ${parsed.error.message}`)
      docs.push(parsed.data)
    }
    if (!answer.data.hasNextPage) return docs
  }
}
