/**
 * The form page with `?fout=<code>#fout-<code>`: the site page shows the message of that code and
 * the fragment moves focus to it. A query the page already has is kept; its fragment is replaced.
 */
export function errorPath(formPath: string, code: string): string {
  const hashAt = formPath.indexOf('#')
  const path = hashAt >= 0 ? formPath.slice(0, hashAt) : formPath
  const queryAt = path.indexOf('?')
  const base = queryAt >= 0 ? path.slice(0, queryAt) : path
  const params = new URLSearchParams(queryAt >= 0 ? path.slice(queryAt + 1) : '')
  params.set('fout', code)
  return `${base}?${params.toString()}#fout-${code}`
}
