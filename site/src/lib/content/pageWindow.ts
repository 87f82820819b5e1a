export type PageItem = number | 'gap'

/**
 * The page numbers to link in a pagination bar: the first, the last and `radius` pages around
 * the current one, with gaps between. A gap is only shown where it hides two or more pages.
 */
export function pageWindow(current: number, last: number, radius = 2): PageItem[] {
  const shown = new Set([1, last])
  for (let page = current - radius; page <= current + radius; page += 1) if (page >= 1 && page <= last) shown.add(page)
  const pages = [...shown].sort((a, b) => a - b)
  const items: PageItem[] = []
  pages.forEach((page, index) => {
    const previous = pages[index - 1]
    if (previous !== undefined && page - previous === 2) items.push(previous + 1)
    else if (previous !== undefined && page - previous > 2) items.push('gap')
    items.push(page)
  })
  return items
}
