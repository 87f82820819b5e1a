import { pathFor } from '@mao/shared/urls'
import { loginAsEditor, type EditorApi } from './editorApi'
import { pollUntil } from './pollUntil'
import type { PublishFigures, PublishTiming } from './results'

/** How often the site is asked for the changed page: the figures are this much late at most. */
export const POLL_MS = 50
/** Longer than the CMS's own build timeout (15 minutes by default). */
const PUBLISH_TIMEOUT_MS = 20 * 60_000
const STATUS_EVERY_MS = 1000

type BuildLog = {
  status: string
  createdAt: string
  liveAt?: string | null
  finishedAt?: string | null
  logTail?: string | null
}
type Status = { state: 'idle' | 'scheduled' | 'running'; latest: BuildLog | null }

const latestBuild = async (api: EditorApi) =>
  (await api.get<{ docs: BuildLog[] }>('/api/build-logs?sort=-createdAt&limit=1&depth=0')).docs[0]

const failedSince = (build: BuildLog | null | undefined, since: number) =>
  build?.status === 'failed' && Date.parse(build.finishedAt ?? '') >= since

/** Resolves once the CMS has no build scheduled or running (the link check after a build included). */
const whenIdle = (api: EditorApi) =>
  pollUntil(async () => ((await api.get<Status>('/api/build-logs/status')).state === 'idle' ? true : undefined), {
    intervalMs: 200,
    timeoutMs: PUBLISH_TIMEOUT_MS,
    what: 'the CMS to finish building',
  })

/**
 * Publishes `count` edits of the newest published news item's title through the REST API as an
 * editor, one after another, and times each from the save request until the site server at
 * `siteUrl` serves the item's page with the new title (asked every POLL_MS). Each publish starts
 * once the CMS is idle again, so every edit waits for the debounce and one build of its own.
 */
export async function measurePublishes({
  cmsUrl,
  siteUrl,
  editor,
  count,
  log,
}: {
  cmsUrl: string
  siteUrl: string
  editor: { email: string; password: string }
  count: number
  log: (text: string) => void
}): Promise<PublishFigures> {
  const api = await loginAsEditor(cmsUrl, editor)
  const { docs } = await api.get<{ docs: { id: number | string; title: string; slug: string }[] }>(
    '/api/news?limit=1&depth=0&sort=-publishedAt&where[_status][equals]=published',
  )
  const item = docs[0]
  if (!item) throw new Error('The CMS has no published news item to edit')
  const path = pathFor('news', item)
  const publishes: PublishTiming[] = []
  for (let n = 1; n <= count; n++) {
    await whenIdle(api)
    const marker = `(bewerking ${n})`
    const startedAt = Date.now()
    const started = performance.now()
    const since = () => (performance.now() - started) / 1000
    await api.patch(`/api/news/${item.id}?depth=0`, { title: `${item.title} ${marker}`, _status: 'published' })
    const savedSeconds = since()
    let statusAt = 0
    const liveSeconds = await pollUntil(
      async () => {
        const page = await fetch(`${siteUrl}${path}`)
        if (page.ok && (await page.text()).includes(marker)) return since()
        if (performance.now() - statusAt >= STATUS_EVERY_MS) {
          statusAt = performance.now()
          const { latest } = await api.get<Status>('/api/build-logs/status')
          if (failedSince(latest, startedAt))
            throw new Error(`The site build after publish ${n} failed:\n${(await latestBuild(api))?.logTail ?? ''}`)
        }
        return undefined
      },
      { intervalMs: POLL_MS, timeoutMs: PUBLISH_TIMEOUT_MS, what: `${path} to show publish ${n}` },
    )
    await whenIdle(api)
    const build = await latestBuild(api)
    if (!build?.liveAt || Date.parse(build.createdAt) < startedAt)
      throw new Error(`No build log of the build after publish ${n}`)
    const queuedSeconds = (Date.parse(build.createdAt) - startedAt) / 1000
    const releasedSeconds = (Date.parse(build.liveAt) - startedAt) / 1000
    publishes.push({ savedSeconds, queuedSeconds, releasedSeconds, liveSeconds })
    log(
      `publish ${n}/${count}: live after ${liveSeconds.toFixed(1)} s (saved ${savedSeconds.toFixed(2)} s, build queued ${queuedSeconds.toFixed(1)} s, release switched ${releasedSeconds.toFixed(1)} s)`,
    )
  }
  return { path, debounceSetting: process.env.REBUILD_DEBOUNCE_MS, pollMs: POLL_MS, publishes }
}
