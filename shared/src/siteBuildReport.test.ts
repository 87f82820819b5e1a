import { describe, expect, it } from 'vitest'
import { parseSiteBuildReport, REPORTED_PATHS_LIMIT } from './siteBuildReport'

describe('parseSiteBuildReport', () => {
  it('reads an incremental report and caps the listed paths', () => {
    const paths = Array.from({ length: REPORTED_PATHS_LIMIT + 5 }, (_, i) => `/nieuws/${i}`)
    const report = parseSiteBuildReport({
      kind: 'incremental',
      pages: { rendered: 55, reused: 100 },
      renderedPaths: paths,
    })
    expect(report?.kind).toBe('incremental')
    expect(report?.renderedPaths).toHaveLength(REPORTED_PATHS_LIMIT)
  })

  it('keeps the reason of a full build', () => {
    const report = parseSiteBuildReport({
      kind: 'full',
      fullReason: 'Eerste build',
      pages: { rendered: 3, reused: 0 },
      renderedPaths: ['/'],
    })
    expect(report).toEqual({
      kind: 'full',
      fullReason: 'Eerste build',
      pages: { rendered: 3, reused: 0 },
      renderedPaths: ['/'],
    })
  })

  it.each([
    null,
    'x',
    { kind: 'partial', pages: { rendered: 1, reused: 0 }, renderedPaths: [] },
    { kind: 'full', pages: { rendered: 1.5, reused: 0 }, renderedPaths: [] },
    { kind: 'full', pages: { rendered: 1, reused: 0 }, renderedPaths: [1] },
  ])('rejects %j', (value) => expect(parseSiteBuildReport(value)).toBeUndefined())
})
