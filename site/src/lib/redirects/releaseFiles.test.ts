import { describe, expect, it } from 'vitest'
import type { RedirectRule } from '@mao/shared/redirects'
import { redirectsJson, redirectsNginx, redirectsText } from './releaseFiles'

const rules: RedirectRule[] = [
  { from: '/nieuws/oud', status: 301, to: '/nieuws/nieuw' },
  { from: '/weg', status: 410 },
]

describe('release redirect files', () => {
  it('lists the rules as JSON for the site server', () => {
    expect(JSON.parse(redirectsJson(rules))).toEqual({ redirects: rules })
  })

  it('writes exact nginx locations, with and without a trailing slash, and the removal page', () => {
    expect(redirectsNginx(rules)).toBe(
      [
        '# Written by the site build; include inside the server block.',
        'error_page 410 /410;',
        'location = /nieuws/oud { return 301 /nieuws/nieuw; }',
        'location = /nieuws/oud/ { return 301 /nieuws/nieuw; }',
        'location = /weg { return 410; }',
        'location = /weg/ { return 410; }',
        '',
      ].join('\n'),
    )
  })

  it('writes the Netlify format', () => {
    expect(redirectsText(rules)).toBe('/nieuws/oud /nieuws/nieuw 301\n/weg /410 410\n')
    expect(redirectsText([])).toBe('')
  })
})
