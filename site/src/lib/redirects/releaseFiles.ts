import { GONE_PAGE, type RedirectRule, type ReleaseRedirects } from '@mao/shared/redirects'

/** `_redirects.json`, read by our site server. */
export const redirectsJson = (rules: readonly RedirectRule[]): string =>
  `${JSON.stringify({ redirects: rules } satisfies ReleaseRedirects, null, 2)}\n`

/**
 * `redirects.nginx.conf`, to `include` inside the site's `server` block: an exact location for each
 * old path, with and without a trailing slash, and the removal page for 410. Paths and targets are
 * restricted (see normalizeRedirectPath) to characters nginx reads literally.
 */
export function redirectsNginx(rules: readonly RedirectRule[]): string {
  const lines = ['# Written by the site build; include inside the server block.', `error_page 410 ${GONE_PAGE};`]
  for (const rule of rules) {
    const action = rule.status === 301 ? `return 301 ${rule.to};` : 'return 410;'
    for (const path of rule.from === '/' ? ['/'] : [rule.from, `${rule.from}/`])
      lines.push(`location = ${path} { ${action} }`)
  }
  return `${lines.join('\n')}\n`
}

/** `_redirects` in the Netlify / Cloudflare Pages format (they match with or without a trailing slash). */
export function redirectsText(rules: readonly RedirectRule[]): string {
  const lines = rules.map((rule) =>
    rule.status === 301 ? `${rule.from} ${rule.to} 301` : `${rule.from} ${GONE_PAGE} 410`,
  )
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}
