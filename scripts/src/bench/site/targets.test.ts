import { describe, expect, it } from 'vitest'
import type { PageWeight } from './pageAssets'
import type { SiteBenchResults } from './results'
import { tableRows } from './targets'

const weight = (jsRaw: number, cssGzip: number): PageWeight => ({
  page: '/',
  html: { raw: 1000, gzip: 400 },
  js: { files: jsRaw ? ['/_astro/a.js'] : [], raw: jsRaw, gzip: Math.round(jsRaw / 3) },
  css: { files: ['/_astro/a.css'], raw: cssGzip * 8, gzip: cssGzip },
})
const build = (seconds: number, pages = 12_000) => ({
  seconds,
  pages,
  pagesPerSecond: pages / seconds,
  peakTreeRss: 1.2e9,
  peakProcessRss: 1.1e9,
  memorySamples: 100,
  cpuSeconds: seconds * 1.3,
})
const results = (overrides: Partial<SiteBenchResults> = {}): SiteBenchResults => ({
  date: '2026-11-23T00:00:00.000Z',
  node: 'v24.21.0',
  cpus: 2,
  scale: 10_000,
  publishedDocuments: 10_112,
  seedSeconds: 10,
  scaleSeconds: 150,
  ours: build(20),
  bare: build(10),
  warm: build(15),
  buildPairs: [{ ours: 20, bare: 10 }],
  ratio: 2.5,
  cpuRatio: Number.NaN,
  weights: { home: weight(0, 15_000), newsDetail: weight(0, 15_000) },
  ...overrides,
})
const verdictOf = (rows: ReturnType<typeof tableRows>, label: RegExp) =>
  rows.find((row) => label.test(row.label))?.verdict

const valueOf = (rows: ReturnType<typeof tableRows>, label: RegExp) => rows.find((row) => label.test(row.label))?.value

