import { tmpdir } from 'node:os'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emptySiteContent } from './emptySiteContent'

const fetchSiteContent = vi.fn()
vi.mock('../cms/fetchSiteContent', () => ({ fetchSiteContent }))
// The build and the preview server; `astro dev` fetches on every call.
vi.mock('virtual:mao/dev-server', () => ({ devServer: false }))

beforeEach(() => {
  vi.resetModules()
  fetchSiteContent.mockReset()
  fetchSiteContent.mockImplementation(async () => emptySiteContent())
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-12-05T10:00:00Z'))
})

afterEach(() => {
  vi.useRealTimers()
})

describe('loadSiteContent', () => {
  it('fetches once and shares the content', async () => {
    const { loadSiteContent } = await import('./loadSiteContent')
    await loadSiteContent()
    await loadSiteContent()
    expect(fetchSiteContent).toHaveBeenCalledTimes(1)
  })

  it('fetches again after a failure instead of keeping it', async () => {
    fetchSiteContent.mockRejectedValueOnce(new Error('CMS weg'))
    const { loadSiteContent } = await import('./loadSiteContent')
    await expect(loadSiteContent()).rejects.toThrow('CMS weg')
    await loadSiteContent()
    expect(fetchSiteContent).toHaveBeenCalledTimes(2)
  })

  it('in a static build, takes the content whose fetch the integration started', async () => {
    const { IncrementalBuild, startBuild } = await import('../incremental/incrementalBuild')
    const build = new IncrementalBuild(tmpdir(), 'addresses', () => [])
    build.content = Promise.resolve(emptySiteContent({ settings: { siteName: 'Vooraf gehaald' } }))
    startBuild(build)
    try {
      const { loadSiteContent } = await import('./loadSiteContent')
      expect((await loadSiteContent()).settings.siteName).toBe('Vooraf gehaald')
      expect(fetchSiteContent).not.toHaveBeenCalled()
    } finally {
      startBuild(undefined)
    }
  })

  it('for the preview server, fetches again once the content is older than asked', async () => {
    const { loadSiteContent, loadSiteContentNewerThan } = await import('./loadSiteContent')
    await loadSiteContentNewerThan(60_000)
    vi.setSystemTime(new Date('2026-12-05T10:00:59Z'))
    await loadSiteContentNewerThan(60_000)
    expect(fetchSiteContent).toHaveBeenCalledTimes(1)
    vi.setSystemTime(new Date('2026-12-05T10:01:01Z'))
    await loadSiteContentNewerThan(60_000)
    await loadSiteContent()
    expect(fetchSiteContent).toHaveBeenCalledTimes(2)
  })
})
