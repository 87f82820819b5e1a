import { describe, expect, it } from 'vitest'
import type { LoadFigures } from './loadTest'
import type { LoadBenchResults } from './results'
import { tableRows } from './targets'

const figures = (overrides: Partial<LoadFigures> = {}): LoadFigures => ({
  requests: 10_000,
  seconds: 10,
  requestsPerSecond: 1000,
  errors: 0,
  statuses: { '200': 10_000 },
  p50: 2,
  p95: 5,
  p99: 9.5,
  ...overrides,
})

const base = { date: '2026-12-05T00:00:00Z', node: 'v24', cpus: 2, seconds: 10 }
const row = (results: LoadBenchResults, label: string) => {
  const found = tableRows(results).find((candidate) => candidate.label.startsWith(label))
  if (!found) throw new Error(`no row ${label}`)
  return found
}

describe('load bench targets', () => {
  const site = (ours: Partial<LoadFigures>, nginx?: Partial<LoadFigures>): LoadBenchResults => ({
    ...base,
    site: { paths: 100, connections: 50, ours: figures(ours), nginx: nginx ? figures(nginx) : undefined },
  })

  it('passes the site at half of nginx throughput and fails below', () => {
    expect(row(site({ requestsPerSecond: 500 }, { requestsPerSecond: 1000 }), 'Site server / nginx').verdict).toBe(
      'pass',
    )
    const slow = row(site({ requestsPerSecond: 499 }, { requestsPerSecond: 1000 }), 'Site server / nginx')
    expect(slow).toMatchObject({ value: '50 %', verdict: 'FAIL' })
  })

  it('shows nginx as the reference beside the site server, and says when it is missing', () => {
    expect(row(site({}, { p99: 3 }), 'Site server: p99').target).toBe('nginx: 3.0 ms')
    expect(row(site({}), 'Site server / nginx').verdict).toBe('info')
    expect(row(site({}), 'nginx, same release').value).toBe('skipped')
  })

  it('fails any error, and a run without answers', () => {
    expect(row(site({ errors: 1, statuses: { '200': 9999, '500': 1 } }), 'Site server: errors')).toMatchObject({
      value: '1 of 10,000 (200×9,999, 500×1)',
      verdict: 'FAIL',
    })
    expect(row(site({ requests: 0, statuses: {} }), 'Site server: errors').verdict).toBe('FAIL')
    const rest = { ...base, rest: { connections: 50, figures: figures() } }
    expect(row(rest, 'CMS /api/news: errors').verdict).toBe('pass')
    expect(row(rest, 'CMS /api/news: p95').value).toBe('5.0 ms (2.0 ms)')
  })

  it('holds the flood memory growth under 50 MB', () => {
    const flood = (rssAfter: number): LoadBenchResults => ({
      ...base,
      flood: {
        clients: 100_000,
        addresses: 1000,
        connections: 50,
        figures: figures({ statuses: { '202': 10_000 } }),
        rssBefore: 300e6,
        rssAfter,
        rssPeak: rssAfter,
        mails: 3000,
      },
    })
    expect(row(flood(349e6), 'Subscribe flood: CMS memory').verdict).toBe('pass')
    expect(row(flood(351e6), 'Subscribe flood: CMS memory')).toMatchObject({ verdict: 'FAIL', target: '< 50 MB' })
    expect(row(flood(349e6), 'Subscribe flood: 10,000 of 100,000').target).toBe('stopped at the time bound')
  })
})
