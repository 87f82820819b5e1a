import type { Where } from 'payload'

/** `where` as the admin's list view reads it from the address: `where[a][0][b][equals]=c`. */
function whereParams(value: unknown, prefix: string, params: URLSearchParams): void {
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) whereParams(inner, `${prefix}[${key}]`, params)
  } else {
    params.append(prefix, String(value))
  }
}

/** The admin list of a collection, filtered by `where`: where a dashboard count links to. */
export function listHref(adminRoute: string, collection: string, where?: Where): string {
  const params = new URLSearchParams()
  if (where) whereParams(where, 'where', params)
  const query = params.toString()
  return `${adminRoute}/collections/${collection}${query ? `?${query}` : ''}`
}
