import { Worker } from 'node:worker_threads'
import type { LinkReport } from '@mao/site/check-links'

/** Checks the links of a built release; rejects when the check itself could not run. */
export type LinkChecker = (releaseDir: string) => Promise<Pick<LinkReport, 'broken'>>

export type LinkCheckJob = { releaseDir: string; siteUrl: string }

const DEFAULT_TIMEOUT_MS = 5 * 60_000

/**
 * Written exactly like this so Next bundles the worker (with the link check) into the server
 * build; a computed path fails that build. Unbundled (vitest, tsx), Node runs the source file.
 */
const startLinkCheckWorker = (job: LinkCheckJob): Worker =>
  new Worker(new URL('./linkCheckWorker.ts', import.meta.url), { workerData: job })

/**
 * Runs the site's link check (`@mao/site/check-links`) in a worker thread. The check reads every
 * page synchronously (seconds for thousands of pages), which would otherwise stall the CMS.
 */
export function workerLinkChecker({
  siteUrl,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  startWorker = startLinkCheckWorker,
}: {
  siteUrl: string
  timeoutMs?: number
  startWorker?: (job: LinkCheckJob) => Worker
}): LinkChecker {
  return (releaseDir) =>
    new Promise((resolve, reject) => {
      const worker = startWorker({ releaseDir, siteUrl })
      const timer = setTimeout(() => {
        reject(new Error(`de controle duurde langer dan ${Math.round(timeoutMs / 1000)} s`))
        void worker.terminate()
      }, timeoutMs)
      const settle = () => clearTimeout(timer)
      worker.once('message', (report: LinkReport) => {
        settle()
        resolve(report)
      })
      worker.once('error', (error) => {
        settle()
        reject(error)
      })
      // After a message or an error this changes nothing: a promise settles once.
      worker.once('exit', (code) => {
        settle()
        reject(new Error(`de controle stopte zonder uitkomst (exitcode ${code})`))
      })
    })
}
