/** "<title>": the SEO title when the editor set one, else "Page | Site name". */
export function pageTitle(title: string, siteName: string, seoTitle?: string | null): string {
  if (seoTitle?.trim()) return seoTitle.trim()
  return title === siteName ? siteName : `${title} | ${siteName}`
}

/** A meta description of at most 160 characters, cut at a word boundary. */
export function metaDescription(...candidates: (string | null | undefined)[]): string {
  const text = (candidates.find((value) => value?.trim()) ?? '').replace(/\s+/g, ' ').trim()
  if (text.length <= 160) return text
  const cut = text.slice(0, 159)
  const space = cut.lastIndexOf(' ')
  return `${(space > 100 ? cut.slice(0, space) : cut).replace(/[,.;:]$/, '')}…`
}
