import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import { byId, pick } from '../content/relations'
import { emptySiteContent } from '../content/emptySiteContent'
import { collectDependencies } from './dependencies'
import { IncrementalBuild, startBuild } from './incrementalBuild'
import { trackContent, untracked } from './trackedContent'

const content = () =>
  trackContent(
    emptySiteContent({
      news: [
        { id: '1', title: 'Een', themes: ['7'] },
        { id: '2', title: 'Twee', themes: [] },
      ],
      themes: [{ id: '7', title: 'Thuiszitters' }],
      settings: { siteName: 'Met Andere Ogen' },
    }),
  )

const reads = async (read: () => unknown) => [...(await collectDependencies(async () => read())).dependencies].sort()

describe('trackContent', () => {
  it('lets go of the documents when the build is done', () => {
    const build = new IncrementalBuild(tmpdir(), 'addresses', () => [])
    startBuild(build)
    let view: ReturnType<typeof content>
    try {
      view = content()
    } finally {
      startBuild(undefined)
    }
    expect(view.settings.siteName).toBe('Met Andere Ogen')
    build.finish()
    // Revoked: a view kept past its build (Astro's route cache) no longer holds the document.
    expect(() => view.settings.siteName).toThrow(TypeError)
    expect(() => view.news.length).toThrow(TypeError)
    expect(content().settings.siteName).toBe('Met Andere Ogen')
  })

  it('records a document when one of its fields is read', async () => {
    const { news } = content()
    const first = untracked(news)[0]!
    expect(await reads(() => first.title)).toEqual(['doc:news:1'])
  })

  it('records the whole collection when a list is used', async () => {
    const { news } = content()
    expect(await reads(() => news.length)).toEqual(['all:news'])
    expect(await reads(() => news.map((doc) => doc.id))).toEqual(['all:news', 'doc:news:1', 'doc:news:2'])
  })

  it('records a global when it is read', async () => {
    const { settings } = content()
    expect(await reads(() => settings.siteName)).toEqual(['global:settings'])
  })

  it('records only the documents looked up by id, found or not', async () => {
    const { themes } = content()
    expect(await reads(() => pick(['7', '99'], themes).map((theme) => theme.title))).toEqual([
      'doc:themes:7',
      'doc:themes:99',
    ])
    expect(await reads(() => [...byId(themes).values()])).toEqual(['all:themes'])
  })

  it('hands out the plain content untracked', async () => {
    const { news } = content()
    expect(await reads(() => untracked(untracked(news)[1]!).title)).toEqual([])
  })
})
