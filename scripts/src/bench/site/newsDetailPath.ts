import { pathFor } from '@mao/shared/urls'

/**
 * Site path of the news detail page to weigh and audit: the newest published news item with a
 * hero image (the heavier case), else the newest one.
 */
export async function newsDetailPath(cmsUrl: string): Promise<string> {
  const newest = async (extra: string) => {
    const url = `${cmsUrl}/api/news?limit=1&depth=0&sort=-publishedAt&where[_status][equals]=published${extra}`
    const response = await fetch(url)
    if (!response.ok) throw new Error(`${url} answered ${response.status}`)
    const { docs } = (await response.json()) as { docs: { slug?: string }[] }
    return docs[0]
  }
  const doc = (await newest('&where[heroImage][exists]=true')) ?? (await newest(''))
  if (!doc?.slug) throw new Error('The CMS has no published news item to measure')
  return pathFor('news', doc)
}