describe('tableRows', () => {
  it('shows each pair of cold builds beside the median ratio when there are several', () => {
    expect(valueOf(tableRows(results()), /Build time ratio/)).toBe('2.50×')
    const buildPairs = [
      { ours: 40.04, bare: 7.5 },
      { ours: 45, bare: 9 },
      { ours: 36.2, bare: 6.8 },
    ]
    expect(valueOf(tableRows(results({ buildPairs, ratio: 5.3 })), /Build time ratio/)).toBe(
      '5.30× (median of 3 pairs, ours/bare: 40.0/7.5 s, 45.0/9.0 s, 36.2/6.8 s)',
    )
  })

  it('reports the CPU time ratio of the pairs that have one, as information only', () => {
    expect(valueOf(tableRows(results()), /CPU time ratio/)).toBe('not measured')
    const one = [{ ours: 40, bare: 8, cpu: { ours: 52.04, bare: 10.96 } }]
    expect(valueOf(tableRows(results({ buildPairs: one, cpuRatio: 4.75 })), /CPU time ratio/)).toBe(
      '4.75× (ours/bare: 52.0/11.0 s)',
    )
    const three = [...one, { ours: 41, bare: 9 }, { ours: 39, bare: 7, cpu: { ours: 50, bare: 12.5 } }]
    const rows = tableRows(results({ buildPairs: three, cpuRatio: 4.37 }))
    expect(valueOf(rows, /CPU time ratio/)).toBe('4.37× (median of 2 pairs, ours/bare: 52.0/11.0 s, 50.0/12.5 s)')
    expect(verdictOf(rows, /CPU time ratio/)).toBe('info')
  })

  it('judges the build speed at 10,000 documents (at most 2× the bare build) and only reports it below that', () => {
    expect(verdictOf(tableRows(results()), /Build time ratio/)).toBe('FAIL')
    expect(verdictOf(tableRows(results({ ratio: 2 })), /Build time ratio/)).toBe('pass')
    expect(verdictOf(tableRows(results({ scale: 0 })), /Build time ratio/)).toBe('info')
    expect(verdictOf(tableRows(results()), /Our build/)).toBe('pass')
    expect(verdictOf(tableRows(results({ ours: build(80) })), /Our build/)).toBe('FAIL')
  })

  it('fails any JavaScript on the news detail page, CSS of 50 kB gzip or more, and 1.5 GB of memory', () => {
    expect(verdictOf(tableRows(results()), /Peak memory of our build/)).toBe('pass')
    const heavy = results({
      weights: { home: weight(5000, 49_999), newsDetail: weight(1, 50_000) },
      ours: { ...build(20), peakTreeRss: 1.5e9 },
    })
    const rows = tableRows(heavy)
    expect(verdictOf(rows, /JavaScript, home/)).toBe('info')
    expect(verdictOf(rows, /JavaScript, news detail/)).toBe('FAIL')
    expect(verdictOf(rows, /CSS, home/)).toBe('pass')
    expect(verdictOf(rows, /CSS, news detail/)).toBe('FAIL')
    expect(verdictOf(rows, /Peak memory of our build/)).toBe('FAIL')
  })

  it('wants performance and accessibility 100 and the other Lighthouse categories at least 95', () => {
    const page = (accessibility: number, seo: number, performance = 100) => ({
      url: 'http://127.0.0.1/',
      scores: { performance, accessibility, 'best-practices': 100, seo },
      performanceRuns: [performance],
      lostPoints: { performance: [], accessibility: [], 'best-practices': [], seo: [] },
      metrics: { fcpMs: 1, lcpMs: 1, tbtMs: 0, cls: 0 },
    })
    const rows = tableRows(
      results({ lighthouse: { preset: 'mobile', runs: 1, home: page(100, 95), newsDetail: page(99, 94, 99) } }),
    )
    expect(verdictOf(rows, /home: performance/)).toBe('pass')
    expect(verdictOf(rows, /news detail: performance/)).toBe('FAIL')
    expect(verdictOf(rows, /home: accessibility/)).toBe('pass')
    expect(verdictOf(rows, /home: seo/)).toBe('pass')
    expect(verdictOf(rows, /news detail: accessibility/)).toBe('FAIL')
    expect(verdictOf(rows, /news detail: seo/)).toBe('FAIL')
  })

  it('judges publish → live by its median: 5 s seeded, 10 s at 10,000 documents, reported only in between', () => {
    const publish = (...live: number[]) => ({
      path: '/nieuws/x',
      debounceSetting: undefined,
      pollMs: 50,
      publishes: live.map((liveSeconds) => ({
        savedSeconds: 0.1,
        queuedSeconds: 3.1,
        releasedSeconds: liveSeconds - 0.1,
        liveSeconds,
      })),
    })
    const rowOf = (overrides: Partial<SiteBenchResults>) =>
      tableRows(results(overrides)).find((row) => /p50 of/.test(row.label))
    expect(rowOf({ scale: 0, publish: publish(4, 5, 30) })).toMatchObject({ verdict: 'pass', target: '≤ 5 s' })
    expect(rowOf({ scale: 0, publish: publish(4, 6, 30) })?.verdict).toBe('FAIL')
    expect(rowOf({ publish: publish(9, 10, 60) })).toMatchObject({ verdict: 'pass', target: '≤ 10 s' })
    expect(rowOf({ publish: publish(9, 11, 60) })?.verdict).toBe('FAIL')
    expect(rowOf({ scale: 1000, publish: publish(1, 1, 1) })?.verdict).toBe('info')
    expect(rowOf({})).toBeUndefined()
  })

  it('says what kind of build the second build was, when the site reported it', () => {
    const warmValue = (report?: SiteBenchResults['warm']['report']) =>
      tableRows(results({ warm: { ...build(15), report } })).find((row) => /Second build/.test(row.label))?.value
    expect(warmValue()).toContain('no report')
    expect(warmValue({ kind: 'incremental', pages: { rendered: 3, reused: 11_997 }, renderedPaths: ['/'] })).toContain(
      'incremental: 3 rendered, 11,997 reused',
    )
  })
})
